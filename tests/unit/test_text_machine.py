"""Machine formats: HL7 v2 by segment and field position, FHIR-style JSON by key path, XML by element name; coded
elements, units and terminology URLs stay (synthetic snippets written from the HL7 2.5 / FHIR R4 definitions)."""

from __future__ import annotations

import pytest

from gateway.scrub.text.recognizers.machine import MachineFormatRecognizer
from tests.support.text import scrubber

_REC = MachineFormatRecognizer()


def _typed(text: str) -> dict[str, str]:
    return {text[s:e]: kind for s, e, _score, kind in _REC.typed_spans(text)}


def _findings(text: str) -> dict[str, str]:
    a = scrubber().analyzer.analyze(text)
    return {text[f.start : f.end]: f.entity_type for f in a.findings}


HL7 = (
    "MSH|^~\\&|ADT|南浜中央病院|LIS|LAB|20230704081530||ADT^A08|CTL00042|P|2.5\r"
    "EVN|A08|202307040815\r"
    "PID|1|OLD778|P0099812^^^^PI||若狭^千景^^^^^L^I~ワカサ^チカゲ^^^^^L^P||19510320|F|||"
    "^^大阪府堺市北区中百舌鳥2-7^^5918025^JPN^H||^PRN^PH^^^^^^^^^072-555-0198|||||ACC7781\r"
    "NK1|1|若狭^修^^^^^L|SPO|^^大阪府堺市北区中百舌鳥2-7^^5918025^JPN^H|^PRN^CP^^^^^^^^^090-7777-1234\r"
    "PV1|1|I|6N^612^2||||40213^梶原^聡|||23|||||||||V5550123\r"
    "ORC|RE|PLC901|FIL902||||||202307040900|||40213^梶原^聡\r"
    "OBR|1|PLC901|FIL902|LAB^検体検査|||202307040900||||||||40213^梶原^聡||||||202307041030\r"
    "OBX|1|NM|3D010000001926101^HbA1c(NGSP)^JC10||7.4|%|4.6-6.2|H|||F|||202307041030\r"
    "OBX|2|NM|2160-0^Creatinine^LN||1.12|mg/dL|0.65-1.07|H|||F\r"
    "NTE|1||溶血あり\r"
)


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("南浜中央病院", "FACILITY"),  # MSH-4 sending facility
        ("20230704081530", "DATE"),  # MSH-7
        ("CTL00042", "ID"),  # MSH-10
        ("202307040815", "DATE"),  # EVN-2
        ("OLD778", "ID"),  # PID-2
        ("P0099812", "ID"),  # PID-3 first component
        ("若狭", "PERSON"),
        ("千景", "PERSON"),
        ("ワカサ", "PERSON"),  # second repetition
        ("チカゲ", "PERSON"),
        ("19510320", "DATE"),  # PID-7
        ("大阪府堺市北区中百舌鳥2-7", "ADDRESS"),  # XAD city
        ("5918025", "POSTAL_CODE"),  # XAD zip
        ("072-555-0198", "PHONE_NUMBER"),  # XTN component 12
        ("ACC7781", "ID"),  # PID-18
        ("修", "PERSON"),  # NK1-2
        ("090-7777-1234", "PHONE_NUMBER"),  # NK1-5
        ("6N", "FACILITY"),  # PV1-3 point of care
        ("612", "FACILITY"),  # room
        ("40213", "ID"),  # XCN id
        ("梶原", "PERSON"),
        ("聡", "PERSON"),
        ("V5550123", "ID"),  # PV1-19
        ("PLC901", "ID"),  # ORC-2 / OBR-2
        ("FIL902", "ID"),
        ("202307040900", "DATE"),  # ORC-9 / OBR-7
        ("202307041030", "DATE"),  # OBR-22 / OBX-14
    ],
)
def test_hl7_fields_by_position(value: str, entity: str) -> None:
    assert _typed(HL7).get(value) == entity


@pytest.mark.parametrize(
    "kept",
    [
        "3D010000001926101", "HbA1c(NGSP)", "JC10", "7.4", "4.6-6.2", "2160-0", "Creatinine", "mg/dL", "ADT^A08",
        "LAB", "LIS", "検体検査", "RE", "2.5",
    ],
)  # fmt: skip
def test_hl7_coded_elements_values_and_units_stay(kept: str) -> None:
    assert kept not in _typed(HL7)
    found = _findings(HL7)
    assert not any(kept in v for v in found), found


def test_hl7_bed_of_one_character_and_line_endings() -> None:
    text = "PID|1||12345^^^^PI||堀^一花\nPV1|1|I|3W^301^1"
    got = _typed(text)
    assert got["12345"] == "ID" and got["堀"] == "PERSON" and got["一花"] == "PERSON" and got["301"] == "FACILITY"
    assert "1" not in got


FHIR_PATIENT = """{
  "resourceType": "Patient",
  "id": "pt-40718",
  "identifier": [{"system": "urn:oid:1.2.392.100495.20.3.51.11234567", "value": "40718"}],
  "name": [{"use": "official", "family": "鷲尾", "given": ["琴音", "みお"], "text": "鷲尾 琴音"}],
  "telecom": [{"system": "phone", "value": "03-4444-1212"}, {"system": "email", "value": "kotone@example.jp"}],
  "gender": "female",
  "birthDate": "1938-11-05",
  "address": [{"line": ["本町3-4-5"], "city": "横浜市中区", "state": "神奈川県", "postalCode": "231-0005"}],
  "meta": {"profile": ["http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient"]}
}"""

FHIR_REPORT = (
    '{"resourceType":"DiagnosticReport","id":"rep-5521","status":"final",'
    '"code":{"coding":[{"system":"http://loinc.org","code":"18748-4","display":"Diagnostic imaging study"}]},'
    '"subject":{"reference":"Patient/40718","display":"鷲尾 琴音"},'
    '"effectiveDateTime":"2024-02-01T10:15:00+09:00","issued":"2024-02-02T08:00:00+09:00",'
    '"performer":[{"reference":"Practitioner/7731","display":"岸本 遼"}],'
    '"valueQuantity":{"value":5.1,"unit":"mmol/L","system":"http://unitsofmeasure.org","code":"mmol/L"},'
    '"conclusionCode":[{"coding":[{"system":"http://snomed.info/sct","code":"363358000"}]}]}'
)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (FHIR_PATIENT, "pt-40718", "ID"),
        (FHIR_PATIENT, "40718", "ID"),
        (FHIR_PATIENT, "鷲尾", "PERSON"),
        (FHIR_PATIENT, "琴音", "PERSON"),
        (FHIR_PATIENT, "みお", "PERSON"),
        (FHIR_PATIENT, "鷲尾 琴音", "PERSON"),
        (FHIR_PATIENT, "03-4444-1212", "PHONE_NUMBER"),
        (FHIR_PATIENT, "kotone@example.jp", "EMAIL_ADDRESS"),
        (FHIR_PATIENT, "1938-11-05", "DATE"),
        (FHIR_PATIENT, "本町3-4-5", "ADDRESS"),
        (FHIR_PATIENT, "横浜市中区", "ADDRESS"),
        (FHIR_PATIENT, "231-0005", "POSTAL_CODE"),
        (FHIR_REPORT, "rep-5521", "ID"),
        (FHIR_REPORT, "40718", "ID"),
        (FHIR_REPORT, "鷲尾 琴音", "PERSON"),
        (FHIR_REPORT, "2024-02-01T10:15:00+09:00", "DATE"),
        (FHIR_REPORT, "2024-02-02T08:00:00+09:00", "DATE"),
        (FHIR_REPORT, "7731", "ID"),
        (FHIR_REPORT, "岸本 遼", "PERSON"),
    ],
)
def test_fhir_json_by_key(text: str, value: str, entity: str) -> None:
    assert _typed(text).get(value) == entity


@pytest.mark.parametrize(
    "kept",
    [
        "Diagnostic imaging study", "18748-4", "363358000", "mmol/L", "final", "female", "official", "phone",
        "http://loinc.org", "http://unitsofmeasure.org", "http://snomed.info/sct",
    ],
)  # fmt: skip
def test_fhir_terminology_stays(kept: str) -> None:
    typed = _typed(FHIR_PATIENT + "\n" + FHIR_REPORT)
    assert kept not in typed
    found = _findings(FHIR_REPORT)
    assert not any(kept in v for v in found), found


def test_terminology_urls_are_not_urls_but_other_hosts_are() -> None:
    found = _findings(FHIR_PATIENT)
    assert not any("jpfhir.jp" in v for v in found), found
    other = _findings("紹介元サイト https://minamihama-clinic.jp/staff を参照")
    assert any(t == "URL" for t in other.values()), other
    lookalike = _findings("参照 http://loinc.org.example.com/x を確認")
    assert any(t == "URL" for t in lookalike.values()), lookalike


def test_jlac10_and_yj_codes_are_not_ids() -> None:
    text = "検査コード 3F015000002327101、薬剤コード 2171022F1020 を参照。"
    found = _findings(text)
    assert not any(t == "ID" for t in found.values()), found


XML = """<?xml version="1.0" encoding="UTF-8"?>
<Referral xmlns:x="urn:example">
  <Patient id="MR-58213">
    <x:FamilyName>蔵前</x:FamilyName><GivenName>咲良</GivenName>
    <PatientName type="kana">クラマエ サクラ</PatientName>
    <BirthDate>1944-07-08</BirthDate>
    <PostalCode>150-0001</PostalCode>
    <Address>東京都渋谷区神宮前1-1-1</Address>
    <Tel>03-9876-5432</Tel>
    <Age>93</Age>
  </Patient>
  <Dept>循環器内科</Dept>
  <TestCode>3D010000001926101</TestCode>
  <birthTime value="19440708"/>
</Referral>"""


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("MR-58213", "ID"),
        ("蔵前", "PERSON"),
        ("咲良", "PERSON"),
        ("クラマエ サクラ", "PERSON"),
        ("1944-07-08", "DATE"),
        ("150-0001", "POSTAL_CODE"),
        ("東京都渋谷区神宮前1-1-1", "ADDRESS"),
        ("03-9876-5432", "PHONE_NUMBER"),
        ("19440708", "DATE"),
        ("93", "AGE"),  # at or above the top-coding age
    ],
)
def test_xml_by_element_name(value: str, entity: str) -> None:
    assert _typed(XML).get(value) == entity


def test_xml_department_and_codes_stay() -> None:
    typed = _typed(XML)
    assert "循環器内科" not in typed and "3D010000001926101" not in typed
    assert _typed("<Patient><Age>67</Age></Patient>") == {}  # below the top-coding age: kept


def test_prose_with_pipes_and_quotes_is_not_read_as_a_machine_format() -> None:
    text = '所見 | 右肺 S6 結節 | 経過観察\n説明: "family" 歴なし {要確認}'
    assert _typed(text) == {}
