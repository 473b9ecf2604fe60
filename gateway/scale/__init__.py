"""Optional scale-out (issue #13). The embedded default is untouched: one machine, SQLite, a local directory.

- ``keys``: the key material a worker gets (the study's derived subkeys, never the KEK or the vault root).
- ``run``: directory runs on the local process pool (default) or on a Ray cluster (``--engine ray``), with the
  same report and the same output bytes as the single-process run.
- ``jobs``: PostgreSQL job tables (leasing with ``FOR UPDATE SKIP LOCKED``, lease expiry, idempotent
  completion, resumable runs); ``worker``: the loop ``sekisho worker run`` drives.
- ``gateway.store.blobs_s3``: the research store and releases through the S3 API.

Nothing here is imported by the default code paths; ``ray`` and ``boto3`` are imported only when selected.
See docs/SCALE.md.
"""
