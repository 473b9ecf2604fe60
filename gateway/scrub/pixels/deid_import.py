"""Convert deid's filter recipes (``deid/data/deid.dicom*``, MIT licence) into Sekisho's JSON filter data.

Parsing is deid's own (``deid.config.utils.load_deid``), so nothing is hand-copied; CTP coordinates come out as
``x0,y0,x1,y1`` as deid converts them. Run ``python -m gateway.scrub.pixels.deid_import [OUT_DIR]`` to regenerate
``policies/data/deid-filters/``; a test checks the committed files equal a fresh conversion. deid is imported only
here (it monkey-patches pydicom's Dataset on import), never by the scrubber at run time.
"""

from __future__ import annotations

import json
import os
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

RECIPES = ("deid.dicom", "deid.dicom.ultrasound", "deid.dicom.xray.chest")
DEFAULT_OUT = Path(__file__).resolve().parents[3] / "policies" / "data" / "deid-filters"


def _coordinate(raw: str) -> str | list[int]:
    raw = raw.strip()
    if raw == "all" or raw.startswith("from:"):
        return raw
    values = [int(v) for v in raw.split(",") if v.strip()]
    if len(values) != 4:
        raise ValueError("a coordinate needs 4 values")
    return values


def convert(recipe: str) -> dict[str, Any]:
    os.environ.setdefault("MESSAGELEVEL", "QUIET")  # deid's logger prints every parsed line otherwise
    from deid.config.utils import load_deid

    path = resources.files("deid") / "data" / recipe
    config = load_deid(str(path))
    lists: dict[str, list[dict[str, Any]]] = {}
    for list_name, labels in config.get("filter", {}).items():
        out = []
        for label in labels:
            lines = []
            for group in label["filters"]:
                terms = []
                for i, action in enumerate(group["action"]):
                    value = (
                        group["value"][i]
                        if i < len(group["value"])
                        and action
                        not in {
                            "missing",
                            "empty",
                            "present",
                        }
                        else None
                    )
                    terms.append({"action": action, "field": group["field"][i], "value": value})
                lines.append({"operator": group["operator"], "terms": terms, "inner": list(group["InnerOperators"])})
            coords = [{"keep": bool(keep), "region": _coordinate(str(c))} for keep, c in label["coordinates"]]
            name = str(label.get("name", ""))
            name = name[len("LABEL ") :] if name.upper().startswith("LABEL ") else name  # deid keeps "LABEL"
            out.append({"name": name, "lines": lines, "coordinates": coords})
        lists[list_name] = out
    return {
        "source": f"deid {metadata.version('deid')}: deid/data/{recipe} (MIT licence, Vanessa Sochat et al.)",
        "recipe": recipe,
        "lists": lists,
    }


def write_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for recipe in RECIPES:
        target = out_dir / f"{recipe}.json"
        target.write_text(json.dumps(convert(recipe), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for p in write_all(Path(args[0]) if args else DEFAULT_OUT):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
