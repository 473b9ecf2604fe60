"""``sekisho labels``: teacher labels from Japanese radiology reports (``trainer.labels``, pure Python).

``extract``: stdin JSON lines ``{"id", "text"}``, stdout JSON lines ``{"id", "labels": {code: "positive"|
"negative"|"uncertain"}}`` in the same order (findings not mentioned are absent). ``eval``: per-finding, per-class
precision, recall and F1 against labelled reports. ``hash``: the labeller's data hash for dataset manifests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Teacher labels from Japanese radiology reports: extract, eval, hash.")


@app.command("extract")
def extract() -> None:
    """Read JSON lines {"id", "text"} on stdin; write {"id", "labels": {code: positive|negative|uncertain}} on
    stdout, one line per input line, same order. Exit 2 on a malformed line (its line number only, no text)."""
    from trainer.labels import default_labeler

    lab = default_labeler()
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            rid, text = obj["id"], obj["text"]
            if not isinstance(text, str):
                raise TypeError("text")
        except (ValueError, KeyError, TypeError) as exc:
            typer.echo(f"error: line {n}: expected a JSON object with string 'text' and an 'id'", err=True)
            raise typer.Exit(2) from exc
        out.write(json.dumps({"id": rid, "labels": lab.extract(text)}, ensure_ascii=False) + "\n")
    out.flush()


@app.command("eval")
def evaluate(
    truth: Annotated[
        Path,
        typer.Option(
            "--truth",
            exists=True,
            help="JSON lines {id|record_id, labels, text?}, or a `sekisho synth` output directory.",
        ),
    ],
    records: Annotated[
        Path | None,
        typer.Option("--records", exists=True, dir_okay=False, help="Records JSON lines supplying texts by id."),
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON to this file.")] = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="Print this many mislabelled report ids.")] = 0,
) -> None:
    """Score the labeller: per finding and per class (positive/negative/uncertain) precision, recall, F1."""
    from trainer.labels.evaluate import evaluate as run_eval
    from trainer.labels.evaluate import load_truth

    try:
        items = load_truth(truth, records)
        ev = run_eval(items)
    except (ValueError, KeyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(ev.table())
    for err in ev.errors[:errors]:
        typer.echo(json.dumps(err, ensure_ascii=False))
    if json_out is not None:
        json_out.write_text(json.dumps(ev.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@app.command("hash")
def show_hash() -> None:
    """Print the SHA-256 of the labeller's vocabulary and rules (the dataset manifest's labeler_hash)."""
    from trainer.labels import labeler_hash

    typer.echo(labeler_hash())
