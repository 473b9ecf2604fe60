from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

import yaml

from policies.eligibility import ExclusionReason, Item, exclusion_reason, select
from policies.notice import render_notice
from policies.policy import DEFAULT_POLICY_PATH, default_policy, parse_policy


def test_exclusion_reasons_at_the_edges():
    p = default_policy()
    ok = Item(date(2005, 1, 1), "images", "CT")
    assert exclusion_reason(p, ok) is None
    assert exclusion_reason(p, Item(date(2030, 6, 30), "reports")) is None
    assert exclusion_reason(p, Item(date(2004, 12, 31), "images", "CT")) is ExclusionReason.BEFORE_WINDOW
    assert exclusion_reason(p, Item(date(2030, 7, 1), "lab")) is ExclusionReason.AFTER_WINDOW
    assert exclusion_reason(p, Item(None, "lab")) is ExclusionReason.NO_EXAM_DATE
    assert exclusion_reason(p, Item(date(2020, 1, 1), "images", "MG")) is ExclusionReason.MODALITY_NOT_NAMED
    assert exclusion_reason(p, Item(date(2020, 1, 1), "images", None)) is ExclusionReason.NO_MODALITY
    assert exclusion_reason(p, Item(date(2020, 1, 1), "genome")) is ExclusionReason.DATA_KIND_NOT_NAMED
    assert exclusion_reason(p, Item(date(2020, 1, 1), "images", " ct ")) is None


def test_select_counts_each_reason_and_checks_opt_out_first():
    doc = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    doc["eligibility"]["modalities"] = ["CT", "MR"]
    doc["eligibility"]["data_kinds"] = ["images", "reports"]
    for r in doc["recipients"]:
        r["data_kinds"] = ["images"]
    p = parse_policy(yaml.safe_dump(doc, allow_unicode=True))
    items = [
        ("R1", Item(date(2010, 1, 1), "images", "CT")),
        ("R1", Item(date(2010, 1, 1), "images", "US")),  # not named in this policy
        ("R2", Item(date(2010, 1, 1), "lab")),
        ("R3", Item(date(1999, 1, 1), "images", "CT")),  # opted out *and* out of window: counted as opted out
        ("R4", Item(date(2011, 1, 1), "reports")),
    ]
    sel = select(p, items, lambda t: t[1], registry_id=lambda t: t[0], opted_out={"R3"})
    assert [t[0] for t in sel.kept] == ["R1", "R4"]
    assert sel.excluded == Counter(
        {
            ExclusionReason.MODALITY_NOT_NAMED: 1,
            ExclusionReason.DATA_KIND_NOT_NAMED: 1,
            ExclusionReason.OPTED_OUT: 1,
        }
    )
    assert sel.excluded_total + len(sel.kept) == len(items)


def _text(h: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def test_notice_states_what_the_gateway_enforces():
    p = default_policy()
    page = render_notice(p, version_label="v3")
    text = _text(page)
    assert page.startswith("<!DOCTYPE html>") and 'lang="ja"' in page
    for fact in (
        "2017-0018",
        p.study.title,
        "2017年5月16日 から 2030年6月30日 まで",  # study period
        "2005年1月1日 から 2030年6月30日",  # examination window
        "CT、MR、US、CR、DX、XA、RF、NM、PT",
        "病理診断報告",
        "処方・投薬情報",
        p.optout.contact.phone,
        p.optout.contact.address,
        "郵送",
        "電話",
        "個別不同意",
        "包括不同意",
        "利用停止",
        "再学習は行いません",
        p.lead_institution.name,
        p.content_hash(),
        "v3",
    ):
        assert fact in text, fact
    for r in p.recipients:
        assert r.name in text and r.purpose in text


def test_notice_follows_the_policy_and_escapes_it():
    doc = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    doc["recipients"][1]["name"] = "<script>alert(1)</script>委託先"
    doc["optout"]["channels"] = ["mail"]
    doc["release"]["retrain_on_withdrawal"] = True
    page = render_notice(parse_policy(yaml.safe_dump(doc, allow_unicode=True)))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;委託先" in page
    text = _text(page)
    assert "受付方法: 郵送" in text and "電話" not in text.split("受付方法:")[1].split("\n")[0]
    assert "再学習は行いません" not in text
