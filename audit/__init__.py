"""Tamper-evident audit log. The lowest layer: imports nothing of Sekisho's other packages."""
