"""Publishing at scale: streamed batches, the linear duplicate check, the partitioned dataset."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl.model.arrow import conform, rows_table, table_schema
from genero_etl.publish import tables
from genero_etl.publish.build import PARTITION_ENV, build, partition_resources, render
from genero_etl.publish.package import publish
from genero_etl.publish.tables import TableStream, find_duplicates
from genero_etl.publish.writers import stream_csv, stream_parquet, write_csv
from genero_etl.stage import read_staged
from genero_etl.workspace import Workspace

SCHEMA = table_schema("observations")


def _obs(oid: str, sha: str, value: float | None, **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "observation_id": oid, "indicator_id": "femicidios", "value": value, "country": "AR",
        "admin1": "AR-B", "municipality_code": "06497", "period_start": "2024-01-01",
        "period_end": "2024-12-31", "breakdown_dimension": "_T", "breakdown_value": "_T",
        "value_kind": "observed", "unit": "personas", "source_sha256": sha,
        "source_file": f"raw/{sha[:1]}.txt", "source_locator": f"line:{oid[-1]}",
    }  # fmt: skip
    row.update(extra)
    return row


def _part(rows: list[dict[str, object]], *, encode: bool = False) -> pa.Table:
    """A staged table; ``encode``: its text columns dictionary-encoded, as spreadsheets stage."""
    table = rows_table(rows, SCHEMA)
    if not encode:
        return table
    columns = [c.dictionary_encode() if pa.types.is_string(c.type) else c for c in table.columns]
    return pa.Table.from_arrays(columns, names=table.column_names)


A, B, C = "a" * 64, "b" * 64, "c" * 64


def test_duplicates_across_parts_dictionary_or_plain_and_missing_cells_as_empty() -> None:
    first = _part(
        [
            _obs("o1", A, 3.0, admin1=None),
            _obs("o2", A, 7.5),
            _obs("o3", A, 9.0),
            _obs("o4", A, None),  # no value: never a duplicate
        ],
        encode=True,
    )
    second = _part(
        [
            _obs("o5", B, 3.0, admin1=""),  # '' and missing are the same place
            _obs("o6", B, 7.5),
            _obs("o7", B, None),
            _obs("o8", B, 9.0, indicator_id="sin_clasificar"),  # unclassified: not compared
        ]
    )
    same_bytes = _part([_obs("o9", A, 9.0, source_file="raw/a-copy.txt")])  # one source
    flagged, issues = find_duplicates([first, second, same_bytes], SCHEMA)
    assert flagged is not None and sorted(flagged.to_pylist()) == ["o1", "o2", "o5", "o6"]
    assert [i.observation_ids for i in issues] == [("o1", "o5"), ("o2", "o6")]
    assert [(i.source_file, i.source_locator) for i in issues] == [
        ("raw/a.txt", "line:5"),
        ("raw/a.txt", "line:6"),
    ]
    assert "7.5" in issues[1].message_en and "raw/a.txt:line:2, raw/b.txt:line:6" in (
        issues[1].message_en
    )
    stream = TableStream(SCHEMA, [first, second, same_bytes], flagged)
    flags = dict(
        zip(
            stream.to_table().column("observation_id").to_pylist(),
            stream.to_table().column("quality_flags").to_pylist(),
            strict=True,
        )
    )
    assert [k for k, v in flags.items() if v == "duplicate_value"] == ["o1", "o2", "o5", "o6"]


def test_hash_collisions_are_settled_by_the_exact_comparison(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every row hashing alike makes every row a candidate: the result must not change."""
    parts = [
        _part([_obs("o1", A, 1.0), _obs("o2", A, 2.0)]),
        _part([_obs("o3", B, 2.0), _obs("o4", B, 4.0)]),
        _part([_obs("o5", C, 2.0), _obs("o6", C, 1.0, unit="casos")]),
    ]
    expected_flags, expected = find_duplicates(parts, SCHEMA)
    monkeypatch.setattr(tables, "_key_hash", lambda b: np.zeros(b.num_rows, dtype=np.uint64))
    flagged, issues = find_duplicates(parts, SCHEMA)
    assert [i.observation_ids for i in issues] == [("o2", "o3", "o5")]
    assert issues == expected
    assert flagged is not None and expected_flags is not None
    assert flagged.to_pylist() == expected_flags.to_pylist() == ["o2", "o3", "o5"]


def test_batches_are_bounded_and_formulas_are_defused_in_dictionaries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables, "BATCH_ROWS", 3)
    rows = [_obs(f"o{i}", A, float(i), source_text="=HYPERLINK(1)" if i % 2 else "ok") for i in
            range(10)]  # fmt: skip
    stream = TableStream(SCHEMA, [_part(rows, encode=True)])
    batches = list(stream.batches(safe=True))
    assert [b.num_rows for b in batches] == [3, 3, 3, 1]
    assert all(b.schema == stream.arrow for b in batches)  # plain types, dictionaries decoded
    texts = pa.Table.from_batches(batches).column("source_text").to_pylist()
    assert texts == ["ok", "'=HYPERLINK(1)"] * 5
    assert stream.to_table().column("source_text").to_pylist() == ["ok", "=HYPERLINK(1)"] * 5


def test_writers_give_the_same_bytes_whatever_the_batches() -> None:
    table = conform(_part([_obs(f"o{i}", A, i * 1.5) for i in range(7)]), SCHEMA)
    whole = write_csv(table, SCHEMA)
    pieces = io.BytesIO()
    stream_csv(table.to_batches(max_chunksize=2), table.schema, SCHEMA, pieces)
    assert pieces.getvalue() == whole
    assert whole.splitlines()[2].split(b",")[4] == b'"1.5"'
    one, many = io.BytesIO(), io.BytesIO()
    stream_parquet(table.to_batches(), table.schema, SCHEMA, one)
    stream_parquet(table.to_batches(max_chunksize=2), table.schema, SCHEMA, many)
    assert one.getvalue() == many.getvalue()  # batches are gathered into row groups
    assert pq.read_table(io.BytesIO(one.getvalue())).equals(table)


def _sha(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def test_partitioned_dataset_reads_like_the_csv_in_duckdb_and_polars(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb
    import polars as pl
    from frictionless import validate

    monkeypatch.setenv(PARTITION_ENV, "10")
    result = publish(Workspace(staged_ws))
    data = result.path / "data"
    parts = sorted(p.relative_to(result.path).as_posix() for p in data.rglob("part-*.parquet"))
    assert parts and all(p.startswith("data/observations/country=") for p in parts)
    assert {p.split("/")[2] for p in parts} == {"country=AR", "country=CL", "country=MX"}
    csv = duckdb.sql(f"select count(*), sum(value) from read_csv('{data}/observations.csv')")
    hive = duckdb.sql(
        f"select count(*), sum(value) from read_parquet('{data}/observations/**/*.parquet', "
        "hive_partitioning = true)"
    )
    [expected] = csv.fetchall()
    assert expected is not None and expected[0] == result.rows["observations"]
    assert hive.fetchall() == [expected]
    lazy = pl.scan_parquet(data / "observations", hive_partitioning=True)
    counted = lazy.select(pl.len(), pl.col("value").sum()).collect().row(0)
    assert counted == expected
    by_year = lazy.group_by("country", "year").len().collect().sort("country", "year")
    assert by_year["len"].sum() == expected[0]
    package = json.loads((result.path / "datapackage.json").read_text(encoding="utf-8"))
    described = [r for r in package["resources"] if "partition" in r]
    assert [r["path"] for r in described] == parts
    first = described[0]
    assert first["type"] == "file" and first["format"] == "parquet"
    assert first["hash"] == _sha(result.path / first["path"])
    assert first["bytes"] == (result.path / first["path"]).stat().st_size
    country, year = first["path"].split("/")[2:4]
    assert first["partition"] == {"country": country[8:], "year": year[5:]}
    report = validate(str(result.path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "note"])[:5]


def test_small_tables_are_not_partitioned_by_default(staged_ws: Path, tmp_path: Path) -> None:
    built = build(read_staged(Workspace(staged_ws).staging))
    files = render(built, tmp_path)
    assert not [rel for rel in files if rel.startswith("data/observations/")]
    assert partition_resources(files, built.schemas["observations"]) == []


def test_missing_years_go_to_the_hive_default_partition(tmp_path: Path) -> None:
    from genero_etl.publish.build import write_partitions

    stream = TableStream(
        SCHEMA, [_part([_obs("o1", A, 1.0), _obs("o2", A, 2.0, period_start=None)])]
    )
    files = write_partitions(stream, SCHEMA, tmp_path)
    assert sorted(files) == [
        "data/observations/country=AR/year=2024/part-0.parquet",
        "data/observations/country=AR/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet",
    ]
    [_, missing] = partition_resources(files, SCHEMA)
    assert missing["name"] == "observations-ar-sin-dato-part-0"
    assert missing["partition"] == {"country": "AR", "year": "__HIVE_DEFAULT_PARTITION__"}
    read = pq.read_table(tmp_path / missing["path"])
    assert read.column("observation_id").to_pylist() == ["o2"]
    assert "country" not in read.column_names  # in the path, as hive readers expect
    assert read.schema.field("value").metadata[b"description"]


def test_fan_out_gives_every_consumer_every_batch_in_order_and_raises_the_first_error() -> None:
    from collections.abc import Iterable

    from genero_etl.publish.writers import fan_out

    batches = [pa.record_batch({"n": [i, i + 1]}) for i in range(0, 20, 2)]
    seen: list[list[int]] = [[], []]

    def collect(into: list[int]) -> Callable[[Iterable[pa.RecordBatch]], None]:
        return lambda got: into.extend(n for b in got for n in b.column(0).to_pylist())

    def broken(got: Iterable[pa.RecordBatch]) -> None:
        for batch in got:
            if batch.column(0)[0].as_py() == 4:
                raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        fan_out(iter(batches), [collect(seen[0]), broken, collect(seen[1])])
    assert seen[0] == seen[1] == list(range(20))  # the others still got everything

    def failing() -> Iterator[pa.RecordBatch]:
        yield batches[0]
        raise ValueError("bad staging")

    got: list[int] = []
    with pytest.raises(ValueError, match="bad staging"):
        fan_out(failing(), [collect(got)])
    assert got == [0, 1]


@pytest.mark.filterwarnings("ignore:jsonschema.RefResolver is deprecated:DeprecationWarning")
def test_portals_list_each_partition_and_data_json_stays_valid(
    staged_ws: Path, configure: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pydatajson.core import DataJson

    monkeypatch.setenv(PARTITION_ENV, "10")
    configure(staged_ws, extra="  base_url: https://datos.example.org/genero\n")
    result = publish(Workspace(staged_ws))
    parts = sorted(p.relative_to(result.path).as_posix() for p in result.path.rglob("part-*"))
    ckan = json.loads((result.path / "ckan.json").read_text(encoding="utf-8"))
    urls = [r["url"] for r in ckan["resources"] if "/data/observations/" in r["url"]]
    base = "https://datos.example.org/genero/indicadores-genero/1.0.0/"
    assert urls == [base + p for p in parts]
    catalog = DataJson(str(result.path / "data.json"))
    assert catalog.is_valid_catalog()
    distributions = catalog.get_distributions()
    assert sum(d["downloadURL"].startswith(base + "data/observations/") for d in distributions) == (
        len(parts)
    )


def test_text_typed_by_the_schema_is_defused_even_if_staged_as_numbers() -> None:
    staged = pa.table({"observation_id": ["o1", "o2"], "municipality_code": pa.array([-3, 7])})
    stream = TableStream(SCHEMA, [staged])
    safe = stream.to_table(safe=True)
    assert safe.column("municipality_code").to_pylist() == ["'-3", "7"]
    assert safe.schema == stream.arrow


def test_small_parts_are_joined_into_batches_and_rows_keep_their_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables, "BATCH_ROWS", 6)
    sizes = [1, 1, 7, 1, 2, 2, 1]  # the 7-row part is sliced, the others joined
    parts, n = [], 0
    for size in sizes:
        parts.append(_part([_obs(f"o{n + i}", A, float(n + i)) for i in range(size)]))
        n += size
    parts[3] = _part([_obs("o9", A, 9.0)], encode=True)  # another schema: not joined
    got = list(tables.coalesced(parts))
    assert [t.num_rows for t in got] == [2, 6, 1, 1, 5]
    assert all(c.num_chunks == 1 for t in got for c in t.columns)
    ids = [i for t in got for i in t.column("observation_id").to_pylist()]
    assert ids == [f"o{i}" for i in range(n)]


def test_a_writer_failing_midway_leaves_no_version_and_no_temporary_folder(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from genero_etl.publish import writers

    def full_disk(batches: object, *args: object) -> None:
        raise OSError("No space left on device")

    broken = dataclasses.replace(writers.WRITERS["parquet"], write=full_disk)
    monkeypatch.setitem(writers.WRITERS, "parquet", broken)
    ws = Workspace(staged_ws)
    with pytest.raises(OSError, match="No space left"):
        publish(ws)
    assert list((ws.published / "indicadores-genero").iterdir()) == []


def test_duplicates_among_many_sources_in_one_batch_and_a_missing_source_as_empty() -> None:
    rows = [
        _obs("o1", A, 4.0),
        _obs("o2", B, 4.0),  # o1's value from another file
        _obs("o3", C, 5.0),
        _obs("o4", A, 5.0, indicator_id="violencia_fisica"),  # another indicator
        _obs("o5", "", 6.0),
        _obs("o6", "", 6.0, source_file="raw/x.txt"),  # '' and missing: one source
        _obs("o7", A, 6.0),  # the same value again from a third source
    ]
    table = _part(rows)
    index = table.column_names.index("source_sha256")
    shas = table.column("source_sha256").to_pylist()
    shas[5] = None
    table = table.set_column(index, "source_sha256", pa.array(shas, pa.string()))
    one_batch = find_duplicates([table], SCHEMA)
    separate = find_duplicates([table.slice(i, 1) for i in range(table.num_rows)], SCHEMA)
    for flagged, issues in (one_batch, separate):
        assert flagged is not None and sorted(flagged.to_pylist()) == [
            "o1", "o2", "o5", "o6", "o7",
        ]  # fmt: skip
        assert [i.observation_ids for i in issues] == [("o1", "o2"), ("o5", "o7", "o6")]  # by file
