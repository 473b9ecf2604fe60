"""Teacher labels and the bundled trainer. Only this package imports torch (never at import time of
``trainer.labels``); it never imports gateway, linkage_vault, presidio or keyring.

- ``trainer.labels``: rule-based Japanese finding extractor (pure Python)
- ``trainer.release``: opens a signed release or refuses it (no torch)
- ``trainer.train`` / ``trainer.cli``: the CNN trainer (torch), ``sekisho train`` and ``python -m trainer``
"""

__version__ = "0.1.0"
