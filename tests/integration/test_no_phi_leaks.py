"""No planted identifier leaks into what the gateway emits, over the whole end-to-end flow (tests/support/e2e.py:
synth -> policy -> vault -> opt-out -> ingest -> two releases -> API downloads -> verify CLI -> training ->
withdrawal -> attestation), on SQLite and PostgreSQL.

Scanned: every log record of every logger at DEBUG during the flow (SQLAlchemy's statements and parameters
included); every audit event (all columns of ``audit_events``, details decoded); every HTTP request URL and
response header (and every JSON answer body); the names of every file under the releases directory, the research
store, staging and quarantine, and the contractor's downloaded copy; every ``release.json``, status document
(envelope and decoded payload) and signed statement; the ``sekisho release verify`` subprocess's stdout and
stderr; the trainer's log and its output files; and, beyond the brief, every row of every non-vault table of the
gateway's database.

The rule (tests/support/phi_scan.py): needles are every patient's identifiers from ``patients.jsonl`` (patient
ID, insurance and other IDs, accession numbers, birth date as YYYY-MM-DD and YYYYMMDD, landline/mobile/agent
phones as written and digits only, postal code, address, e-mail, kanji/hiragana/katakana/romaji names in full,
without spaces and by part, known/maiden names) and the answer key's PERSON, STAFF, PATIENT_ID, ACCESSION,
INSURANCE_NUMBER, OTHER_ID, PHONE, ADDRESS and EMAIL values. Ignored as unspecific: ASCII needles shorter than 4
characters, all-digit needles shorter than 8 digits, CJK/kana needles shorter than 2 characters, and any needle
that occurs in the default policy file (the institution's name, address and phone, purposes). Haystacks are NFKC
normalised with ``\\uXXXX`` escapes decoded; hex runs of 32+, base64 runs of 40+ (mixed case and digits), keyed
pseudonyms and dotted numeric UIDs are masked before matching. Romaji needles match case-insensitively between
non-letters; the rest are substrings. Zero hits are required; a failure names the place and the kind of
identifier, never its value.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.support.e2e import E2EFlow, flow
from tests.support.phi_scan import Needles


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def e2e(request: pytest.FixtureRequest) -> E2EFlow:
    return flow(request, request.param)


@pytest.fixture(scope="module")
def needles(e2e: E2EFlow) -> Needles:
    return Needles(e2e.synth_dir)


def _names(root: Path) -> Iterator[tuple[str, str]]:
    if root.exists():
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root).as_posix()
            yield f"name:{root.name}/{rel}", rel


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _envelope(path: Path) -> Iterator[tuple[str, str]]:
    raw = path.read_text(encoding="utf-8")
    yield f"file:{path.name}", raw
    env = json.loads(raw)
    yield f"payload:{path.name}", base64.b64decode(env["payload"]).decode("utf-8")


def test_the_scanner_finds_what_was_planted(e2e: E2EFlow, needles: Needles) -> None:
    """Positive control: the scan is only worth its zero if it finds identifiers where they are."""
    assert len(needles) > 20 * 40
    lines = (e2e.synth_dir / "patients.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(needles.hits(line) for line in lines)
    texts = {}
    for line in (e2e.synth_dir / "records" / "records.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["record_id"]] = rec["text"]
    planted = set()
    for line in (e2e.synth_dir / "answer_key.jsonl").read_text(encoding="utf-8").splitlines():
        k = json.loads(line)
        if k["kind"] == "record" and k["field"] == "text" and k["entity_type"] in {"PERSON", "PATIENT_ID", "PHONE"}:
            planted.add(k["record_id"])
    assert len(planted) > 50
    assert [r for r in sorted(planted) if not needles.hits(texts[r])] == []
    p = json.loads(lines[0])
    surname = p["name"]["romaji"].split()[0]
    full_width_phone = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "－" for c in p["phone"])
    escaped_kanji = json.dumps(p["name"]["kanji"])  # "\u671b\u6708 ..."
    assert "phone" in needles.hits(f"call {full_width_phone} later")
    assert needles.hits(f'{{"who": {escaped_kanji}}}')
    assert needles.hits(f"PN={surname.upper()}^X") and needles.hits(f"dear {surname.lower()},")
    assert needles.hits(f"born {p['birth_date'].replace('-', '')}")
    # opaque tokens are masked, so digests and pseudonyms never count
    noise = f"sha {'ab12' * 16} P{'0123456789ABCDEFGHJK'} 1.2.826.0.1.{p['patient_id']}.5 {'Qk9' * 20}"
    assert needles.hits(noise) == []


def test_logs_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    assert len(e2e.logs) > 100  # all loggers at DEBUG: SQLAlchemy's statements and rows are in here
    assert any(r.startswith("sqlalchemy.engine") for r in e2e.logs)
    assert any(r.startswith("httpx") for r in e2e.logs)  # the client's request lines
    assert e2e.quiet_loggers == []  # no logger escaped the capture with a level of its own
    assert needles.scan((f"log[{i}]", r) for i, r in enumerate(e2e.logs)) == {}


def test_audit_events_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    with e2e.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM audit_events ORDER BY seq"))]
    actions = {r["action"] for r in rows}
    for expected in ("policy.approved", "optout.recorded", "ingest.object.stored", "release.published",
                     "release.file_downloaded", "withdrawal.notice_issued", "withdrawal.attested"):  # fmt: skip
        assert any(a.startswith(expected.rsplit(".", 1)[0]) for a in actions), expected
    items = []
    for r in rows:
        details = r["details"]
        r["details"] = json.loads(details) if isinstance(details, str) else details
        items.append((f"audit[{r['seq']}:{r['action']}]", _json_text(r)))
    assert needles.scan(items) == {}


def test_http_urls_and_response_headers_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    assert len(e2e.http) > len(e2e.listed)
    items = []
    for i, x in enumerate(e2e.http):
        items.append((f"url[{i}]", x.url))
        items.append((f"headers[{i}]", "\n".join(f"{k}: {v}" for k, v in x.headers)))
        items.append((f"json-body[{i}]", x.body))  # beyond the brief: every JSON answer (lists, notices, errors)
    assert sum(1 for x in e2e.http if x.body) > 5
    assert needles.scan(items) == {}


def test_release_files_names_and_documents_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    releases = e2e.settings.releases_dir
    items = list(_names(releases)) + list(_names(e2e.download_dir.parent)) + list(_names(e2e.archive_dir))
    assert any(label.endswith(".dcm") for label, _ in items)
    for manifest in [*releases.rglob("release.json"), e2e.download_dir / "release.json"]:
        items.append((f"file:{manifest.parent.name}/release.json", manifest.read_text(encoding="utf-8")))
    documents = [*releases.glob("*.status.dsse.json"), *releases.rglob("release.intoto.dsse.json"),
                 *e2e.download_dir.parent.glob("*.status.dsse.json")]  # fmt: skip
    assert len(documents) >= 4
    for doc in documents:
        items += list(_envelope(doc))
    for tag in ("bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"):
        items.append((f"file:{tag}", (e2e.download_dir / tag).read_text(encoding="utf-8")))
    assert needles.scan(items) == {}


def test_research_store_staging_and_quarantine_names_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    s = e2e.settings
    store = list(_names(s.store_dir))
    assert len(store) > 50
    staged = [p for p in s.staging_dir.rglob("*") if p.is_file()] if s.staging_dir.exists() else []
    assert staged == []  # no identified copy rests in staging after the runs
    items = store + list(_names(s.staging_dir)) + list(_names(s.quarantine_dir))
    assert needles.scan(items) == {}


def test_cli_and_trainer_output_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    cli = e2e.verify_cli
    assert cli is not None and cli.stdout
    items = [("verify.stdout", cli.stdout), ("verify.stderr", cli.stderr)]
    items += [(f"train.log[{i}]", line) for i, line in enumerate(e2e.train_log)]
    assert e2e.model_dir is not None
    models = e2e.model_dir.parent
    items += list(_names(models))
    for p in models.rglob("*"):
        if p.is_file() and p.suffix in {".md", ".json", ".jsonl"}:
            items.append((f"file:{p.name}", p.read_text(encoding="utf-8")))
    assert needles.scan(items) == {}


def test_database_rows_outside_the_vault_carry_no_phi(e2e: E2EFlow, needles: Needles) -> None:
    """Beyond the brief: every row of every table of the gateway's database except the vault's own (which holds
    the linkage encrypted) and the audit log (scanned above)."""
    inspector = sa.inspect(e2e.engine)
    tables = [t for t in inspector.get_table_names() if not t.startswith(("vault_", "alembic")) and t != "audit_events"]
    assert {"research_object", "release", "release_member", "governance_optout_record", "ingest_run"} <= set(tables)
    items = []
    with e2e.engine.connect() as conn:
        for t in tables:
            for i, row in enumerate(conn.execute(sa.text(f'SELECT * FROM "{t}"'))):
                values = {k: v for k, v in row._mapping.items() if not isinstance(v, bytes | memoryview)}
                items.append((f"table:{t}[{i}]", _json_text(values)))
    assert len(items) > 100
    assert needles.scan(items) == {}
