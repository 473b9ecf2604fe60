"""``sekisho scrub dicom SRC DST --policy P --report R.json [--quarantine Q] [--workers N] [--engine local|ray]``.

The contract of docs/DESIGN.md: recursive; outputs under DST as ``<study>/<series>/<sop>.dcm`` (new UIDs, no PHI
in paths); quarantined inputs never under DST; R.json lists every input with ``ok``/``quarantined`` and a reason;
exit 0 when the run completed (even with quarantined files), 2 on a usage error, 1 on a system error.

``--policy`` accepts the full study policy (its ``dicom:`` section), a YAML whose ``dicom:`` key maps to the DICOM
options only, or a pydicom ``deid`` recipe (``FORMAT dicom`` / ``%header``) imported onto the research profile.
Keys: the study's keyed functions from the linkage vault (``--study``, default: the policy's approval number); in
dev mode the vault is created on first use under ``$SEKISHO_HOME``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from gateway.scrub.ports import DeidKeys
    from policies.dicom_options import DicomDeidOptions

DEFAULT_STUDY = "default"


class TextCleaner:
    """``clean_text(text, known)`` for descriptions, comments and SR TEXT, backed by ``gateway.scrub.text``.
    Picklable (worker processes build their own scrubber on first use); dates in free text become tags."""

    def __init__(self, options: Any = None, facility_names: tuple[str, ...] = ()) -> None:
        self.options = options
        self.facility_names = facility_names
        self._scrubber: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options, "facility_names": self.facility_names, "_scrubber": None}

    def __call__(self, text: str, known: Any) -> str:
        if self._scrubber is None:
            from gateway.scrub.text import TextScrubber

            self._scrubber = TextScrubber(self.options, None, facility_names=self.facility_names)
        return str(self._scrubber.scrub(text, known=known).text)


class UsageError(ValueError):
    """A bad argument or policy; the message carries no file content."""


def load_options(policy: Path | None) -> tuple[DicomDeidOptions, str, Any]:
    """(DICOM options, study label, pixel options or None) from ``--policy``."""
    options, label, pixel, _ = load_policy_parts(policy)
    return options, label, pixel


def load_policy_parts(policy: Path | None) -> tuple[DicomDeidOptions, str, Any, TextCleaner]:
    """Options, study label, pixel options and the text cleaner configured by ``--policy``."""
    options, label, pixel, text_options, facilities = _load(policy)
    return options, label, pixel, TextCleaner(text_options, facilities)


def _load(policy: Path | None) -> tuple[DicomDeidOptions, str, Any, Any, tuple[str, ...]]:
    import yaml

    from policies.dicom_options import DicomDeidOptions, RecipeError, options_from_deid_recipe

    if policy is None:
        return DicomDeidOptions(), DEFAULT_STUDY, None, None, ()
    try:
        text = policy.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the policy file ({type(exc).__name__})") from None
    stripped = text.lstrip()
    if stripped.upper().startswith("FORMAT") or "%header" in text:
        try:
            return options_from_deid_recipe(text), DEFAULT_STUDY, None, None, ()
        except (RecipeError, ValueError) as exc:
            raise UsageError(f"deid recipe rejected: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise UsageError("policy is not valid YAML") from None
    if not isinstance(data, dict):
        raise UsageError("policy must be a YAML mapping")
    pixel = None
    if isinstance(data.get("pixels"), dict):
        from policies.pixel_options import PixelOptions

        try:
            pixel = PixelOptions.model_validate(data["pixels"])
        except ValueError:
            raise UsageError("invalid pixels: section") from None
    if "study" in data:
        from policies.policy import PolicyError, parse_policy

        try:
            pol = parse_policy(text)
        except PolicyError as exc:
            raise UsageError(exc.diagnostics()) from None
        return pol.dicom, pol.study.approval_number, pixel, pol.text, tuple(i.name for i in pol.institutions)
    section = data.get("dicom", {})
    if not isinstance(section, dict):
        raise UsageError("dicom: must be a mapping")
    try:
        return DicomDeidOptions.model_validate(section), DEFAULT_STUDY, pixel, None, ()
    except ValueError as exc:
        n = len(getattr(exc, "errors", lambda: [])())
        raise UsageError(f"invalid dicom: section ({n} problems)") from None


def vault_keys(study: str) -> DeidKeys:
    """The study's keyed functions from the vault; in dev mode the vault is created on first use."""
    from gateway.services.vault import init_vault, open_vault
    from gateway.settings import get_settings
    from linkage_vault.errors import VaultNotFoundError

    settings = get_settings()
    try:
        vault = open_vault(settings)
    except VaultNotFoundError:
        if settings.mode != "dev":
            raise
        vault, _shares = init_vault(settings)
        typer.echo("note: created a development vault under SEKISHO_HOME", err=True)
    return vault.keyed(study)


def register(app: typer.Typer) -> None:
    @app.command("dicom")
    def scrub_dicom(
        src: Annotated[Path, typer.Argument(help="Directory (recursive) or single file of identified DICOM.")],
        dst: Annotated[Path, typer.Argument(help="Output directory: <study>/<series>/<sop>.dcm from new UIDs.")],
        *,
        policy: Annotated[
            Path | None,
            typer.Option("--policy", help="Study policy YAML, a YAML with a dicom: section, or a deid recipe."),
        ] = None,
        report: Annotated[Path | None, typer.Option("--report", help="Write the run report (R.json) here.")] = None,
        quarantine: Annotated[
            Path | None,
            typer.Option("--quarantine", help="Copy failed inputs here (must not be under DST); default: not kept."),
        ] = None,
        workers: Annotated[
            int | None, typer.Option("--workers", min=1, help="Worker processes (default: SEKISHO_WORKERS, 1).")
        ] = None,
        engine: Annotated[
            str | None,
            typer.Option("--engine", help="local (process pool) or ray (default: SEKISHO_ENGINE, local)."),
        ] = None,
        clean_text: Annotated[
            bool,
            typer.Option(
                "--clean-text/--no-clean-text",
                help="Clean descriptions, comments and SR TEXT with the text scrubber (off: such values are emptied).",
            ),
        ] = True,
        study: Annotated[
            str | None,
            typer.Option("--study", help="Study label for the vault's keys (default: the policy's approval number)."),
        ] = None,
    ) -> None:
        """De-identify DICOM files (PS3.15 profile + options, pseudonyms, date shifts, UID remapping) and verify
        every output independently; failures are quarantined, never written under DST."""
        from gateway.scrub.dicom.engine import RunConfig, run_directory

        try:
            options, label, pixel, cleaner = load_policy_parts(policy)
        except UsageError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if not src.exists():
            typer.echo("error: SRC does not exist", err=True)
            raise typer.Exit(2)
        keys = vault_keys(study or label)
        cfg = RunConfig(options=options, keys=keys, pixel_options=pixel, clean_text=cleaner if clean_text else None)
        try:
            from gateway.settings import get_settings

            settings = get_settings()
            n = workers or settings.workers
            chosen = engine or settings.engine
            if chosen not in ("local", "ray"):
                raise ValueError("--engine must be local or ray")
            if chosen == "ray":
                from gateway.scale.run import run_scrub

                results = run_scrub(
                    src,
                    dst,
                    cfg,
                    engine="ray",
                    workers=n,
                    report=report,
                    quarantine=quarantine,
                    ray_address=settings.ray_address,
                )
            else:
                results = run_directory(src, dst, cfg, report=report, quarantine=quarantine, workers=n)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        ok = sum(1 for r in results if r.status == "ok")
        typer.echo(f"{ok} de-identified, {len(results) - ok} quarantined", err=True)
