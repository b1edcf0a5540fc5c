"""The big-table ingest path stages exactly what it staged before it was made fast.

A SESNSP-style wide CSV (municipalities x crimes, twelve month columns, a few odd cells)
is generated here, ingested into a workspace and read back from staging. Each staged
column (ids, values, locators, places, periods, labels, flags, in row order) is compared
with a digest committed when the file was first staged, and real cells are checked.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
from pathlib import Path
from typing import Any

import pyarrow as pa

from genero_etl.model.arrow import conform, table_rows, table_schema
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.stage import read_staged
from genero_etl.workspace import Workspace

HEADER = ["Año", "Clave_Ent", "Entidad", "Cve. Municipio", "Municipio", "Bien jurídico afectado",
          "Tipo de delito", "Subtipo de delito", "Modalidad", "Enero", "Febrero", "Marzo", "Abril",
          "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"]  # fmt: skip
PLACES = [(1, "Aguascalientes", 1001, "Aguascalientes"), (1, "Aguascalientes", 1005, "Jesús María"),
          (8, "Chihuahua", 8037, "Juárez"), (14, "Jalisco", 14039, "Guadalajara"),
          (14, "Jalisco", 14050, "Jocotepec"), (9, "Ciudad de México", 9007, "Iztapalapa")]  # fmt: skip
CRIMES = [("La vida y la Integridad corporal", "Feminicidio", "Feminicidio", "Con arma de fuego"),
          ("La vida y la Integridad corporal", "Homicidio", "Homicidio doloso", "Con arma blanca"),
          ("La familia", "Violencia familiar", "Violencia familiar", "Violencia familiar"),
          ("La libertad y la seguridad sexual", "Violación simple", "Violación simple", "Otro, sin dato")]  # fmt: skip
ODD = ["", "s/d", " 7 ", "-", "abc", "1,234", "2.5", "-3", "=1+2"]


def make_sesnsp(path: Path, years: range, total: bool = False) -> list[list[str]]:
    """A Latin-1 SESNSP-shaped CSV (optionally with a 'Total' column); returns its cells."""
    rng = random.Random(20261130)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*HEADER, "Total"] if total else HEADER)
    rows = 0
    for year in years:
        for ent, entidad, cve, municipio in PLACES:
            for crime in CRIMES:
                months: list[Any] = [
                    rng.choice((0, 0, 1, 2, 3, rng.randint(0, 400))) for _ in range(12)
                ]
                if rng.random() < 0.2:
                    months[rng.randrange(12)] = rng.choice(ODD)
                cells = [year, ent, entidad, cve, municipio, *crime, *months]
                if total:
                    cells.append(sum(m for m in months if isinstance(m, int)) + (rows % 7 == 0))
                writer.writerow(cells)
                rows += 1
    path.write_bytes(buffer.getvalue().encode("latin-1"))
    return list(csv.reader(io.StringIO(buffer.getvalue())))


def staged_table(tmp_path: Path, name: str, **kwargs: Any) -> tuple[pa.Table, list[list[str]]]:
    """The file generated, ingested into a workspace and read back from staging; its cells."""
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = make_sesnsp(raw / name, **kwargs)
    ws = Workspace(tmp_path)
    result = ingest_paths([raw], ws, IngestOptions())
    assert [f.error for f in result.files] == [None]
    (staged,) = read_staged(ws.staging)
    return conform(staged.table(), table_schema("observations")), rows


def digests(table: pa.Table) -> dict[str, str]:
    """Per column, the first 16 hex digits of the SHA-256 of its cells' text, in row order."""
    out = {}
    for name in table.column_names:
        text = "\n".join("\x00" if v is None else str(v) for v in table.column(name).to_pylist())
        out[name] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return out


# Staged before the big-table path was made columnar (commit 04ddef6): the same bytes
# in, the same staged columns out.
EXPECTED_WIDE = {
    "observation_id": "dc4f69dcc7c9a269", "indicator_id": "531b2dc93c0b71ff",
    "indicator_label": "fa08a5c933c9c08c", "theme": "f72b3f3a5943dcd9",
    "value": "94acb897319104ed", "value_text": "654556630f2b1ae3",
    "value_raw": "08af0b513995f41d", "unit": "f96327c97eaf8374",
    "value_kind": "b3b960dd1c1fc7bb", "approximate": "ecf1b03bb13ff53b",
    "lower_bound": "ecf1b03bb13ff53b", "country": "851bb7125189035f",
    "admin1": "7067b5d5294e4fe4", "municipality": "2f882d3920d3e420",
    "municipality_code": "042ed7c3e779c459", "office": "654556630f2b1ae3",
    "period_start": "fea14e5098cde606", "period_end": "78075606ef8364cd",
    "period_label": "4d8bd129ea2d6568", "breakdown_dimension": "065a7b5a54660cb9",
    "breakdown_value": "2885f392794bfa38", "parent_observation_id": "654556630f2b1ae3",
    "other_total_observation_id": "654556630f2b1ae3",  # no total column: all empty
    "activity": "654556630f2b1ae3", "source_file": "739e855c7bf22764",
    "source_sha256": "ff93a54408acba03", "source_locator": "08c7cb985275d8a7",
    "source_text": "fa5f5d5991772053", "extraction_method": "0967cd5c1121f256",
    "confidence": "e54fa0ee16e4e0f0", "quality_flags": "654556630f2b1ae3",
    "review_status": "654556630f2b1ae3", "review_original": "654556630f2b1ae3",
}  # fmt: skip
EXPECTED_TOTAL = {
    "observation_id": "baa9ec5ec5998f9f", "indicator_id": "87fcd975d9726037",
    "indicator_label": "9728e5e8a2cd3fbe", "theme": "227143dd657b5004",
    "value": "f20100e777481b15", "value_text": "1438dd985eb99598",
    "value_raw": "baee534f5f920525", "unit": "c156f5ee303c12b6",
    "value_kind": "cb57ccb5940ef9bf", "approximate": "12d31d486b3a1d27",
    "lower_bound": "12d31d486b3a1d27", "country": "d4b2a179f7ab1600",
    "admin1": "892bd2105e70f3c1", "municipality": "c90f196f94bbafad",
    "municipality_code": "8c3aecdbdc82f181", "office": "1438dd985eb99598",
    "period_start": "19e3a3f8ac65d244", "period_end": "73f47c44f563c735",
    "period_label": "1ec6aecfc58d9a3f", "breakdown_dimension": "e9f37aecb4f1fc28",
    "breakdown_value": "13f460a13d89ddc8", "parent_observation_id": "1438dd985eb99598",
    "other_total_observation_id": "1438dd985eb99598",  # a total column, no total row
    "activity": "1438dd985eb99598", "source_file": "1fbd395fc2944436",
    "source_sha256": "73acbe7a72bb9402", "source_locator": "80df6df1fbdf0eaa",
    "source_text": "7019e4f7b09c92e5", "extraction_method": "53a227c693a88d38",
    "confidence": "5472b358b4a10765", "quality_flags": "1438dd985eb99598",
    "review_status": "1438dd985eb99598", "review_original": "1438dd985eb99598",
}  # fmt: skip
# What an odd cell is staged as (value, value_raw); any other odd cell is not a value.
ODD_STAGED = {
    " 7 ": (7.0, "7"),
    "2.5": (2.5, "2.5"),
    "1,234": (1234.0, "1,234"),
    "-3": (-3.0, "'-3"),
}


def test_wide_csv_stages_the_same_columns(tmp_path: Path) -> None:
    table, rows = staged_table(tmp_path, "IDM_NM_grande.csv", years=range(2019, 2024))
    cells = {str(r["source_locator"]): r for r in table_rows(table)}
    first = cells["J2"]  # Enero 2019, Aguascalientes, feminicidio con arma de fuego
    assert (first["value"], first["value_raw"], first["period_start"], first["period_end"]) == (
        float(rows[1][9]), rows[1][9], "2019-01-01", "2019-01-31")  # fmt: skip
    assert (first["municipality_code"], first["admin1"], first["country"]) == (
        "01001",
        "MX-AGU",
        "MX",
    )
    assert first["extraction_method"] == "template:sesnsp_municipal"
    last = cells[f"U{len(rows)}"]  # Diciembre 2023, Iztapalapa, the last crime
    assert (last["municipality_code"], last["period_label"]) == ("09007", "Diciembre 2023")
    values = 0
    for r, row in enumerate(rows[1:], 2):
        for c, raw in enumerate(row[9:], 9):
            staged = cells.get(f"{chr(65 + c)}{r}")
            if raw not in ODD:
                assert staged is not None and staged["value"] == float(raw), (r, c)
            elif raw in ODD_STAGED:
                assert staged is not None, (r, c, raw)
                assert (staged["value"], staged["value_raw"]) == ODD_STAGED[raw]
            else:
                assert staged is None, (r, c, raw)
            values += staged is not None
    assert table.num_rows == values == 1425
    assert digests(table) == EXPECTED_WIDE


def test_total_column_stages_the_same_columns(tmp_path: Path) -> None:
    table, rows = staged_table(tmp_path, "IDM_NM_total.csv", years=range(2022, 2024), total=True)
    cells = {str(r["source_locator"]): r for r in table_rows(table)}
    total = cells["V2"]
    assert (total["value"], total["period_start"], total["period_end"]) == (
        float(rows[1][21]), "2022-01-01", "2022-12-31")  # fmt: skip
    assert table.num_rows == 619
    assert digests(table) == EXPECTED_TOTAL


def test_row_labels_drop_trailing_empty_ones_and_keep_300_characters() -> None:
    import pandas as pd

    from genero_etl.tabular.ingest import _source_text

    frame = pd.DataFrame(
        [
            ["Jalisco", "Feminicidio", "", ""],
            ["", "Homicidio", "", "Con arma blanca"],
            ["Yucatán", "ñ" * 400, "x", "y"],
            ["", "", "", ""],
        ],
        dtype=object,
    )
    texts = _source_text(frame, [0, 1, 2, 3]).materialize().tolist()
    assert texts[:2] == ["Jalisco | Feminicidio", " | Homicidio |  | Con arma blanca"]
    assert texts[2] == "Yucatán | " + "ñ" * 290 and texts[3] == ""
