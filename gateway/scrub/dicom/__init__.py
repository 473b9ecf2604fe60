"""DICOM de-identification: PS3.15 Annex E profile and options, Japanese character sets, keyed pseudonyms, date
shifts and UID remapping, a sweep for the patient's own identifiers, and an independent verifier
(``verify``, which imports nothing of the scrubber). Entry points: ``engine.scrub_bytes``, ``engine.scrub_file``,
``engine.run_directory``."""
