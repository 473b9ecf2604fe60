"""Search gateway output for the identifiers ``gateway.synth`` planted (patients.jsonl, answer_key.jsonl).

Needles, per patient and from the answer key (rule documented in tests/integration/test_no_phi_leaks.py):
- IDs: patient ID, insurance number, other IDs, accession numbers, the answer key's PATIENT_ID, ACCESSION,
  INSURANCE_NUMBER and OTHER_ID values;
- birth date as YYYY-MM-DD and YYYYMMDD;
- phones (landline, mobile, agent's, answer key PHONE) as written and as digits only; postal codes; addresses;
  e-mail addresses;
- names: kanji full name with and without the space, family and given name; hiragana and katakana full names
  with and without the space; romaji full name and its parts; maiden and other known names; the agent's name;
  answer-key PERSON and STAFF values (each ``^``/``=``/space separated part too).

Kept only when specific: ASCII needles of 4+ characters, all-digit needles of 8+ digits (shorter numbers collide
with byte counts, sizes and sequence numbers), CJK/kana needles of 2+ characters; a needle that occurs in the
default policy file (the institution's own name, address, phone, purpose texts) is generic and dropped.

Haystacks are NFKC-normalised (full-width digits and letters), ``\\uXXXX`` escapes decoded, and four kinds of opaque
token masked first, because they carry no PHI and a random token contains any short string by chance: hex runs
of 32+ (digests, hashes), base64/base64url runs of 40+ with upper, lower and digit (signatures, digests),
Sekisho keyed pseudonyms (``P`` + 20 Crockford base32) and dotted numeric UIDs. Romaji needles match
case-insensitively between non-letters (so ``Endo`` does not match ``endpoint``); everything else is a plain
substring match.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_HEX = re.compile(r"[0-9a-fA-F]{32,}")
_B64 = re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")
_PSEUDONYM = re.compile(r"P[0-9A-HJKMNP-TV-Z]{20}")
_UID = re.compile(r"\d+(?:\.\d+){3,}")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
POLICY_FILE = Path(__file__).resolve().parents[2] / "policies" / "data" / "default-policy.yaml"
NAME_TYPES = frozenset({"PERSON", "STAFF"})
ID_TYPES = frozenset({"PATIENT_ID", "ACCESSION", "INSURANCE_NUMBER", "OTHER_ID", "PHONE", "ADDRESS", "EMAIL"})


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _b64_mask(m: re.Match[str]) -> str:
    s = m.group(0)
    if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
        return "<b64>"
    return s


def prepare(text: str) -> str:
    """The haystack as matched: escapes decoded, NFKC, opaque tokens masked."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = nfkc(text)
    text = _HEX.sub("<hex>", text)
    text = _B64.sub(_b64_mask, text)
    text = _PSEUDONYM.sub("<pseud>", text)
    return _UID.sub("<uid>", text)


@dataclass(frozen=True)
class Needle:
    value: str
    what: str  # the kind of identifier, never printed with the value in assertion messages
    romaji: bool = False


def _specific(value: str) -> bool:
    if _CJK.search(value):
        return len(value) >= 2
    if value.isdigit():
        return len(value) >= 8
    return len(value) >= 4


class Needles:
    def __init__(self, synth_dir: Path) -> None:
        generic = nfkc(POLICY_FILE.read_text(encoding="utf-8"))
        found: dict[str, Needle] = {}

        def add(value: object, what: str, *, romaji: bool = False) -> None:
            if not isinstance(value, str):
                return
            v = nfkc(value).strip()
            if not v or not _specific(v) or v in generic:
                return
            found.setdefault(v.lower() if romaji else v, Needle(v, what, romaji))

        def name(value: object, what: str) -> None:
            if not isinstance(value, str):
                return
            add(value, what, romaji=bool(_ASCII_WORD.fullmatch(value.replace(" ", ""))))
            add(value.replace(" ", ""), what)
            for part in re.split(r"[\s^=・,]+", value):
                add(part, what, romaji=bool(_ASCII_WORD.fullmatch(part)))

        def phone(value: object, what: str) -> None:
            if isinstance(value, str):
                add(value, what)
                add(re.sub(r"\D", "", nfkc(value)), what)

        for line in (synth_dir / "patients.jsonl").read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            p = json.loads(line)
            add(p["patient_id"], "patient_id")
            add(p.get("insurance_number"), "insurance_number")
            for v in p.get("other_ids") or []:
                add(v, "other_id")
            for st in p.get("studies") or []:
                add(st.get("accession"), "accession")
            birth = str(p["birth_date"])
            add(birth, "birth_date")
            add(birth.replace("-", ""), "birth_date")
            for key in ("phone", "mobile"):
                phone(p.get(key), key)
            add(p.get("postal_code"), "postal_code")
            add(p.get("address"), "address")
            add(p.get("email"), "email")
            for key in ("kanji", "hiragana", "katakana", "romaji"):
                name(p["name"].get(key), f"name_{key}")
            agent = p.get("agent") or {}
            name(agent.get("name_kanji"), "agent_name")
            phone(agent.get("phone"), "agent_phone")
            known = p.get("known") or {}
            for n in known.get("names") or []:
                for key, val in n.items():
                    name(val, f"known_{key}")
            for v in known.get("ids") or []:
                add(v, "known_id")
            for v in known.get("phones") or []:
                phone(v, "known_phone")
            for v in known.get("addresses") or []:
                add(v, "known_address")
            for v in known.get("emails") or []:
                add(v, "known_email")
        for line in (synth_dir / "answer_key.jsonl").read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            k = json.loads(line)
            etype = str(k.get("entity_type"))
            if etype in NAME_TYPES:
                name(k.get("value"), f"key_{etype.lower()}")
            elif etype == "PHONE":
                phone(k.get("value"), "key_phone")
            elif etype in ID_TYPES:
                add(k.get("value"), f"key_{etype.lower()}")
        self.needles = sorted(found.values(), key=lambda n: n.value)
        plain = [re.escape(n.value) for n in self.needles if not n.romaji]
        roman = [re.escape(n.value) for n in self.needles if n.romaji]
        self._plain = re.compile("|".join(sorted(plain, key=len, reverse=True))) if plain else None
        self._roman = (
            re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(roman, key=len, reverse=True)) + r")(?![A-Za-z])", re.I)
            if roman
            else None
        )
        self._what = {n.value.lower() if n.romaji else n.value: n.what for n in self.needles}

    def __len__(self) -> int:
        return len(self.needles)

    def hits(self, text: str) -> list[str]:
        """The kinds of identifier found in ``text`` (never the values: the assertion message stays PHI-free)."""
        hay = prepare(text)
        out: list[str] = []
        if self._plain is not None:
            out += [self._what.get(m.group(0), "?") for m in self._plain.finditer(hay)]
        if self._roman is not None:
            out += [self._what.get(m.group(0).lower(), "?") for m in self._roman.finditer(hay)]
        return out

    def scan(self, items: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
        """``{label: [kinds]}`` for every (label, text) with a hit."""
        found: dict[str, list[str]] = {}
        for label, text in items:
            h = self.hits(text)
            if h:
                found.setdefault(label, []).extend(h)
        return found
