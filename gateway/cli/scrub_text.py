"""``sekisho scrub text``: JSON lines in, JSON lines out (the contract of docs/DESIGN.md).

In:  ``{"id", "text", "known"?}`` per line (``known``: ``policies.identifiers.KnownIdentifiers`` as JSON).
     Optional extensions: ``patient_id`` (selects the date shift; default: the first known ID, else ``id``) and
     ``date`` (``YYYY-MM-DD``, the record date that gives partial dates such as 4月1日 their year).
Out: ``{"id", "text", "findings": [{"start", "end", "entity_type", "score"}]}``, offsets into the INPUT text,
     one line per input line, same order.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from gateway.scrub.ports import DeidKeys
    from gateway.scrub.text import TextScrubber


class InputLineError(ValueError):
    """A malformed input line; the message names the line number only, never its content."""


def _keys(study: str | None, policy_study: str) -> DeidKeys | None:
    """The study's keyed functions from the vault; in dev mode the vault is created on first use."""
    from gateway.services.vault import init_vault, open_vault
    from gateway.settings import get_settings
    from linkage_vault.errors import VaultNotFoundError

    label = study or policy_study
    settings = get_settings()
    try:
        vault = open_vault(settings)
    except VaultNotFoundError:
        if settings.mode != "dev":
            raise
        vault, _shares = init_vault(settings)
        typer.echo("note: created a development vault under SEKISHO_HOME", err=True)
    return vault.keyed(label)


def build_scrubber(policy: Path | None, *, keys: DeidKeys | None, use_ner: bool | None = None) -> TextScrubber:
    from gateway.scrub.text import TextScrubber
    from policies.policy import default_policy, load_policy

    pol = load_policy(policy) if policy else default_policy()
    options = pol.text
    if use_ner is not None:
        options = options.model_copy(update={"use_ner": use_ner})
    scrubber = TextScrubber(options, keys, facility_names=[i.name for i in pol.institutions])
    if scrubber.analyzer.ner_message:
        typer.echo(f"warning: {scrubber.analyzer.ner_message}", err=True)
    return scrubber


def scrub_line(scrubber: TextScrubber, line: str, lineno: int) -> dict[str, Any]:
    from policies.identifiers import KnownIdentifiers

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputLineError(f"line {lineno}: not valid JSON") from exc
    if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
        raise InputLineError(f"line {lineno}: expected an object with 'id' and a string 'text'")
    known = None
    if obj.get("known"):
        try:
            known = KnownIdentifiers.model_validate(obj["known"])
        except ValueError as exc:
            raise InputLineError(f"line {lineno}: 'known' is not a valid KnownIdentifiers object") from exc
    patient = obj.get("patient_id") or (known.ids[0] if known and known.ids else None) or str(obj["id"])
    reference = None
    if obj.get("date"):
        try:
            reference = date.fromisoformat(str(obj["date"]))
        except ValueError as exc:
            raise InputLineError(f"line {lineno}: 'date' must be YYYY-MM-DD") from exc
    result = scrubber.scrub(obj["text"], known=known, patient_key=str(patient), reference=reference)
    return {"id": obj["id"], "text": result.text, "findings": [f.to_json() for f in result.findings]}


def register(app: typer.Typer) -> None:
    @app.command("text")
    def text(
        policy: Annotated[
            Path | None,
            typer.Option("--policy", help="Policy YAML (its 'text' options and institutions); default: embedded."),
        ] = None,
        study: Annotated[
            str | None,
            typer.Option("--study", help="Study label for the vault's keys (default: the policy's approval number)."),
        ] = None,
        no_keys: Annotated[
            bool,
            typer.Option("--no-keys", help="Do not open the vault: dates and surrogates become ［日付］-style tags."),
        ] = False,
        ner: Annotated[
            bool | None,
            typer.Option("--ner/--no-ner", help="Add GiNZA NER (optional extra 'ner'); default: the policy's use_ner."),
        ] = None,
    ) -> None:
        """Scrub Japanese clinical texts: JSON lines {"id","text","known"?} on stdin, {"id","text","findings"}
        on stdout, offsets into the input text, same order."""
        from policies.policy import default_policy, load_policy

        pol = load_policy(policy) if policy else default_policy()
        keys = None if no_keys else _keys(study, pol.study.approval_number)
        scrubber = build_scrubber(policy, keys=keys, use_ner=ner)
        out = sys.stdout
        for lineno, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                row = scrub_line(scrubber, line, lineno)
            except InputLineError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2) from None
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
