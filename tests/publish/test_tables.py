"""Staged files to the four tables: one row per value, duplicates across files flagged."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model.arrow import rows_table, table_schema
from genero_etl.publish.tables import TABLES, build_tables, cross_file_duplicates
from genero_etl.stage import read_staged
from genero_etl.workspace import Workspace


def _obs(oid: str, sha: str, value: float, locator: str) -> dict[str, object]:
    return {
        "observation_id": oid, "indicator_id": "femicidios", "value": value, "country": "AR",
        "admin1": "AR-B", "municipality_code": "06497", "period_start": "2024-01-01",
        "period_end": "2024-12-31", "breakdown_dimension": "_T", "breakdown_value": "_T",
        "value_kind": "observed", "unit": "personas", "source_sha256": sha,
        "source_file": f"raw/{sha}.txt", "source_locator": locator,
    }  # fmt: skip


def test_the_same_value_from_two_files_is_flagged_once() -> None:
    schema = table_schema("observations")
    table = rows_table(
        [
            _obs("o0000000000000001", "a" * 64, 3.0, "line:4"),
            _obs("o0000000000000002", "b" * 64, 3.0, "line:9"),
            _obs("o0000000000000003", "b" * 64, 5.0, "line:10"),
        ],
        schema,
    )
    flagged, [issue] = cross_file_duplicates(table)
    assert flagged.column("quality_flags").to_pylist() == [
        "duplicate_value",
        "duplicate_value",
        None,
    ]
    assert issue.code == "duplicate-value"
    assert issue.observation_ids == ("o0000000000000001", "o0000000000000002")
    assert issue.source_locator == "line:9"
    assert "3" in issue.message_en


def test_build_tables_from_the_staged_samples(staged_ws: Path) -> None:
    ws = Workspace(staged_ws)
    tables = build_tables(read_staged(ws.staging))
    assert tuple(tables) == TABLES
    sources = tables["sources"].to_pylist()
    assert [s["source_file"] for s in sources] == [
        "raw/ar_lujan_informe_2024.txt",
        "raw/cl_plan_equidad.txt",
        "raw/mx_jocotepec_poa_2024.txt",
        "raw/mx_juarez_avgm_2022.md",
    ]
    observations = tables["observations"]
    assert sum(s["observations"] for s in sources) == observations.num_rows
    issue_ids = tables["quality_issues"].column("issue_id").to_pylist()
    assert len(issue_ids) == len(set(issue_ids))
    assert tables["indicators"].num_rows > 30


def test_many_small_parts_with_their_own_dictionaries_join_in_one_batch() -> None:
    """300 short reports, each staged with an 8-bit dictionary of its own labels: together
    they hold 300 distinct labels, more than an 8-bit index can address."""
    import pyarrow as pa

    from genero_etl.publish.tables import coalesced

    parts = [
        pa.table(
            {"indicator_label": pa.array([f"etiqueta {i}", f"etiqueta {i}"]).dictionary_encode()}
        )
        for i in range(300)
    ]
    small = [
        p.cast(pa.schema([pa.field("indicator_label", pa.dictionary(pa.int8(), pa.string()))]))
        for p in parts
    ]
    batches = list(coalesced(small))
    assert sum(b.num_rows for b in batches) == 600
    labels = [v for b in batches for v in b.column("indicator_label").to_pylist()]
    assert labels[0] == "etiqueta 0" and labels[-1] == "etiqueta 299" and len(set(labels)) == 300
