"""DICOM networking: the C-STORE SCP (``scp``), PACS pulls over DICOMweb and DIMSE (``pull``, ``pull_state``) and
the shared C-STORE handler (``receive``). Everything received goes through ``gateway.ingest``.

pynetdicom's own logger is capped at WARNING here: its INFO/DEBUG output includes SOP Instance UIDs and, for
C-FIND, identifier datasets, which are PHI. Raise it deliberately (and never in production) to debug a peer.
"""

import logging

logging.getLogger("pynetdicom").setLevel(logging.WARNING)
