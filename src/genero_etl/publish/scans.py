"""The passes publish makes over every staged row, made once and kept per staged file.

Before writing, publish learns three things from every observation: what the data cover
(periods, places, themes: ``build.coverage_of``), which partitions each staged file feeds
(``reuse.keys``) and, for the gates, which values are withheld below the minimum confidence
and which stored decisions apply (``gates.prepare``). Each was a pass of its own over a few
staged columns of every row; each is a function of one staged file's rows (given the code
and schemas, the minimum confidence and the stored decisions). So the three are now one pass
(``scan``), and its result is kept per staged file in ``.genero-etl/cache/scans.json``, named
as the duplicate check names a file (the part, whose name is its content's sha256, the
offset, the count, and its source sha256: the same place holds the same rows); publishing
again reads only the files not kept there. The whole store names what decides each entry
(``environment`` of the code and schemas, the minimum confidence, the stored decisions'
sha256): any change there and every file is read again. ``GENERO_ETL_SCAN_CACHE=0``: every
file read (the same results).

What is kept of a file: its first ``period_start`` and last ``period_end``, its countries,
ISO 3166-2 subdivisions and themes, the partitions (country, year) its rows fall in, its
withheld values (as the gates list them) and the observation ids of its rows that a decision
names. The observation ids flagged as duplicates depend on other files: their partitions
are found from the files that can hold them (``tables.Seen``), read for three columns.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.publish.build import Coverage
    from genero_etl.publish.tables import TableStream
    from genero_etl.review.decisions import Decision
    from genero_etl.workspace import Workspace

CACHE_ENV = "GENERO_ETL_SCAN_CACHE"
_FORMAT = 1
_COVERED = ["period_start", "period_end", "country", "admin1", "theme"]
_LISTED = {"c": "country", "a": "admin1", "t": "theme"}
_HELD = ["observation_id", "source_file", "source_locator", "indicator_id", "value",
         "value_raw", "confidence"]  # fmt: skip
_SCANNED = [*_HELD, "review_status", "breakdown_value"]
_READ_ROWS = 1 << 20  # rows gathered before the grouping operations run


def enabled() -> bool:
    return os.environ.get(CACHE_ENV, "").strip() not in ("0", "no", "false", "off")


def store_path(ws_root: Path) -> Path:
    return ws_root / ".genero-etl" / "cache" / "scans.json"


@dataclass(slots=True)
class Scans:
    """Per staged file (in the stream's order): what the one pass found."""

    entries: list[dict[str, Any]]
    reused: int = 0  # files whose entry came from the store
    read: int = 0  # files whose rows were read
    flagged: dict[str, set[str]] = field(default_factory=dict)  # partition -> flagged ids

    def coverage(self) -> Coverage:
        """``build.coverage_of`` of all the files' rows."""
        from genero_etl.publish.build import Coverage

        starts = [e["s"] for e in self.entries if e["s"]]
        ends = [e["e"] for e in self.entries if e["e"]]
        seen: dict[str, set[str]] = {k: set() for k in _LISTED}
        for e in self.entries:
            for k, values in seen.items():
                values.update(e[k])
        if not any(e["n"] for e in self.entries):
            return Coverage()
        return Coverage(
            start=min(starts, default=""),
            end=max(ends, default=""),
            countries=tuple(sorted(seen["c"])),
            admin1=tuple(sorted(seen["a"])),
            themes=tuple(sorted(seen["t"] - {"sin_clasificar"})),
        )

    def partitions(self) -> dict[str, tuple[set[int], set[str]]]:
        """``reuse._membership``: each partition's files (indexes) and flagged ids."""
        from genero_etl.publish.build import partition_rel

        found: dict[str, tuple[set[int], set[str]]] = {}
        for index, e in enumerate(self.entries):
            for country, year in e["p"]:
                found.setdefault(partition_rel(country, year), (set(), set()))[0].add(index)
        for rel, ids in self.flagged.items():
            found.setdefault(rel, (set(), set()))[1].update(ids)
        return found

    def withheld(self) -> list[dict[str, Any]]:
        return [row for e in self.entries for row in e["w"]]

    def decided(self) -> list[str]:
        return [oid for e in self.entries for oid in e["d"]]


def _key(environment: str, min_confidence: float, decisions: bytes) -> str:
    text = f"{_FORMAT}\0{environment}\0{float(min_confidence)!r}\0"
    return hashlib.sha256(text.encode() + hashlib.sha256(decisions).digest()).hexdigest()


def _load(path: Path, key: str) -> dict[str, dict[str, Any]]:
    if not enabled():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("key") != key:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    good = {"s", "e", "n", "c", "a", "t", "p", "w", "d"}
    return {k: v for k, v in files.items() if isinstance(v, dict) and set(v) == good}


def _save(path: Path, key: str, files: dict[str, dict[str, Any]]) -> None:
    from genero_etl.stage import atomic_write_bytes

    if not enabled():
        path.unlink(missing_ok=True)
        return
    data = {"format": _FORMAT, "key": key, "files": files}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)


def scan(
    ws: Workspace,
    stream: TableStream,
    min_confidence: float,
    decisions: dict[str, Decision],
    decisions_bytes: bytes,
) -> Scans | None:
    """The one pass over ``stream``'s staged files (only those not kept), or None when the
    stream's files are not known (then each pass runs as before)."""
    from genero_etl.publish.gatecache import environment
    from genero_etl.stage import StagedRows

    files = stream.files
    if files is None or not isinstance(stream.parts, StagedRows):
        return None
    path = store_path(ws.root)
    key = _key(environment(ws.root), min_confidence, decisions_bytes)
    stored = _load(path, key)
    fresh = [i for i, f in enumerate(files) if f.name not in stored]
    found = _read(stream, fresh, min_confidence, decisions)
    entries = [stored[f.name] if f.name in stored else found[i] for i, f in enumerate(files)]
    result = Scans(entries, reused=len(files) - len(fresh), read=len(fresh))
    _save(path, key, {f.name: e for f, e in zip(files, entries, strict=True)})
    if stream.flagged is not None and len(stream.flagged):
        result.flagged = _flagged(stream)
    return result


def _empty() -> dict[str, Any]:
    """An entry being filled: sets where the stored entry has sorted lists."""
    return {"s": "", "e": "", "n": 0, "c": set(), "a": set(), "t": set(), "p": set(), "w": [],
            "d": []}  # fmt: skip


def _stored(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry as stored (and read back): sets as sorted lists."""
    return {
        **entry,
        **{k: sorted(entry[k]) for k in _LISTED},
        "p": [list(p) for p in sorted(entry["p"])],
    }


def _read(
    stream: TableStream, chosen: list[int], min_confidence: float, decisions: dict[str, Decision]
) -> dict[int, dict[str, Any]]:
    """The entries of the files ``chosen`` (indexes in ``stream.files``), from one read."""
    import numpy as np
    import pyarrow as pa

    from genero_etl.model.arrow import conform
    from genero_etl.publish.tables import _select, coalesced, part_tables
    from genero_etl.stage import StagedRows

    files = stream.files or []
    found = {i: _empty() for i in chosen}
    if not chosen:
        return found
    names = list(dict.fromkeys([*_SCANNED, *_COVERED]))
    fields = {"fields": [f for f in stream.schema["fields"] if f["name"] in names]}
    wanted = [f["name"] for f in fields["fields"]]
    ends = np.cumsum([files[i].located.rows for i in chosen], dtype=np.int64)
    owners = np.array(chosen, dtype=np.int64)
    parts = StagedRows([files[i].located for i in chosen])
    keys = pa.array(sorted(decisions), pa.string())
    offset = 0
    selected = (_select(p, wanted, fields) for p in part_tables(parts, wanted))
    for table in coalesced(selected):
        table = conform(table, fields, dictionaries=True)
        rows = table.num_rows
        owner = owners[np.searchsorted(ends, np.arange(offset, offset + rows), side="right")]
        offset += rows
        table = table.append_column("_o", pa.array(owner))
        _entries(table, found, decisions, keys, min_confidence)
    return {i: _stored(e) for i, e in found.items()}


def _entries(
    table: pa.Table,
    found: dict[int, dict[str, Any]],
    decisions: dict[str, Decision],
    keys: pa.Array,
    min_confidence: float,
) -> None:
    """Add one table's rows (column ``_o``: each row's file) to the files' entries."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.model.arrow import table_rows
    from genero_etl.publish.build import partition_labels
    from genero_etl.publish.gates import _low

    owner = table.column("_o")
    for o, n in zip(*_grouped(pa.table({"o": owner}), "o", "count"), strict=True):
        found[o]["n"] += n
    if "period_start" in table.column_names:
        for o, low in zip(
            *_grouped(_pair(owner, table.column("period_start")), "v", "min"), strict=True
        ):
            if low is not None:
                text = low.isoformat()
                e = found[o]
                e["s"] = min(e["s"], text) if e["s"] else text
    if "period_end" in table.column_names:
        for o, high in zip(
            *_grouped(_pair(owner, table.column("period_end")), "v", "max"), strict=True
        ):
            if high is not None:
                text = high.isoformat()
                e = found[o]
                e["e"] = max(e["e"], text)
    for k, name in _LISTED.items():
        if name not in table.column_names:
            continue
        pairs = _pair(owner, _plain(table.column(name))).group_by(["o", "v"]).aggregate([])
        for o, v in zip(pairs.column("o").to_pylist(), pairs.column("v").to_pylist(), strict=True):
            if v not in (None, ""):
                found[o][k].add(str(v))
    if "country" in table.column_names and "period_start" in table.column_names:
        country, year = partition_labels(
            _plain(table.column("country")), table.column("period_start").combine_chunks()
        )
        labelled = pa.table({"o": owner, "c": country, "y": year})
        for row in labelled.group_by(["o", "c", "y"]).aggregate([]).to_pylist():
            found[row["o"]]["p"].add((str(row["c"]), str(row["y"])))
    decided = None
    if len(keys):
        ids = table.column("observation_id").cast(pa.string())
        decided = pc.is_in(ids, value_set=keys)
        for o, oid in zip(
            owner.filter(decided).to_pylist(), ids.filter(decided).to_pylist(), strict=True
        ):
            found[o]["d"].append(str(oid))
    low = _low(table, decided, min_confidence)
    held = table.filter(low)
    if held.num_rows:
        for o, row in zip(
            held.column("_o").to_pylist(),
            table_rows(_decoded(held.select([n for n in _HELD if n in held.column_names]))),
            strict=True,
        ):
            found[o]["w"].append(row)


def _plain(column: Any) -> Any:
    """A column as one array of its values (a dictionary decoded)."""
    import pyarrow as pa

    array = column.combine_chunks()
    return array.cast(array.type.value_type) if pa.types.is_dictionary(array.type) else array


def _pair(owner: Any, values: Any) -> pa.Table:
    import pyarrow as pa

    return pa.table({"o": owner, "v": values})


def _grouped(table: pa.Table, column: str, how: str) -> tuple[list[int], list[Any]]:
    grouped = table.group_by("o").aggregate([(column, how)])
    return grouped.column("o").to_pylist(), grouped.column(f"{column}_{how}").to_pylist()


def _flagged(stream: TableStream) -> dict[str, set[str]]:
    """Each partition's flagged observation ids, read from the files that can hold them (a
    file whose compared rows carry a source sha256 under which ids were flagged)."""
    import pyarrow.compute as pc

    from genero_etl.model.arrow import conform
    from genero_etl.publish.build import partition_labels, partition_rel
    from genero_etl.publish.tables import _select, coalesced, part_tables
    from genero_etl.stage import StagedRows

    files, seen, flagged = stream.files or [], stream.seen, stream.flagged
    assert flagged is not None
    if seen is None:
        holding = [f.located for f in files]
    else:
        shas = set(seen.flagged)
        holding = [f.located for f in files if seen.sources.get(f.name, frozenset()) & shas]
    names = ["country", "period_start", "observation_id"]
    fields = {"fields": [f for f in stream.schema["fields"] if f["name"] in names]}
    wanted = [f["name"] for f in fields["fields"]]
    found: dict[str, set[str]] = {}
    parts = StagedRows(holding)
    typed = (
        _decoded(conform(t, fields, dictionaries=True))
        for t in coalesced(_select(p, wanted, fields) for p in part_tables(parts, wanted))
    )
    for table in gathered(typed):  # ``is_in`` hashes its value set on every call
        ids = table.column("observation_id").combine_chunks()
        hit = pc.is_in(ids, value_set=flagged)
        if not pc.any(hit).as_py():
            continue
        country, year = partition_labels(
            table.column("country").combine_chunks(), table.column("period_start").combine_chunks()
        )
        for oid, c, y in zip(
            ids.filter(hit).to_pylist(),
            country.filter(hit).to_pylist(),
            year.filter(hit).to_pylist(),
            strict=True,
        ):
            found.setdefault(partition_rel(str(c), str(y)), set()).add(str(oid))
    return found


def _decoded(table: pa.Table) -> pa.Table:
    """Dictionary columns as their values (files' dictionaries differ in index width)."""
    import pyarrow as pa

    columns = [
        c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in table.columns
    ]
    return pa.Table.from_arrays(columns, names=table.column_names)


def gathered(tables: Any, rows: int = _READ_ROWS) -> Any:
    """Tables joined into about ``rows`` rows each."""
    import pyarrow as pa

    pending: list[pa.Table] = []
    count = 0
    for table in tables:
        pending.append(table)
        count += table.num_rows
        if count >= rows:
            yield pa.concat_tables(pending)
            pending, count = [], 0
    if pending:
        yield pa.concat_tables(pending)
