"""Tests package (importable as ``tests.support`` for helpers)."""
