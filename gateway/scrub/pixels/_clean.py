"""The Clean Pixel Data option: decide, decode, mask, verify, re-encode.

Verification, precisely. Round 0 reads the input and masks every text region the detector finds (full-frame OCR,
edge candidates, crop OCR; ``_detect``). Every later round reads the OCR'd frames of the *output* (masked areas
filled by interpolation in the OCR view only, see ``_ocr_view``) and looks, word by word, for *remaining text*:

a. a word that is itself a patient identifier form (``_identifiers``), whatever its confidence;
b. a word with ``verify_min_conf`` confidence and ``verify_min_chars`` word characters anywhere ("text at all"),
   unless its patch is not bimodal (OCR hallucination in speckle or noise, ``_detect.separation``);
c. a word with ``surroundings_min_conf`` confidence, one word character and a bimodal patch in the *surroundings* of
   a text region masked in round 0: within ``surroundings_line_heights`` x its height left or right of it, in its
   row band and of a comparable height (the rest of a partly masked line; see ``_in_surroundings``). Masks added by
   later rounds get no surroundings: OCR hallucinations on anatomy (vessel edges are bimodal too) would otherwise
   cascade.

Words lower than ``min_text_height`` or inside a masked area are not text (not legible; what OCR makes of edges
such as a vessel's end). Remaining text is masked with the detector's text lines it touches and the frames are read
again, for at most ``max_rounds`` masking rounds. The image passes, and only then gets BurnedInAnnotation=NO, when
the last pass over the output finds no remaining text on any OCR'd frame and no identifier form in the
concatenation of all its words (an identifier split over several words).

Anything else is quarantined with a reason that names counts and frame numbers, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydicom.dataset import Dataset

from gateway.scrub.pixels._boxes import Box, merge_overlapping
from gateway.scrub.pixels._detect import FrameText, detect_text, has_word_char, margin_boxes, separation
from gateway.scrub.pixels._filters import FilterResult, evaluate, us_region_boxes
from gateway.scrub.pixels._frames import DecodeError, Frames, decode, gray8, luminance_window, write_back
from gateway.scrub.pixels._identifiers import find_identifiers, identifier_forms
from gateway.scrub.pixels._ocr import OcrError, OcrStats
from gateway.scrub.pixels._sampling import select_frames
from policies.identifiers import KnownIdentifiers
from policies.pixel_options import PixelOptions

Status = Literal["clean", "masked", "not_candidate", "quarantine"]


@dataclass(frozen=True)
class PixelOutcome:
    """What happened to one image's pixels. ``reason`` never contains PHI."""

    status: Status
    reason: str
    regions: int = 0  # masked regions: text boxes (union over frames) plus fixed regions
    frames_ocr: int = 0  # frame OCR passes, detection and verification together
    frames: int = 0
    ocr_seconds: float = 0.0
    masked_fraction: float = 0.0  # of the pixels of one frame


@dataclass(frozen=True)
class Candidacy:
    """The policy's decision on one image, taken on its *source* header: whether to check it, why (header facts,
    no PHI), the deid filter matches with their coordinates, and the facts the fixed masks need (the modality and
    the ultrasound regions as the source declares them)."""

    candidate: bool
    reasons: tuple[str, ...]
    filters: FilterResult
    modality: str = ""
    us_regions: tuple[Box, ...] = ()


def candidacy(ds: Dataset, options: PixelOptions) -> Candidacy:
    """Whether the policy says to check this image, and why (reasons are header facts, no PHI). Header only: works
    on a dataset read with ``stop_before_pixels``. Evaluate it on the source header, before the header is scrubbed
    (deid's layout rules look at Manufacturer, model and series description, which the profile may empty), and hand
    the result to ``clean_pixel_data``."""
    filters = evaluate(ds, options.deid_filters) if options.deid_filters else FilterResult()
    reasons: list[str] = []
    modality = str(getattr(ds, "Modality", "")).strip().upper()
    sop = str(getattr(ds, "SOPClassUID", "")).strip()
    burned = str(getattr(ds, "BurnedInAnnotation", "")).strip().upper()
    if modality in options.modalities:
        reasons.append(f"modality {modality}")
    if sop in options.sop_classes:
        reasons.append("SOP class")
    if burned == "YES" and options.burned_in_yes_is_candidate:
        reasons.append("BurnedInAnnotation YES")
    layout = [m for m in filters.in_list("graylist") if m.mask or m.mask_all]
    if layout and options.apply_deid_coordinates:
        reasons.append(f"deid graylist layout ({len(layout)} labels)")
    us_regions = tuple(us_region_boxes(ds)) if modality == "US" and options.mask_outside_us_regions else ()
    if options.trust_burned_in_annotation and burned == "NO" and not layout:
        return Candidacy(False, ("BurnedInAnnotation NO trusted by policy",), filters, modality, us_regions)
    return Candidacy(
        bool(reasons), tuple(reasons) or ("not a candidate under the policy",), filters, modality, us_regions
    )


def _fixed_mask(cand: Candidacy, options: PixelOptions, rows: int, cols: int) -> tuple[np.ndarray, int]:
    """Regions masked whatever OCR says: deid graylist coordinates, and for US everything outside the regions (all
    as the source header declares them)."""
    mask = np.zeros((rows, cols), dtype=bool)
    count = 0
    if options.apply_deid_coordinates:
        for m in cand.filters.in_list("graylist"):
            if not (m.mask or m.mask_all):
                continue
            this = np.ones_like(mask) if m.mask_all else np.zeros_like(mask)
            for b in m.mask:
                this[max(0, b.y0) : max(0, b.y1), max(0, b.x0) : max(0, b.x1)] = True
            for b in m.keep:
                this[max(0, b.y0) : max(0, b.y1), max(0, b.x0) : max(0, b.x1)] = False
            if this.any():
                mask |= this
                count += len(m.mask) + int(m.mask_all)
    if options.mask_outside_us_regions and cand.modality == "US":
        regions = cand.us_regions
        if regions:
            outside = np.ones_like(mask)
            for b in regions:
                outside[b.y0 : b.y1, b.x0 : b.x1] = False
            if outside.any():
                mask |= outside
                count += 1
    return mask, count


def _apply(frames: Frames, mask: np.ndarray) -> bool:
    """Mask ``mask`` in every frame; whether any sample changed."""
    if not mask.any():
        return False
    value = frames.mask_value()
    target = frames.arr[:, mask]
    changed = bool(np.any(target != value))
    frames.arr[:, mask] = value
    return changed


def _box_mask(boxes: list[Box], rows: int, cols: int) -> np.ndarray:
    m = np.zeros((rows, cols), dtype=bool)
    for b in boxes:
        m[b.y0 : b.y1, b.x0 : b.x1] = True
    return m


def _inside(box: Box, mask: np.ndarray, fraction: float = 0.9) -> bool:
    patch = mask[box.y0 : box.y1, box.x0 : box.x1]
    return patch.size > 0 and float(patch.mean()) >= fraction


def _ocr_view(frames: Frames, index: int, text_mask: np.ndarray, window: tuple[float, float]) -> np.ndarray:
    """The 8-bit OCR view of a frame with masked text areas filled, row by row, by linear interpolation between
    the nearest unmasked pixels left and right: black rectangles on a bright or graded background otherwise read
    as letters ("L", "I") at their edges. Only masked pixels change; anything outside a mask is read as output."""
    gray = gray8(frames, index, window)
    if not text_mask.any():
        return gray
    view = gray.astype(np.float32)
    cols = np.arange(gray.shape[1])
    for r in np.nonzero(text_mask.any(axis=1))[0]:
        hole = text_mask[r]
        if hole.all():
            continue
        view[r, hole] = np.interp(cols[hole], cols[~hole], view[r, ~hole])
    out: np.ndarray = np.clip(np.rint(view), 0, 255).astype(np.uint8)
    return out


def _quarantine(reason: str, n: int = 0, ocr: int = 0, stats: OcrStats | None = None) -> PixelOutcome:
    return PixelOutcome("quarantine", reason, frames=n, frames_ocr=ocr, ocr_seconds=stats.seconds if stats else 0.0)


def _in_surroundings(word: Box, anchors: list[Box], options: PixelOptions, rows: int, cols: int) -> bool:
    """``word`` continues the line of a masked region: it lies within ``surroundings_line_heights`` line heights
    left or right of it (one height above or below), shares its row band (vertical overlap >= half the word's
    height) and is of a comparable height (0.4 to 1.2 x the masked box, whose margin makes it ~1.3 x the text)."""
    for a in anchors:
        zone = a.expanded(round(options.surroundings_line_heights * a.height), a.height, rows, cols)
        if not word.intersects(zone):
            continue
        overlap = min(word.y1, a.y1) - max(word.y0, a.y0)
        if overlap >= 0.5 * word.height and 0.4 * a.height <= word.height <= 1.2 * a.height:
            return True
    return False


def remaining_text(
    ft: FrameText,
    gray: np.ndarray,
    *,
    text_boxes: list[Box],
    full_mask: np.ndarray,
    forms: set[str],
    options: PixelOptions,
) -> list[tuple[Box, str]]:
    """Words of an output frame that are remaining text (rules a-c of the module docstring), with the rule."""
    rows, cols = full_mask.shape
    out: list[tuple[Box, str]] = []
    for box, w in ft.words:
        if box.area == 0 or _inside(box, full_mask) or box.height < options.min_text_height:
            continue
        if forms and find_identifiers(w.text, forms):
            out.append((box, "identifier"))
            continue
        bimodal = separation(gray[box.y0 : box.y1, box.x0 : box.x1]) >= options.min_separation
        if (
            w.conf >= options.verify_min_conf
            and has_word_char(w.text, options.verify_min_chars)
            and (w.conf >= options.trust_conf or bimodal)
        ):
            out.append((box, "text"))
        elif (
            w.conf >= options.surroundings_min_conf
            and has_word_char(w.text)
            and bimodal
            and _in_surroundings(box, text_boxes, options, rows, cols)
        ):
            out.append((box, "surroundings"))
    return out


def identifier_in_frame(ft: FrameText, forms: set[str]) -> bool:
    """An identifier form in the frame's words read in order (catches one split over several words)."""
    ordered = sorted(ft.words, key=lambda bw: (bw[0].y0 // 8, bw[0].x0))
    return bool(forms) and find_identifiers(" ".join(w.text for _, w in ordered), forms) > 0


REASONS = {
    "identifier": "verification OCR still reads a patient identifier",
    "text": "verification OCR still finds text",
    "surroundings": "verification OCR finds text next to a masked region",
}


def clean_pixel_data(
    ds: Dataset, known: KnownIdentifiers, options: PixelOptions, source_candidacy: Candidacy | None = None
) -> PixelOutcome:
    """Find, mask and verify burned-in text in ``ds`` (mutated in place only when the outcome is clean/masked).

    ``source_candidacy`` is the decision taken on the source header (``candidacy`` before the header was scrubbed; the
    DICOM engine passes it): it is obeyed as it is, with its deid layout coordinates and ultrasound regions, and
    not re-read from ``ds``, whose descriptions the profile may have emptied. Without it candidacy is evaluated on
    ``ds``. Fails closed: an unexpected error is a quarantine naming only the error's type."""
    try:
        return _clean(ds, known, options, candidacy(ds, options) if source_candidacy is None else source_candidacy)
    except Exception as exc:  # never let an image through because the scrubber broke
        return _quarantine(f"pixel scrubber error ({type(exc).__name__})")


def _clean(ds: Dataset, known: KnownIdentifiers, options: PixelOptions, cand: Candidacy) -> PixelOutcome:
    if not cand.candidate:
        return PixelOutcome("not_candidate", "; ".join(cand.reasons))
    if "FloatPixelData" in ds or "DoubleFloatPixelData" in ds:
        return _quarantine("float pixel data is not supported")
    if "PixelData" not in ds:
        return PixelOutcome("not_candidate", "no pixel data")
    try:
        frames = decode(ds)
    except DecodeError as exc:
        return _quarantine(f"undecodable pixel data: {exc}")
    n = frames.n
    if n > options.max_frames:
        return _quarantine(f"{n} frames exceed the policy's max_frames", n)
    rows, cols = frames.arr.shape[1:3]
    fixed, fixed_count = _fixed_mask(cand, options, rows, cols)
    stats = OcrStats()
    forms = identifier_forms(known)
    window = luminance_window(frames)
    grays = [gray8(frames, i, window) for i in range(n)]
    sampled = select_frames(grays, options)
    sampled_set = set(sampled)
    text_boxes: list[Box] = []
    anchors: list[Box] = []  # round 0's text: rule c looks around these (not around later masks: no cascade)
    frames_ocr = 0
    verified = False
    changed = False
    try:
        for round_no in range(options.max_rounds + 1):
            fts = detect_text([grays[i] for i in sampled], options, stats)
            frames_ocr += len(sampled)
            full_mask = fixed | _box_mask(text_boxes, rows, cols)
            # round 0 reads the input: every detected region not already masked
            new = [r for ft in fts for r in ft.regions if not _inside(r, full_mask, 1.0)] if round_no == 0 else []
            if round_no > 0 or (not new and not fixed.any()):
                # the output (round 0 too when it found nothing to mask): remaining text, masked with the text
                # lines it touches
                for k, (ft, i) in enumerate(zip(fts, sampled, strict=True)):
                    left = remaining_text(
                        ft, grays[i], text_boxes=anchors, full_mask=full_mask, forms=forms, options=options
                    )
                    if not left and identifier_in_frame(ft, forms):
                        return _quarantine(f"{REASONS['identifier']} in frame {i}", n, frames_ocr, stats)
                    for box, rule in left:
                        if round_no == options.max_rounds:
                            return _quarantine(f"{REASONS[rule]} in frame {i}", n, frames_ocr, stats)
                        new.append(box)
                        new.extend(r for r in fts[k].regions if r.intersects(box))
                verified = not new
            if verified:
                break
            added = margin_boxes(new, options, rows, cols)
            text_boxes.extend(added)
            if round_no == 0:
                anchors = list(added)
            # round 0 read the input as it is, so text straddling a fixed region's edge is found whole
            changed = _apply(frames, fixed | _box_mask(added, rows, cols)) or changed
            if not options.verify:
                break
            text_mask = _box_mask(text_boxes, rows, cols)
            grays = [_ocr_view(frames, i, text_mask, window) if i in sampled_set else grays[i] for i in range(n)]
    except OcrError as exc:
        return _quarantine(f"OCR failed: {exc}", n, frames_ocr, stats)
    text_boxes = merge_overlapping(text_boxes)  # one region per masked area, whichever frames found it
    text_mask = _box_mask(text_boxes, rows, cols)
    text_fraction = float(text_mask.mean())
    if text_fraction > options.max_masked_fraction:
        return _quarantine(f"OCR would mask {text_fraction:.0%} of the frame (over the policy's limit)", n, frames_ocr)
    full_mask = fixed | text_mask
    if changed:
        write_back(ds, frames)
    if verified:
        ds.BurnedInAnnotation = "NO"
    sampled_note = f"{len(sampled)} of {n} frames OCR'd ({options.frame_sampling})"
    verdict = "verified: no text" if verified else "not verified (policy)"
    regions = len(text_boxes) + fixed_count
    return PixelOutcome(
        "masked" if changed else "clean",
        f"{'masked' if changed else 'no'} {len(text_boxes)} text regions, {fixed_count} fixed regions; "
        f"{sampled_note}; {verdict}; candidate: {', '.join(cand.reasons)}",
        regions=regions if changed else 0,
        frames_ocr=frames_ocr,
        frames=n,
        ocr_seconds=stats.seconds,
        masked_fraction=float(full_mask.mean()),
    )
