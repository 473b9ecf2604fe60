"""Build ``policies/data/text/names_ipadic.json`` from the person-name entries of mecab-ipadic.

mecab-ipadic (NAIST-2003 licence, see ``policies/data/text/NOTICE-ipadic.txt``) lists about 12,000 family names and
18,000 given names with their katakana readings, far more than Sudachi's core dictionary tags as 人名 (it reads
帯刀 and 纐纈 as common nouns). Janome ships mecab-ipadic as Python modules, so this developer-time script reads them
from a Janome wheel and writes surface forms and readings only; Janome is not a runtime dependency.

    python -m venv /tmp/jv && /tmp/jv/bin/pip install janome==0.5.1
    /tmp/jv/bin/python scripts/build_name_lexicon.py > policies/data/text/names_ipadic.json
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

_MARGIN = 3000


def _load(path: Path) -> dict[int, Any]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    data: dict[int, Any] = mod.DATA
    return data


def main() -> int:
    import janome  # type: ignore[import-not-found,unused-ignore]

    sysdic = Path(janome.__file__).parent / "sysdic"
    out: dict[str, set[str]] = {k: set() for k in ("family", "given", "family_readings", "given_readings")}
    name_cost: dict[tuple[str, str], int] = {}
    common_cost: dict[str, int] = {}
    for i in range(10):
        extra = _load(sysdic / f"entries_extra{i}.py")
        compact = _load(sysdic / f"entries_compact{i}.py")
        for k, e in extra.items():
            surface, cost = compact[k][0], compact[k][3]
            pos = e[0].split(",")
            if pos[:3] == ["名詞", "固有名詞", "人名"] and pos[3] in ("姓", "名"):
                kind = "family" if pos[3] == "姓" else "given"
                name_cost[(kind, surface)] = min(cost, name_cost.get((kind, surface), cost))
                if e[4] and e[4] != "*":
                    out[f"{kind}_readings"].add(e[4])
            elif pos[:2] != ["名詞", "固有名詞"]:
                common_cost[surface] = min(cost, common_cost.get(surface, cost))
    # A name that is also a much more frequent ordinary word (上部, 結果, 正常: the word's cost is lower by more
    # than _MARGIN) goes to the *_common lists, which only strong context may use.
    for (kind, surface), cost in name_cost.items():
        common = common_cost.get(surface)
        ambiguous = common is not None and common < cost - _MARGIN
        out.setdefault(f"{kind}_common", set())
        out[f"{kind}_common" if ambiguous else kind].add(surface)
    doc = {
        "version": "ipadic-2.7.0-20070801",
        "source": "mecab-ipadic 2.7.0 person-name entries (名詞,固有名詞,人名,姓/名) via janome 0.5.1; NAIST-2003, "
        "see NOTICE-ipadic.txt",
        **{k: sorted(v) for k, v in out.items()},
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
