"""``sekisho scrub text``: the JSON lines contract of docs/DESIGN.md with the vault's keys."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from gateway.cli.scrub_text import register


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """scrub"""

    register(app)
    return app


def _run(lines: list[dict[str, object]], *args: str) -> tuple[int, list[dict[str, object]], str]:
    stdin = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    res = CliRunner().invoke(_app(), ["text", *args], input=stdin)
    out = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    return res.exit_code, out, res.stderr if hasattr(res, "stderr") else ""


@pytest.fixture
def home(sekisho_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "memory")
    return sekisho_home


def test_jsonl_contract(home: Path) -> None:
    text = "山田太郎様 ０３－３３５３－１２１１ 2023-04-01 右肺S3に結節"
    lines = [
        {"id": "a", "text": text, "known": {"ids": ["PID-1"]}},
        {"id": 2, "text": ""},
        {"id": "c", "text": "特記事項なし"},
    ]
    code, out, _ = _run(lines, "--study", "TEST-STUDY")
    assert code == 0
    assert [o["id"] for o in out] == ["a", 2, "c"]
    first = out[0]
    assert set(first) == {"id", "text", "findings"}
    spans = [(f["start"], f["end"], f["entity_type"]) for f in first["findings"]]
    assert (0, 4, "PERSON") in spans
    assert text[spans[1][0] : spans[1][1]] == "０３－３３５３－１２１１"
    for f in first["findings"]:
        assert set(f) == {"start", "end", "entity_type", "score"}
    assert "山田" not in first["text"] and first["text"].endswith("右肺S3に結節")
    # the date moved by the vault's shift for the first known ID
    from gateway.services.vault import open_vault

    shift = open_vault().keyed("TEST-STUDY").date_shift_days("PID-1")
    assert (date(2023, 4, 1) + timedelta(days=shift)).isoformat() in first["text"]
    assert out[1]["text"] == "" and out[1]["findings"] == []
    assert out[2]["findings"] == []


def test_no_keys_mode_and_bad_line(home: Path) -> None:
    code, out, _ = _run([{"id": "x", "text": "2023-04-01"}], "--no-keys")
    assert code == 0 and out[0]["text"] == "［日付］"
    res = CliRunner().invoke(_app(), ["text", "--no-keys"], input='{"id": "ok", "text": "a"}\nnot json 山田\n')
    assert res.exit_code == 2
    assert "line 2" in res.output and "山田" not in res.output
