"""Exported audit logs: JSON lines, one entry per line in ``seq`` order, with the stored hashes, so that an
auditor can verify an archived copy (``audit.verify.verify_entries``) without access to the database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from audit.events import AuditEvent, json_int
from audit.store import StoredEntry

FIELDS = ("seq", "ts", "action", "actor", "object_type", "object_id")


def entry_to_dict(entry: StoredEntry) -> dict[str, Any]:
    return {
        **entry.event.to_dict(),
        "leaf_hash": entry.leaf_hash,
        "prev_hash": entry.prev_hash,
        "chain_hash": entry.chain_hash,
    }


def entry_to_line(entry: StoredEntry) -> str:
    return json.dumps(entry_to_dict(entry), sort_keys=True, ensure_ascii=True) + "\n"


def entries_from_lines(lines: Iterable[str]) -> Iterator[StoredEntry]:
    """Parse an export; a malformed line raises ``ValueError`` naming its line number (never its content)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, parse_int=json_int)
            if not isinstance(row["details"], dict):
                raise TypeError
            event = AuditEvent(details=row["details"], **{k: row[k] for k in FIELDS})
            if not isinstance(event.seq, int) or not all(isinstance(row[k], str) for k in FIELDS[1:]):
                raise TypeError
            yield StoredEntry(event, str(row["leaf_hash"]), str(row["prev_hash"]), str(row["chain_hash"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"line {number} of the export is not an audit entry") from exc
