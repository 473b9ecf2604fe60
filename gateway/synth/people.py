"""Synthetic people: patients (with agents and opt-outs), staff, the hospital. Deterministic from a Random.

Names come from curated lists of common surnames and given names with readings (``data/*.tsv``), richer than
Faker's ja_JP pool (50 surnames); addresses reuse Faker's ja_JP place lists, filtered to JIS X 0208 so that every
value can be written under ISO 2022 IR 87.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal

import jaconv

from gateway.synth.jtext import kanji_number, to_fullwidth
from gateway.synth.romaji import Style, name_romaji
from policies.identifiers import KnownIdentifiers, PersonName

Sex = Literal["M", "F"]
OptOut = Literal["blanket", "study", "stop_use"]

REFERENCE_DATE = date(2025, 3, 31)  # "today" of the synthetic hospital: never the wall clock


def jis_ok(text: str) -> bool:
    try:
        text.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _surnames() -> tuple[tuple[str, str], ...]:
    return tuple((k, r) for k, r, *_ in _read_tsv("surnames.tsv"))


@lru_cache(maxsize=1)
def _given() -> tuple[tuple[str, str, str], ...]:
    return tuple((k, r, s) for k, r, s, *_ in _read_tsv("given_names.tsv"))


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("gateway.synth.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for row in rows:
        if not jis_ok(row[0]):
            raise ValueError(f"{name}: an entry is outside JIS X 0208")
    return rows


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from faker.providers.address.ja_JP import Provider as AddressProvider

    def ok(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        return tuple(i for i in items if jis_ok(i))

    return (
        ok(AddressProvider.prefectures),
        ok(AddressProvider.cities),
        ok(AddressProvider.towns),
        ok(AddressProvider.building_names),
    )


@dataclass(frozen=True)
class Name:
    family: str
    given: str
    family_kana: str  # hiragana
    given_kana: str
    family_romaji: str  # capitalised
    given_romaji: str

    @property
    def kanji(self) -> str:
        return f"{self.family} {self.given}"

    @property
    def kanji_tight(self) -> str:
        return f"{self.family}{self.given}"

    @property
    def hiragana(self) -> str:
        return f"{self.family_kana} {self.given_kana}"

    @property
    def katakana(self) -> str:
        return f"{jaconv.hira2kata(self.family_kana)} {jaconv.hira2kata(self.given_kana)}"

    @property
    def romaji(self) -> str:
        return f"{self.family_romaji} {self.given_romaji}"

    def person_name(self) -> PersonName:
        return PersonName(
            family=self.family,
            given=self.given,
            family_kana=self.family_kana,
            given_kana=self.given_kana,
            family_romaji=self.family_romaji,
            given_romaji=self.given_romaji,
        )

    def dicom_pn(self, phonetic: Literal["hiragana", "katakana", "halfwidth"], upper: bool = True) -> str:
        """``ALPHA^BETIC=漢字^名=かな^かな`` as Japanese scanners write it."""
        fam_r, giv_r = self.family_romaji, self.given_romaji
        if upper:
            fam_r, giv_r = fam_r.upper(), giv_r.upper()
        fk, gk = self.family_kana, self.given_kana
        if phonetic != "hiragana":
            fk, gk = jaconv.hira2kata(fk), jaconv.hira2kata(gk)
        if phonetic == "halfwidth":
            fk, gk = jaconv.z2h(fk, kana=True), jaconv.z2h(gk, kana=True)
        return f"{fam_r}^{giv_r}={self.family}^{self.given}={fk}^{gk}"


def make_name(rng: random.Random, sex: str, style: Style, family: tuple[str, str] | None = None) -> Name:
    fam = family or rng.choice(_surnames())
    pool = [g for g in _given() if g[2] in (sex, "O")]
    giv = rng.choice(pool)
    return Name(
        family=fam[0],
        given=giv[0],
        family_kana=fam[1],
        given_kana=giv[1],
        family_romaji=name_romaji(fam[1], style),
        given_romaji=name_romaji(giv[1], style),
    )


@dataclass(frozen=True)
class Address:
    postal: str  # 123-4567
    text: str  # as written (kanji numerals, full-width or ASCII digits)


def make_address(rng: random.Random) -> Address:
    prefs, cities, towns, buildings = _places()
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    style = rng.random()
    if style < 0.3:
        num = f"{kanji_number(chome)}丁目{kanji_number(ban)}番{kanji_number(go)}号"
    elif style < 0.55:
        num = to_fullwidth(f"{chome}-{ban}-{go}").replace("－", "−")
    elif style < 0.8:
        num = f"{chome}-{ban}-{go}"
    else:
        num = f"{chome}丁目{ban}番地{go}"
    text = f"{rng.choice(prefs)}{rng.choice(cities)}{rng.choice(towns)}{num}"
    if rng.random() < 0.3:
        text += f" {rng.choice(towns)}{rng.choice(buildings)}{rng.randint(1, 9)}{rng.randint(0, 1)}{rng.randint(1, 9)}"
    return Address(postal=f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}", text=text)


def make_phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    area = rng.choice(["03", "06", "045", "052", "011", "092", "075", "0466"])
    first = 10 - len(area) - 4  # ten digits in all

    return f"{area}-{rng.randint(10 ** (first - 1), 10**first - 1)}-{rng.randint(0, 9999):04d}"


@dataclass(frozen=True)
class Agent:
    name: Name
    relation: str  # 長男, 妻, 成年後見人...
    phone: str


@dataclass(frozen=True)
class Patient:
    index: int
    patient_id: str
    name: Name
    sex: Sex
    birth_date: date
    address: Address
    phone: str
    mobile: str | None
    email: str | None
    insurance_number: str
    other_ids: tuple[str, ...]  # IDs from a previous hospital system
    agent: Agent | None
    opt_out: OptOut | None
    opt_out_date: date | None
    romaji_style: Style
    birth_name: Name | None = None  # 旧姓: the name before marriage, still in old records and headers

    def age_on(self, day: date) -> int:
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    def known(self) -> KnownIdentifiers:
        names = [self.name.person_name()]
        if self.birth_name:
            names.append(self.birth_name.person_name())
        phones = [self.phone] + ([self.mobile] if self.mobile else [])
        if self.agent:
            names.append(self.agent.name.person_name())
            phones.append(self.agent.phone)
        return KnownIdentifiers(
            names=tuple(names),
            ids=(self.patient_id, self.insurance_number, *self.other_ids),
            birth_date=self.birth_date,
            addresses=(self.address.text, self.address.postal),
            phones=tuple(phones),
            emails=(self.email,) if self.email else (),
        )


@dataclass(frozen=True)
class Staff:
    name: Name
    role: str  # 放射線科医, 技師, 主治医...
    department: str


@dataclass(frozen=True)
class Hospital:
    name: str
    name_romaji: str
    short: str
    address: Address
    phone: str
    url: str
    email_domain: str
    departments: tuple[str, ...]
    wards: tuple[str, ...]
    radiologists: tuple[Staff, ...] = field(default=())
    clinicians: tuple[Staff, ...] = field(default=())
    technologists: tuple[Staff, ...] = field(default=())
    pathologists: tuple[Staff, ...] = field(default=())
    surgeons: tuple[Staff, ...] = field(default=())


_HOSPITALS = [
    ("東都中央病院", "TOTO CHUO HOSPITAL", "東都中央", "toto-chuo"),
    ("さくら記念病院", "SAKURA MEMORIAL HOSP", "さくら記念", "sakura-kinen"),
    ("北浜総合医療センター", "KITAHAMA MEDICAL CENTER", "北浜医療C", "kitahama-mc"),
    ("関所大学医学部附属病院", "SEKISHO UNIV HOSPITAL", "関所大学病院", "sekisho-u"),
]
DEPARTMENTS = (
    "放射線科",
    "呼吸器内科",
    "消化器内科",
    "循環器内科",
    "呼吸器外科",
    "消化器外科",
    "脳神経外科",
    "整形外科",
)
WARDS = ("5階東病棟", "6階西病棟", "ICU", "HCU", "3階南病棟", "緩和ケア病棟", "救急外来")


def make_hospital(rng: random.Random, which: int) -> Hospital:
    name, romaji, short, slug = _HOSPITALS[which % len(_HOSPITALS)]

    def staff(n: int, role: str, dept: str | None) -> tuple[Staff, ...]:
        out = []
        for _ in range(n):
            sex = rng.choice(["M", "F"])
            out.append(
                Staff(make_name(rng, sex, rng.choice(["passport", "wapuro"])), role, dept or rng.choice(DEPARTMENTS))
            )
        return tuple(out)

    return Hospital(
        name=name,
        name_romaji=romaji,
        short=short,
        address=make_address(rng),
        phone=make_phone(rng, mobile=False),
        url=f"https://www.{slug}.example.jp",
        email_domain=f"{slug}.example.jp",
        departments=DEPARTMENTS,
        wards=WARDS,
        radiologists=staff(4, "放射線科医", "放射線科"),
        clinicians=staff(8, "主治医", None),
        technologists=staff(5, "診療放射線技師", "放射線部"),
        pathologists=staff(2, "病理医", "病理診断科"),
        surgeons=staff(3, "外科医", "呼吸器外科"),
    )


def make_patient(rng: random.Random, index: int, used_ids: set[str]) -> Patient:
    sex: Sex = rng.choice(["M", "F"])
    style: Style = "passport" if rng.random() < 0.7 else "wapuro"
    name = make_name(rng, sex, style)
    r = rng.random()
    if r < 0.12:
        age = rng.randint(90, 103)  # >= 90: must be top-coded
    elif r < 0.2:
        age = rng.randint(18, 39)
    else:
        age = rng.randint(40, 89)
    birth = REFERENCE_DATE - timedelta(days=age * 365 + rng.randint(0, 364))
    while True:
        digits = rng.choice([8, 9, 10])
        pid = str(rng.randint(10 ** (digits - 1), 10**digits - 1))
        if rng.random() < 0.2:
            pid = "00" + pid[2:]  # leading zeros happen
        if pid not in used_ids:
            used_ids.add(pid)
            break
    mobile = make_phone(rng, mobile=True) if rng.random() < 0.6 else None
    email = None
    if rng.random() < 0.35:
        email = f"{name.given_romaji.lower()}.{name.family_romaji.lower()}{rng.randint(1, 99)}@mail.example.com"
    agent = None
    if rng.random() < 0.18:
        relation = rng.choice(["長男", "長女", "次男", "妻", "夫", "娘", "息子", "成年後見人"])
        kin = relation != "成年後見人"
        agent_sex = "F" if relation in ("長女", "妻", "娘") else "M"
        fam = (name.family, name.family_kana) if kin and rng.random() < 0.8 else None
        agent = Agent(make_name(rng, agent_sex, style, family=fam), relation, make_phone(rng, mobile=True))
    opt: OptOut | None = None
    o = rng.random()
    if o < 0.05:
        opt = "blanket"
    elif o < 0.08:
        opt = "study"
    elif o < 0.1:
        opt = "stop_use"
    other_ids = (f"K{rng.randint(100000, 999999)}",) if rng.random() < 0.3 else ()
    birth_name = None
    if sex == "F" and age >= 25 and rng.random() < 0.25:
        fam = rng.choice([f for f in _surnames() if f[0] != name.family])
        birth_name = Name(
            family=fam[0],
            given=name.given,
            family_kana=fam[1],
            given_kana=name.given_kana,
            family_romaji=name_romaji(fam[1], style),
            given_romaji=name.given_romaji,
        )
    return Patient(
        index=index,
        patient_id=pid,
        name=name,
        sex=sex,
        birth_date=birth,
        address=make_address(rng),
        phone=make_phone(rng, mobile=False),
        mobile=mobile,
        email=email,
        insurance_number=f"{rng.randint(10, 99)}{rng.randint(100, 999)}-{rng.randint(1, 999999):06d}",
        other_ids=other_ids,
        agent=agent,
        opt_out=opt,
        opt_out_date=(REFERENCE_DATE - timedelta(days=rng.randint(10, 700))) if opt else None,
        romaji_style=style,
        birth_name=birth_name,
    )
