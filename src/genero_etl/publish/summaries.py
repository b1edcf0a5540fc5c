"""README.md's figures of the observations kept per CSV piece between publishes.

README.md says how many observations a version has, of which periods, places, indicators
and review states (``review.docs.Summary``), read from the whole observations CSV. Every
figure is a sum, a union, a minimum or a maximum, so the figures of the whole are those of
its CSV pieces (``publish.csvsplit``) added up. A publish keeps each piece's figures in
``.genero-etl/cache/summaries.json``, named by the piece's sha256 (its header and records),
with the columns read and the code and schemas (``gatecache.environment``); the next publish
reads only the pieces whose sha256 is not there. A version without pieces, a file that does
not read back, other code or ``GENERO_ETL_PARTITION_REUSE=0``: every row is read, as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from genero_etl.model.arrow import release_memory
from genero_etl.publish import csvsplit, reuse
from genero_etl.review.diff import csv_batches
from genero_etl.review.docs import Summary, summarise

if TYPE_CHECKING:
    from genero_etl.publish.csvtable import JoinedCsv

_FORMAT = 1


def store_path(ws_root: Path) -> Path:
    return ws_root / ".genero-etl" / "cache" / "summaries.json"


def observations_summary(
    ws_root: Path,
    environment: str,
    whole: Path | JoinedCsv,
    files: dict[str, tuple[int, str]],
    columns: list[str],
) -> tuple[Summary, int]:
    """The figures of ``whole`` (the version's observations CSV, whose pieces ``files``
    lists) and how many pieces were read; the pieces' figures are stored for the next
    publish."""
    pieces = sorted(
        ((rel, v) for rel, v in files.items() if rel.startswith(csvsplit.PIECES_DIR + "/")),
        key=lambda item: (len(item[0]), item[0]),
    )
    spans = csvsplit.piece_spans(whole, [v for _, v in pieces]) if pieces else None
    if spans is None or not reuse.enabled():
        return summarise(csv_batches(whole, columns)), len(pieces)
    stored = _load(store_path(ws_root), environment, columns)
    total = Summary()
    kept: dict[str, Summary] = {}
    read = 0
    for (_, (_, sha)), span in zip(pieces, spans, strict=True):
        part = kept.get(sha) or stored.get(sha)
        if part is None:
            part = summarise(csv_batches(whole, columns, ranges=[span]))
            release_memory()  # each reading's freed buffers (else about 2 MB a piece stay)
            read += 1
        kept[sha] = part
        total.merge(part)
    _save(store_path(ws_root), environment, columns, kept)
    return total, read


def _load(path: Path, environment: str, columns: list[str]) -> dict[str, Summary]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if (
            data.get("format") != _FORMAT
            or data.get("environment") != environment
            or data.get("columns") != columns
        ):
            return {}
        return {str(sha): Summary.from_dict(part) for sha, part in data["pieces"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _save(path: Path, environment: str, columns: list[str], pieces: dict[str, Summary]) -> None:
    from genero_etl.stage import atomic_write_bytes

    data = {
        "format": _FORMAT,
        "environment": environment,
        "columns": columns,
        "pieces": {sha: part.to_dict() for sha, part in pieces.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)
