"""Teacher labels and the bundled trainer. Only this package imports torch (never at import time of
``trainer.labels``); it never imports gateway, linkage_vault, presidio or keyring."""
