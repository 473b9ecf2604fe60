"""The ``sekisho`` command line. Each command group lives in its own module under ``gateway.cli`` and keeps
heavy imports (presidio, torch, OCR) inside its functions so that ``sekisho --help`` stays fast."""

from __future__ import annotations

import importlib

import typer

from gateway import __version__

app = typer.Typer(
    name="sekisho",
    help="Sekisho (関所): de-identification and data-governance gateway for hospital imaging research.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# (module under gateway.cli, command group name). Every module defines ``app: typer.Typer``.
# Groups with a single command register that command under the group's name.
COMMAND_MODULES: list[tuple[str, str]] = [
    ("db", "db"),
    ("audit_cmd", "audit"),
    ("vault", "vault"),
    ("policy", "policy"),
    ("optout", "optout"),
    ("synth", "synth"),
    ("scrub", "scrub"),
    ("demo", "demo"),
    ("labels", "labels"),
    ("train", "train"),
    ("ingest", "ingest"),
    ("release", "release"),
    ("serve", "serve"),
    ("client", "client"),
    ("user", "user"),
    ("worker", "worker"),
]


def _register() -> None:
    for module_name, name in COMMAND_MODULES:
        module = importlib.import_module(f"gateway.cli.{module_name}")
        sub: typer.Typer = module.app
        if getattr(module, "SINGLE_COMMAND", False):
            for cmd in sub.registered_commands:
                assert cmd.callback is not None
                app.command(name=name, help=cmd.help)(cmd.callback)
        else:
            app.add_typer(sub, name=name)


@app.callback(invoke_without_command=True)
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit()


_register()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
