"""Shared test helpers: one module per area (tests.support.<area>)."""
