"""The console in real Chromium (Debian's /usr/bin/chromium through Playwright, headless; nothing downloaded),
against the real app served by uvicorn on a free port, a real research store (tests/support/research.py) and the
release service.

- an opt-out recorded at the counter keeps that patient out of the next release (and makes the release built
  before it unapprovable);
- an officer cannot approve their own release; a second officer can;
- screenshots of the main pages (the dashboard in Japanese and English) go to $SEKISHO_SCREENSHOTS or
  build/screenshots/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from gateway.security.principal import Principal
from gateway.store.db import session_scope
from policies.states import Role
from tests.support.console import ConsoleEnv, console_env, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("SEKISHO_SCREENSHOTS") or ROOT / "build" / "screenshots")
STEWARD = Principal("user:stw-1", Role.STEWARD)


@dataclass
class World:
    env: ConsoleEnv
    base: str
    study: str
    roster: dict[str, dict[str, Any]]  # synthetic patient id -> roster entry (test data, never logged)
    registry_of: dict[str, str]
    first_release: str
    stored: int  # research objects in the store


def _policy_yaml(min_k: int, attestation_days: int) -> str:
    from policies.policy import canonical_yaml, default_policy

    text = canonical_yaml(default_policy())
    assert "min_k: 5" in text and "attestation_days: 30" in text
    return text.replace("min_k: 5", f"min_k: {min_k}").replace(
        "attestation_days: 30", f"attestation_days: {attestation_days}"
    )


def _members(env: ConsoleEnv, release_id: str) -> set[str]:
    from sqlmodel import select

    from gateway.store.releases import ReleaseMemberRow

    with session_scope(env.engine) as s:
        rows = s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == release_id)).all()
        return {r.registry_id for r in rows}


def _build(env: ConsoleEnv, actor: Principal) -> Any:
    from gateway.release import service
    from gateway.release.dataset import CohortQuery

    with session_scope(env.engine) as s:
        cohort = CohortQuery(data_kinds=("images", "reports"))
        built = service.build_release(
            s, env.settings, actor=actor, recipient="contractor-a", cohort=cohort, now=env.clock.advance(1)
        )
    with session_scope(env.engine) as s:
        return service.run_checks(s, env.settings, built.release_id, actor=actor, now=env.clock.advance(1))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is part of the test contract (/usr/bin/chromium)")
    from gateway.services.policy import approve_policy, propose_policy
    from gateway.services.vault import DEFAULT_PROJECT, key_provider
    from linkage_vault.vault import Vault
    from policies.identifiers import KnownIdentifiers
    from tests.support.research import fill_research_store

    tmp = tmp_path_factory.mktemp("console")
    with console_env(tmp / "home", f"sqlite:///{tmp / 'sekisho.db'}") as env:
        for name, role in (("staff-1", "staff"), ("stw-1", "steward"), ("aud-1", "auditor")):
            env.add_user(name, role)
        for name in ("po-1", "po-2", "po-3"):
            env.add_user(name, "privacy_officer")
        officer = (Role.PRIVACY_OFFICER,)
        vault, _ = Vault.init(env.engine, key_provider(env.settings), DEFAULT_PROJECT)
        with session_scope(env.engine) as s:
            v1 = propose_policy(s, _policy_yaml(2, 30), author="user:po-2", roles=officer, now=env.clock())
            approve_policy(s, v1.version, approver="user:po-3", roles=officer, now=env.clock.advance(1))
            from gateway.services.policy import active_policy

            policy = active_policy(s)[2]
            fill = fill_research_store(s, env.settings, vault, policy, out=tmp / "fill", patients=40)
            from gateway.store.research import QuarantineEntry

            for i, (stage, reason) in enumerate([("verify", "residual_text")] * 2 + [("pixels", "ocr_unreadable")]):
                s.add(QuarantineEntry(source_ref=f"q{i}", stage=stage, reason=reason))
        with session_scope(env.engine) as s:  # a pending change for the policy page (diff)
            propose_policy(s, _policy_yaml(2, 14), author="user:po-1", roles=officer, now=env.clock.advance(1))
        roster = {}
        for line in (fill.synth_dir / "patients.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            roster[p["patient_id"]] = p
            vault.record_linkage(fill.study, p["patient_id"], KnownIdentifiers.model_validate(p["known"]))
        first = _build(env, STEWARD)
        assert first.state == "checked", first.checks
        with serve(env.app) as base:
            yield World(env, base, fill.study, roster, fill.registry_of, first.release_id, fill.images + fill.records)


@pytest.fixture(scope="module")
def browser(world: World) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module", autouse=True)
def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


class Person:
    """One browser context (cookies) for one console user; records every URL the browser requested."""

    def __init__(self, world: World, browser: Any, username: str) -> None:
        self.world, self.username = world, username
        self.context = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.urls: list[str] = []
        self.page.on("request", lambda req: self.urls.append(req.url))

    def go(self, path: str) -> Any:
        return self.page.goto(self.world.base + path)

    def login(self, shot: str | None = None) -> None:
        from tests.support.console import PASSWORD

        self.go("/console/login")
        self.page.get_by_label("ログイン名").fill(self.username)
        self.page.get_by_label("パスワード").fill(PASSWORD)
        if shot:
            self.shot(shot)
        self.page.get_by_role("button", name="ログイン").click()
        if self.page.url.endswith("/console/login/totp"):
            if shot:
                self.shot("totp")
            self.page.get_by_label("ワンタイムコード（6桁）").fill(self.world.env.totp(self.username))
            self.page.get_by_role("button", name="確認").click()
        assert self.page.url == self.world.base + "/console/", self.page.url

    def shot(self, name: str, *, full: bool = True) -> Path:
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full)
        assert path.stat().st_size > 5000
        return path

    def check_accessible(self) -> None:
        """Every visible form control has a label; the page states its language; one h1."""
        unlabelled = self.page.evaluate(
            """() => [...document.querySelectorAll('input, select, textarea')]
                 .filter(e => e.type !== 'hidden' && (!e.labels || e.labels.length === 0))
                 .map(e => e.name)"""
        )
        assert unlabelled == []
        assert self.page.get_attribute("html", "lang") in ("ja", "en")
        assert self.page.locator("h1").count() == 1

    def close(self) -> None:
        self.context.close()


def test_optout_at_the_counter_keeps_the_patient_out_of_the_next_release(
    world: World, browser: Any, caplog: pytest.LogCaptureFixture
):
    import logging

    from gateway.release import service
    from gateway.services.consent import active_set

    caplog.set_level(logging.DEBUG)

    env = world.env
    in_first = _members(env, world.first_release)
    pid = next(p for p, rid in sorted(world.registry_of.items()) if rid in in_first)
    rid = world.registry_of[pid]
    person = world.roster[pid]
    staff = Person(world, browser, "staff-1")
    try:
        staff.login()
        staff.page.get_by_role("link", name="オプトアウト受付").click()
        staff.check_accessible()
        staff.shot("optout-lookup")
        staff.page.get_by_label("患者ID").fill(pid)
        staff.page.get_by_role("button", name="照会").click()
        # staff confirm the patient by name and birth date from the vault
        names = staff.page.locator('[data-confirm="name"]').all_inner_texts()
        assert person["name"]["kanji"] in names
        assert staff.page.locator('[data-confirm="birth_date"]').inner_text() == person["birth_date"]
        staff.check_accessible()
        staff.shot("optout-confirm")
        staff.page.get_by_label("包括不同意（すべての研究）").check()
        staff.page.get_by_label("本人（または代理人）の身元を確認した").check()
        staff.page.get_by_role("button", name="登録する").click()
        assert "/console/optout/receipt/oo-" in staff.page.url
        record_id = staff.page.locator("[data-record-id]").get_attribute("data-record-id")
        assert record_id and staff.page.url.endswith(record_id)
        receipt = staff.page.content()
        for value in (pid, person["name"]["kanji"], person["name"]["kanji"].replace(" ", ""), person["birth_date"]):
            assert value not in receipt
        staff.shot("optout-receipt")
        staff.page.emulate_media(media="print")
        assert not staff.page.locator("header.topbar").is_visible()
        staff.shot("optout-receipt-print")
        assert not any(pid in url for url in staff.urls)
    finally:
        staff.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)  # the console and uvicorn run in this process
    for value in (pid, person["name"]["kanji"], person["birth_date"]):
        assert value not in logged and value not in env.audit_text()

    with session_scope(env.engine) as s:
        assert rid in active_set(s, world.study, env.clock.advance(1))
    # the next release leaves the patient out, and its opt-out check passes
    nxt = _build(env, STEWARD)
    assert nxt.state == "checked", nxt.checks
    assert rid in in_first and rid not in _members(env, nxt.release_id)
    assert _members(env, nxt.release_id), "the next release still has other subjects"
    assert any(c.name == "optout_current" and c.passed for c in nxt.checks)
    # the release built before the opt-out can no longer be approved
    officer = Person(world, browser, "po-2")
    try:
        officer.login()
        officer.go(f"/console/releases/{world.first_release}")
        officer.page.get_by_role("button", name="承認する").click()
        alert = officer.page.locator(".error-summary")
        assert alert.get_attribute("data-error-code") == "optout_changed"
        officer.shot("release-stale-refused")
    finally:
        officer.close()
    with session_scope(env.engine) as s:
        assert service.get_release(s, world.first_release).approvers == ()


def test_an_officer_cannot_approve_their_own_release(world: World, browser: Any):
    from gateway.release import service

    env = world.env
    own = _build(env, Principal("user:po-1", Role.PRIVACY_OFFICER, mfa=True))
    assert own.state == "checked", own.checks
    author = Person(world, browser, "po-1")
    try:
        author.login()
        author.go(f"/console/releases/{own.release_id}")
        assert author.page.get_by_text("この提供はあなたが作成しました").is_visible()
        author.page.get_by_role("button", name="承認する").click()
        assert author.page.locator(".error-summary").get_attribute("data-error-code") == "refused"
        author.shot("release-own-refused")
    finally:
        author.close()
    with session_scope(env.engine) as s:
        assert service.get_release(s, own.release_id).approvers == ()
    second = Person(world, browser, "po-3")
    try:
        second.login()
        second.go(f"/console/releases/{own.release_id}")
        second.page.get_by_role("button", name="承認する").click()
        assert second.page.locator(".error-summary").count() == 0
        assert "user:po-3" in second.page.locator("dl.facts").inner_text()
        second.shot("release-approved-once")
    finally:
        second.close()
    with session_scope(env.engine) as s:
        got = service.get_release(s, own.release_id)
    assert got.approvers == ("user:po-3",) and got.state == "checked"  # two distinct officers are required


def test_withdrawal_notice_after_a_release_is_listed_until_attested(world: World, browser: Any):
    """A patient who opts out after a release was published: the recipient gets a withdrawal notice, which the
    officer watches on the notices page until the recipient attests deletion."""
    from datetime import timedelta

    from gateway.release import service
    from gateway.services.consent import record_optout
    from policies.consent import Channel, OptOutKind

    env = world.env
    rel = _build(env, STEWARD)
    with session_scope(env.engine) as s:
        for officer in ("user:po-2", "user:po-3"):
            p = Principal(officer, Role.PRIVACY_OFFICER, mfa=True)
            service.approve(s, env.settings, rel.release_id, actor=p, now=env.clock.advance(1))
    with session_scope(env.engine) as s:
        published = service.publish(s, env.settings, rel.release_id, actor=STEWARD, now=env.clock.advance(1))
    assert published.state == "released"
    rid = sorted(_members(env, rel.release_id))[0]
    with session_scope(env.engine) as s:
        record_optout(
            s, registry_id=rid, kind=OptOutKind.BLANKET, study=None, channel=Channel.MAIL,
            received_at=env.clock.advance(1), recorded_by="user:staff-1", roles=(Role.STAFF,), now=env.clock(),
        )  # fmt: skip
    with session_scope(env.engine) as s:
        notices = service.process_withdrawals(s, env.settings, now=env.clock.advance(1))
    notice = next(n for n in notices if rel.release_id in n.release_ids)
    assert notice.recipient == "contractor-a" and len(notice.pseudonyms) == 1
    officer = Person(world, browser, "po-2")
    try:
        officer.login()
        officer.go("/console/notices")
        row = officer.page.locator("tr", has_text=notice.notice_id)
        assert "発行済み" in row.inner_text() and "contractor-a" in row.inner_text()
        assert notice.pseudonyms[0] not in officer.page.content()  # counts, not the recipient's pseudonyms
        officer.check_accessible()
        officer.shot("notices-issued")
        with session_scope(env.engine) as s:
            contractor = Principal("client:acme", Role.CONTRACTOR, recipient="contractor-a")
            service.attest_deletion(
                s, env.settings, notice.notice_id, actor=contractor, now=env.clock() + timedelta(hours=1)
            )
        officer.go("/console/notices")
        row = officer.page.locator("tr", has_text=notice.notice_id)
        assert "証明済み" in row.inner_text() and "client:acme" in row.inner_text()
        officer.shot("notices")
    finally:
        officer.close()


def test_screenshots_of_the_main_pages(world: World, browser: Any):
    officer = Person(world, browser, "po-2")
    try:
        officer.login(shot="login")
        officer.check_accessible()
        from gateway.services.consent import active_set

        with session_scope(world.env.engine) as s:
            opted_out = len(active_set(s, world.study, world.env.clock()))
        counts = {
            k: officer.page.locator(f'[data-count="{k}"]').inner_text()
            for k in ("ingested", "quarantined", "opted_out")
        }
        assert counts == {"ingested": str(world.stored), "quarantined": "3", "opted_out": str(opted_out)}
        quarantine = officer.page.locator("section", has_text="隔離（段階・理由別）").inner_text()
        assert "residual_text\t2" in quarantine and "ocr_unreadable\t1" in quarantine
        officer.shot("dashboard-ja")
        officer.page.get_by_role("button", name="English").click()
        assert officer.page.get_attribute("html", "lang") == "en"
        assert officer.page.get_by_role("heading", name="Dashboard", level=1).is_visible()
        officer.shot("dashboard-en")
        officer.page.get_by_role("button", name="日本語").click()
        assert officer.page.get_attribute("html", "lang") == "ja"
        for path, name in (
            ("/console/policies", "policies"),
            ("/console/policies/2", "policy-diff"),
            ("/console/releases", "releases"),
            (f"/console/releases/{world.first_release}", "release-detail"),
            ("/console/notices", "notices-list"),
            ("/console/audit", "audit"),
        ):
            response = officer.go(path)
            assert response is not None and response.status == 200, path
            officer.check_accessible()
            officer.shot(name, full=name != "audit")
        assert officer.page.locator("[data-audit-ok]").get_attribute("data-audit-ok") == "true"
    finally:
        officer.close()
    expected = {
        "login", "totp", "dashboard-ja", "dashboard-en", "policies", "policy-diff", "releases", "release-detail",
        "notices-list", "audit",
    }  # fmt: skip
    assert expected <= {p.stem for p in SHOTS.glob("*.png")}
