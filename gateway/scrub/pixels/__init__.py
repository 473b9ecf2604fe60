"""Burned-in pixel PHI: find text in US, XA/RF, SC/OT (and other policy candidates), mask it, verify the output.

``clean_pixel_data(ds, known, options, source_candidacy) -> PixelOutcome`` is the entry point the DICOM engine calls
for the Clean Pixel Data option, with ``candidacy(source_header, options)`` decided before the header was scrubbed;
see ``_clean`` for the exact verification rule, ``_detect`` for detection, ``_sampling`` for the
frame-sampling cost policy and ``_filters`` for deid's filter recipes.
"""

from gateway.scrub.pixels._clean import Candidacy, PixelOutcome, candidacy, clean_pixel_data
from gateway.scrub.pixels._frames import DecodeError
from gateway.scrub.pixels._ocr import OcrError

__all__ = ["Candidacy", "DecodeError", "OcrError", "PixelOutcome", "candidacy", "clean_pixel_data"]
