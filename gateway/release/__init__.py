"""Releases: dataset build, automatic checks, two-person approval, signed BagIt/DSSE releases per recipient,
expiry, revocation, supersession and withdrawal after release. The public API is :mod:`gateway.release.service`."""
