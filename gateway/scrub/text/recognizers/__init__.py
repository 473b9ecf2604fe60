"""Japanese recognisers, one module per identifier type. Each is a Presidio ``EntityRecognizer`` that runs on
NFKC text with Sudachi artifacts (``gateway.scrub.text.nlp``); none uses ``\\b`` (it never fires beside kanji)."""

from __future__ import annotations

from gateway.scrub.text.recognizers.address import AddressRecognizer
from gateway.scrub.text.recognizers.age import AgeRecognizer
from gateway.scrub.text.recognizers.base import JaRecognizer
from gateway.scrub.text.recognizers.correspondence import CorrespondenceRecognizer
from gateway.scrub.text.recognizers.date import DateRecognizer
from gateway.scrub.text.recognizers.dicom_dump import DicomDumpRecognizer
from gateway.scrub.text.recognizers.email import EmailRecognizer
from gateway.scrub.text.recognizers.facility import FacilityRecognizer
from gateway.scrub.text.recognizers.fields import FieldRecognizer
from gateway.scrub.text.recognizers.identifier import IdentifierRecognizer
from gateway.scrub.text.recognizers.insurance import InsuranceNumberRecognizer
from gateway.scrub.text.recognizers.known import KnownIdentifierRecognizer
from gateway.scrub.text.recognizers.machine import MachineFormatRecognizer
from gateway.scrub.text.recognizers.my_number import MyNumberRecognizer
from gateway.scrub.text.recognizers.person import PersonRecognizer
from gateway.scrub.text.recognizers.phone import PhoneRecognizer
from gateway.scrub.text.recognizers.postal_code import PostalCodeRecognizer
from gateway.scrub.text.recognizers.staff import StaffDirectoryRecognizer
from gateway.scrub.text.recognizers.structure import NameStructureRecognizer
from gateway.scrub.text.recognizers.url import UrlRecognizer

__all__ = [
    "AddressRecognizer",
    "AgeRecognizer",
    "CorrespondenceRecognizer",
    "DateRecognizer",
    "DicomDumpRecognizer",
    "EmailRecognizer",
    "FacilityRecognizer",
    "FieldRecognizer",
    "IdentifierRecognizer",
    "InsuranceNumberRecognizer",
    "JaRecognizer",
    "KnownIdentifierRecognizer",
    "MachineFormatRecognizer",
    "MyNumberRecognizer",
    "NameStructureRecognizer",
    "PersonRecognizer",
    "PhoneRecognizer",
    "PostalCodeRecognizer",
    "StaffDirectoryRecognizer",
    "UrlRecognizer",
    "default_recognizers",
]


def default_recognizers(*, top_code_age: int = 90) -> list[JaRecognizer]:
    """The recognisers every analysis runs (known identifiers and the staff directory are added per use)."""
    return [
        PersonRecognizer(),
        DateRecognizer(),
        AgeRecognizer(top_code_age=top_code_age),
        PhoneRecognizer(),
        PostalCodeRecognizer(),
        AddressRecognizer(),
        FacilityRecognizer(),
        EmailRecognizer(),
        UrlRecognizer(),
        MyNumberRecognizer(),
        InsuranceNumberRecognizer(),
        IdentifierRecognizer(),
        FieldRecognizer(top_code_age=top_code_age),
        MachineFormatRecognizer(top_code_age=top_code_age),
        DicomDumpRecognizer(top_code_age=top_code_age),
        CorrespondenceRecognizer(),
        NameStructureRecognizer(),
    ]
