"""Teacher labels from Japanese radiology reports: a rule-based finding extractor (no torch at import).

``extract_labels(text) -> {code: "positive"|"negative"|"uncertain"}``; ``labeler_hash()`` identifies the versioned
vocabulary and rules (``trainer/labels/data``) in dataset manifests; ``trainer.labels.evaluate`` scores it.
"""

from trainer.labels.extract import (
    POLARITIES,
    Labeler,
    LabelerDataError,
    Mention,
    Polarity,
    default_labeler,
    extract_labels,
    finding_codes,
    labeler_hash,
    merge_label,
)

__all__ = [
    "POLARITIES",
    "Labeler",
    "LabelerDataError",
    "Mention",
    "Polarity",
    "default_labeler",
    "extract_labels",
    "finding_codes",
    "labeler_hash",
    "merge_label",
]
