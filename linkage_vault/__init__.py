"""The linkage vault: the only holder of keys (pseudonyms, date shifts, UID remapping, encrypted linkage)."""
