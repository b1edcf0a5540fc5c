"""Publishing again made cheaper without changing a byte: the staged rows picked out of shared
row groups joined run by run (``tables._joined``), the small tables built column by column
(``model.arrow.rows_table``) and the gate's findings stored and said with fewer calls
(``gatecache.dumped``, ``said_in``). Each is compared with the code it replaced, kept here
as it was: the same arrays and dictionaries, and the same published files, byte for byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import build as build_module
from genero_etl.publish import gatecache, pieces, tables, writers
from genero_etl.publish.build import PARTITION_ENV
from genero_etl.publish.csvsplit import PIECE_ENV
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace

from .files import folder_bytes


def _joined_before(parts: list[pa.Table]) -> pa.Table:
    """``tables._joined`` as it was: one join, every chunk's dictionary unified."""
    table = pa.concat_tables(parts)
    for i, column in enumerate(table.schema):
        kind = column.type
        if pa.types.is_dictionary(kind) and kind.index_type.bit_width < 32:
            wide = pa.dictionary(pa.int32(), kind.value_type)
            table = table.set_column(i, pa.field(column.name, wide), table.column(i).cast(wide))
    return table.combine_chunks()


def _rows_table_before(rows: list[dict[str, object]], schema: dict[str, Any]) -> pa.Table:
    """``model.arrow.rows_table`` as it was: row by row, each field's type asked per cell."""
    from genero_etl.model.arrow import arrow_schema

    target = arrow_schema(schema)
    columns: dict[str, list[object]] = {f.name: [] for f in target}
    for row in rows:
        for f in target:
            value = row.get(f.name)
            if value == "" and not pa.types.is_string(f.type):
                value = None
            if value is not None and pa.types.is_date(f.type) and isinstance(value, str):
                value = dt.date.fromisoformat(value) if value else None
            if value == "" and pa.types.is_string(f.type):
                value = None
            columns[f.name].append(value)
    return pa.Table.from_pydict(columns, schema=target)


def _rows_before(report: Any) -> Any:
    """``gatecache.dumped``'s findings as it made them: a dictionary per finding by getattr."""
    from genero_etl.validate.report import Finding

    names = [f.name for f in dataclasses.fields(Finding)]
    return [[{n: getattr(x, n) for n in names} for x in f.findings] for f in report.files]


def _said_in_before(report: Any, scratch: str, shown: str) -> Any:
    """``gatecache.said_in`` as it was: every field of every finding through ``swap``."""

    def swap(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            if scratch in value or gatecache.PLACEHOLDER in value:
                return value.replace(scratch, gatecache.PLACEHOLDER).replace(
                    gatecache.PLACEHOLDER, shown
                )
            return value
        if kind is dict:
            return {swap(k): swap(v) for k, v in sorted(value.items())}
        if kind is list:
            return [swap(v) for v in value]
        return value

    from genero_etl.validate.report import FileReport, Finding

    heads = [f.name for f in dataclasses.fields(FileReport) if f.name != "findings"]
    names = [f.name for f in dataclasses.fields(Finding)]
    for file_report in report.files:
        for name in heads:
            setattr(file_report, name, swap(getattr(file_report, name)))
        for finding in file_report.findings:
            for name in names:
                setattr(finding, name, swap(getattr(finding, name)))
    report.seconds = float(report.seconds)
    return report


def _row_group(words: list[str], rows: int, seed: int) -> pa.Table:
    """A table as a staged row group gives it: 8-bit dictionaries holding more values than
    a slice uses, a plain text column and numbers."""
    picked = [words[(seed * 7 + i * 3) % len(words)] for i in range(rows)]
    place = pa.array(picked).dictionary_encode()
    place = pa.DictionaryArray.from_arrays(place.indices.cast(pa.int8()), place.dictionary)
    kind = pa.array([["count", "rate", None][(i + seed) % 3] for i in range(rows)])
    kind = kind.dictionary_encode()
    kind = pa.DictionaryArray.from_arrays(kind.indices.cast(pa.int8()), kind.dictionary)
    return pa.table(
        {
            "place": place,
            "kind": kind,
            "id": pa.array([f"o{seed}-{i}" for i in range(rows)]),
            "value": pa.array([float(i * seed) for i in range(rows)]),
        }
    )


def _parquet(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def test_slices_of_shared_row_groups_join_as_one_join_of_them_all() -> None:
    first = _row_group([f"lugar {i}" for i in range(40)], 30, 1)
    second = _row_group([f"sitio {i}" for i in range(25)], 20, 2)
    third = _row_group(["lugar 3", "otro", "sitio 4", "más"], 6, 3)  # two the others hold
    parts = [
        first.slice(0, 2),
        first.slice(5, 3),
        first.slice(11, 1),
        second.slice(1, 4),
        second.slice(9, 2),
        third.slice(0, 6),
        first.slice(20, 5),  # the first row group again, after others
        first.slice(26, 2),
        second.slice(15, 5),
    ]
    marks = [tables._dictionary_mark(p) for p in parts]
    assert marks[0] == marks[1] == marks[2] == marks[6] == marks[7]
    assert marks[3] == marks[4] == marks[8] and marks[3] != marks[0]
    assert marks[5] not in (marks[0], marks[3])
    assert tables._dictionary_mark(pa.table({"n": [1, 2]})) is None

    ours, before = tables._joined(parts), _joined_before(parts)
    assert ours.schema.equals(before.schema) and ours.equals(before)
    assert ours.column("place").num_chunks == 1
    for name in ("place", "kind"):
        mine, theirs = ours.column(name).chunk(0), before.column(name).chunk(0)
        assert mine.type == pa.dictionary(pa.int32(), pa.string())
        # the same dictionary, in the same order, unused values too, and the same indices
        assert mine.dictionary.to_pylist() == theirs.dictionary.to_pylist()
        assert mine.indices.to_pylist() == theirs.indices.to_pylist()
    # each value where it first appears, in the order of the row groups' dictionaries
    seen = [first, second, third]
    each = [t.column("place").chunk(0).dictionary.to_pylist() for t in seen]
    unified = list(dict.fromkeys(v for values in each for v in values))
    assert ours.column("place").chunk(0).dictionary.to_pylist() == unified
    assert len(unified) == 30 + 20 + 2  # "otro" and "más" added
    assert ours.column("place").to_pylist()[:3] == ["lugar 7", "lugar 10", "lugar 22"]
    assert _parquet(ours) == _parquet(before)
    # tables of no shared dictionary are joined in one join, as before
    alone = [third, _row_group(["x", "y"], 4, 5)]
    assert tables._joined(alone).equals(_joined_before(alone))


def test_rows_table_reads_rows_as_before() -> None:
    from genero_etl.knowledge import Knowledge
    from genero_etl.model.arrow import rows_table

    schema = Knowledge.shipped().table_schema("sources")
    fields = [f["name"] for f in schema["fields"]]
    kinds = {f["name"]: f.get("type", "string") for f in schema["fields"]}
    rows: list[dict[str, object]] = []
    for i in range(6):
        row: dict[str, object] = {}
        for name in fields:
            kind = kinds[name]
            if kind == "date":
                row[name] = ["2024-03-0" + str(i + 1), "", None][i % 3]
            elif kind in ("integer", "number"):
                row[name] = [i, "", None][i % 3]
            elif kind == "boolean":
                row[name] = [True, "", None][i % 3]
            else:
                row[name] = [f"texto {i}", "", None][i % 3]
        rows.append(row)
    assert any(k == "date" for k in kinds.values())  # the dates are read from ISO text
    ours = rows_table(rows, schema)
    assert ours.equals(_rows_table_before(rows, schema))
    assert ours.num_rows == 6 and ours.column(fields[0]).null_count == 4


def _reports(raw: Path, count: int) -> None:
    """Short reports of three offices and three years (several partitions)."""
    offices = [
        ("Municipio de Luján – Dirección de Géneros y Diversidad", "INFORME DE GESTIÓN"),
        ("Municipio de Morón – Secretaría de Mujeres", "INFORME ANUAL"),
        ("Municipio de Tigre – Dirección de la Mujer", "INFORME DE GESTIÓN"),
    ]
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        office, title = offices[i % 3]
        text = (
            f"{title} {2022 + i % 3}\n{office}\n\n"
            f"- Se atendieron {100 + i} mujeres en situación de violencia.\n"
            f"- Se entregaron {20 + i} botones antipánico.\n"
            f"- Llamadas a la línea de atención: {300 + 7 * i}.\n"
        )
        (raw / f"informe_{i:03d}.txt").write_text(text, encoding="utf-8")


def _before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The replaced code put back."""
    from genero_etl.validate.report import Finding

    monkeypatch.setattr(tables, "_joined", _joined_before)
    monkeypatch.setattr(tables, "rows_table", _rows_table_before)
    monkeypatch.setattr(gatecache, "said_in", _said_in_before)
    real = gatecache.dumped

    def dumped(report: Any) -> Any:
        names = [f.name for f in dataclasses.fields(Finding)]
        # the dictionaries the replaced code made, checked equal to those made now
        rows = _rows_before(report)
        import operator

        get = operator.attrgetter(*names)
        now = [[dict(zip(names, get(x), strict=True)) for x in f.findings] for f in report.files]
        assert rows == now
        return real(report)

    monkeypatch.setattr(gatecache, "dumped", dumped)


def test_publish_again_writes_the_bytes_the_replaced_code_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 4)
    monkeypatch.setenv(PARTITION_ENV, "1")  # partitioned: unchanged partitions' files unread
    monkeypatch.setenv(PIECE_ENV, "0.004")  # CSV pieces, their unchanged bytes joined
    monkeypatch.setenv(pieces.PIECE_ENV, "0.006")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    root = tmp_path / "ws"
    _reports(root / "raw", 45)
    ws = Workspace(root)
    reports = sorted(ws.raw.glob("*.txt"))  # staged in two ingests: two parts, two dictionaries
    for some in (reports[:25], reports[25:]):
        assert all(f.ok for f in ingest_paths(some, ws, IngestOptions()).files)
    other = tmp_path / "before"
    shutil.copytree(root, other)

    joins: list[tuple[int, int]] = []  # (tables, runs of one dictionary) of each join
    real_joined = tables._joined

    def counted(parts: list[pa.Table]) -> pa.Table:
        marks = [tables._dictionary_mark(p) for p in parts]
        runs = sum(1 for i, m in enumerate(marks) if i == 0 or m is None or m != marks[i - 1])
        joins.append((len(parts), runs))
        return real_joined(parts)

    def change(folder: Path) -> None:
        path = folder / "raw" / "informe_004.txt"  # Morón, 2023: one partition of three
        path.write_text(path.read_text("utf-8").replace("104 mujeres", "105 mujeres"), "utf-8")
        done = ingest_paths([folder / "raw"], Workspace(folder), IngestOptions()).files
        assert all(f.ok for f in done)

    with monkeypatch.context() as patched:
        patched.setattr(tables, "_joined", counted)
        first = publish(ws)
        change(root)
        joins.clear()
        again = publish(ws)
    # a partition's reports were picked out of the two parts' row groups, joined run by run
    assert any(count > runs > 1 for count, runs in joins)

    with monkeypatch.context() as patched:
        _before(patched)
        first_before = publish(Workspace(other))
        change(other)
        again_before = publish(Workspace(other))

    assert first.version == first_before.version == "1.0.0"
    assert again.version == again_before.version == "1.1.0"
    for ours, theirs in ((first, first_before), (again, again_before)):
        mine, before = folder_bytes(ours.path), folder_bytes(theirs.path)
        assert list(mine) == list(before)
        assert any(rel.startswith("data/observations/country=") for rel in mine)
        assert "datapackage.json" in mine and "data/sources.csv" in mine
        for rel, data in before.items():
            assert mine[rel] == data, rel
        assert ours.gate.report.files == theirs.gate.report.files
    changed = (again.path / "CHANGES.md").read_text("utf-8")
    assert "1.0.0" in changed
