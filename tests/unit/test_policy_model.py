from __future__ import annotations

from datetime import date

import pytest
import yaml

from policies.policy import (
    DATA_KINDS,
    DEFAULT_POLICY_PATH,
    PolicyError,
    canonical_yaml,
    default_policy,
    parse_policy,
    policy_diff,
    policy_hash,
)


def _doc() -> dict:
    return yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))


def _text(doc: dict) -> str:
    return yaml.safe_dump(doc, allow_unicode=True)


def test_default_policy_is_the_hospitals_study():
    p = default_policy()
    assert p.study.approval_number == "2017-0018"
    assert p.study.title == "AIを用いた画像診断支援"
    assert (p.study.period.start, p.study.period.end) == (date(2017, 5, 16), date(2030, 6, 30))
    assert (p.eligibility.exam_window.start, p.eligibility.exam_window.end) == (date(2005, 1, 1), date(2030, 6, 30))
    assert set(p.eligibility.modalities) == {"CT", "MR", "US", "CR", "DX", "XA", "RF", "NM", "PT"}
    assert set(p.eligibility.data_kinds) == set(DATA_KINDS) and len(DATA_KINDS) == 8
    assert p.release.min_k == 5 and p.release.approvals_required == 2
    assert p.linkage.destruction_date == date(2030, 6, 30)
    kinds = sorted(r.kind for r in p.recipients)
    assert kinds == ["contractor", "contractor", "trainer"]
    assert all(r.expires <= p.study.period.end for r in p.recipients)
    assert p.release.retrain_on_withdrawal is False


def test_hash_ignores_formatting_and_key_order_but_not_content():
    doc = _doc()
    h = policy_hash(parse_policy(_text(doc)))
    reordered = dict(reversed(list(doc.items())))
    assert policy_hash(parse_policy(yaml.safe_dump(reordered, allow_unicode=True, default_flow_style=True))) == h
    # canonical YAML round-trips to the same hash
    assert policy_hash(parse_policy(canonical_yaml(parse_policy(_text(doc))))) == h
    doc["release"]["min_k"] = 6
    assert policy_hash(parse_policy(_text(doc))) != h
    assert h.startswith("sha256:") and len(h) == 7 + 64


def test_unknown_fields_are_refused_everywhere():
    for path in ([], ["study"], ["release"], ["dicom"], ["text"], ["pixels"], ["optout", "contact"]):
        doc = _doc()
        target = doc
        for key in path:
            target = target.setdefault(key, {})
        target["surprise"] = True
        with pytest.raises(PolicyError) as ei:
            parse_policy(_text(doc))
        assert "surprise" in ei.value.diagnostics()


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["study"]["period"].update(start=date(2031, 1, 1)),
        lambda d: d["eligibility"]["exam_window"].update(end=date(2000, 1, 1)),
        lambda d: d["release"].update(approvals_required=1),
        lambda d: d["eligibility"].update(modalities=["CT", "CT"]),
        lambda d: d["eligibility"].update(modalities=["XX"]),
        lambda d: d["recipients"][1].update(expires=date(2031, 1, 1)),
        lambda d: d["recipients"][1].update(id="trainer"),
        lambda d: d["recipients"][1].update(data_kinds=["genome"]),
        lambda d: d["linkage"].update(destruction_date=date(2010, 1, 1)),
        lambda d: d.update(institutions=[]),
    ],
)
def test_invalid_policies_are_refused(mutate):
    doc = _doc()
    mutate(doc)
    with pytest.raises(PolicyError):
        parse_policy(_text(doc))


def test_diagnostics_never_echo_document_values():
    doc = _doc()
    doc["study"]["approval_number"] = "山田太郎 0012345678"  # a planted value in a bad field
    with pytest.raises(PolicyError) as ei:
        parse_policy(_text(doc))
    diag = ei.value.diagnostics()
    assert "study.approval_number" in diag
    assert "山田" not in diag and "0012345678" not in diag and "山田" not in str(ei.value)


def test_yaml_is_never_executed():
    evil = "!!python/object/apply:os.system ['echo pwned']\n"
    with pytest.raises(PolicyError, match="not valid YAML"):
        parse_policy(evil)
    with pytest.raises(PolicyError, match="mapping"):
        parse_policy("- a\n- b\n")


def test_diff_shows_the_changed_line_only():
    a = default_policy()
    doc = _doc()
    doc["release"]["min_k"] = 10
    b = parse_policy(_text(doc))
    d = policy_diff(a, b, old_label="v1", new_label="v2")
    assert d.startswith("--- v1\n+++ v2\n")
    changed = [ln for ln in d.splitlines() if ln[:1] in "+-" and not ln.startswith(("---", "+++"))]
    assert changed == ["-  min_k: 5", "+  min_k: 10"]
    assert policy_diff(a, a) == ""
    assert policy_diff(None, a).count("\n+") > 50
