"""Fractions under a header that names no measure, in a sheet that names nothing, rebuilt
from ``tests/acceptance/corpus_dev45``'s workbook (Jalisco's "Código Violeta" executive report,
``mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx``), its cells as written there.

- Sheet "Diapositiva 19": "Clave de entidad | Entidad | value", the 32 states beside 0.3507,
  0.1592 ... 1.0144 (Morelos), 0 (Tamaulipas): rates per 100,000 women that no word of the
  sheet, its title or the file names (a slide's name, "Diapositiva 19"). No count is a
  fraction, and what they measure nothing says: never published, under "value", "valor" or
  "dato" alike (roles.yaml ``bare_values``, `tabular/semantic.py:_unnamed_fractions`).
- Sheet "Diapositiva 18": the same states' femicide victims under the same "value" header,
  whole counts: still published.

Guards: the same fractions under a header that names their measure ("Tasa", "Porcentaje",
"Proporción") are still published as a rate or a share; counts under "valor" in a sheet whose
name names the indicator are still published as it; fractions under "valor" in a sheet whose
name names a rate are still published.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

FILE = "mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx"
HEADER = ["Clave de entidad", "Entidad", "value"]

# sheet "Diapositiva 19", as written (codes "01" ... "09" as text, 10 ... as numbers)
RATES = [
    ("01", "Aguascalientes", 0.350727795247919),
    ("02", "Baja California", 0.15919257525828995),
    ("03", "Baja California Sur", 0.25048625644532446),
    ("04", "Campeche", 0.4308659436018023),
    ("05", "Chiapas", 0.43291386385003283),
    ("06", "Chihuahua", 0.3741445785515206),
    ("07", "Ciudad de México", 0.30401922096377565),
    ("08", "Coahuila de Zaragoza", 0.19067164404400574),
    ("09", "Colima", 0.546903092873716),
    (10, "Durango", 0.2728289635227676),
    (11, "Guanajuato", 0.27566372528066624),
    (12, "Guerrero", 0.16945873467987127),
    (13, "Hidalgo", 0.32437611930034665),
    (14, "Jalisco", 0.45519061646105824),
    (15, "México", 0.3589836361134713),
    (16, "Michoacán de Ocampo", 0.14740423252301718),
    (17, "Morelos", 1.0144457068657686),
    (18, "Nayarit", 0.16188354745130543),
    (19, "Nuevo León", 0.34575504430678017),
    (20, "Oaxaca", 0.36300732693988697),
    (21, "Puebla", 0.2886100207221995),
    (22, "Querétaro", 0.2111070156350078),
    (23, "Quintana Roo", 0.538217477536148),
    (24, "San Luis Potosí", 0.4251919121411779),
    (25, "Sinaloa", 0.4625128388608573),
    (26, "Sonora", 0.6791540457206504),
    (27, "Tabasco", 0.16648644508985688),
    (28, "Tamaulipas", 0),
    (29, "Tlaxcala", 0.37230719513439176),
    (30, "Veracruz de Ignacio de la Llave", 0.39689533584725184),
    (31, "Yucatán", 0.08617354144818083),
    (32, "Zacatecas", 0.36988221717264497),
]

# sheet "Diapositiva 18": the same states' counts under the same header
COUNTS = [5, 6, 2, 4, 24, 14, 28, 6, 4, 5, 17, 6, 10, 38, 61, 7, 20, 2, 20, 15, 19, 5, 10, 12,
          14, 20, 4, 0, 5, 32, 2, 6]  # fmt: skip


def _read(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    options = IngestOptions(overrides=Overrides(country="MX", admin1="MX-JAL"))
    staged = extract_document(path, path.name, options)
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    return rows, [i.code for i in staged.issues]


def _rows(path: Path) -> list[SimpleNamespace]:
    return _read(path)[0]


def _write(path: Path, sheets: dict[str, pd.DataFrame]) -> Path:
    with pd.ExcelWriter(path) as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return path


def _rates(header: str = "value") -> pd.DataFrame:
    return pd.DataFrame(RATES, columns=[*HEADER[:2], header])


def _counts(header: str = "value") -> pd.DataFrame:
    return pd.DataFrame(
        [(code, name, n) for (code, name, _), n in zip(RATES, COUNTS, strict=True)],
        columns=[*HEADER[:2], header],
    )


@pytest.mark.parametrize("header", ["value", "valor", "VALOR", "Valores", "dato", "Datos"])
def test_unnamed_fractions_of_a_slide_are_never_published(tmp_path: Path, header: str) -> None:
    path = _write(tmp_path / FILE, {"Diapositiva 19": _rates(header)})
    rows, codes = _read(path)
    published = [(r.source_locator, r.value) for r in rows if r.value is not None]
    assert published == []
    assert "table-columns-derived" in codes  # said, for a person to see


def test_the_slides_counts_beside_them_are_still_published(tmp_path: Path) -> None:
    path = _write(tmp_path / FILE, {"Diapositiva 18": _counts(), "Diapositiva 19": _rates()})
    rows = _rows(path)
    at = {r.source_locator: r for r in rows if r.value is not None}
    assert not [loc for loc in at if loc.startswith("Diapositiva 19")]
    counts = {loc: r for loc, r in at.items() if loc.startswith("Diapositiva 18!C")}
    assert len(counts) == 32
    jalisco = counts["Diapositiva 18!C15"]
    assert (jalisco.value, jalisco.admin1) == (38, "MX-JAL")


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Tasa", "rate"),
        ("Tasa por 100 mil mujeres", "rate"),
        ("Porcentaje", "percentage"),
        ("Proporción", "percentage"),
    ],
)
def test_fractions_under_a_measures_name_are_still_published(
    tmp_path: Path, header: str, kind: str
) -> None:
    path = _write(tmp_path / FILE, {"Diapositiva 19": _rates(header)})
    rows = [r for r in _rows(path) if r.value is not None]
    assert len(rows) == 32
    assert {r.value_kind for r in rows} == {kind}
    assert max(r.value for r in rows) == pytest.approx(1.0144457068657686)


def test_counts_under_valor_in_a_sheet_naming_the_indicator_are_published(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path / FILE, {"Feminicidios por entidad": _counts("valor")})
    rows = [r for r in _rows(path) if r.value is not None]
    assert len(rows) == 32
    assert {r.indicator_id for r in rows} == {"femicidios"}
    assert sorted(r.value for r in rows) == sorted(float(n) for n in COUNTS)


def test_fractions_under_valor_in_a_sheet_naming_a_rate_are_published(tmp_path: Path) -> None:
    path = _write(tmp_path / FILE, {"Tasa de feminicidios": _rates("valor")})
    rows = [r for r in _rows(path) if r.value is not None]
    assert len(rows) == 32
    assert {(r.indicator_id, r.value_kind) for r in rows} == {("tasa_femicidios", "rate")}


@pytest.mark.parametrize(
    ("sheet", "kind"), [("Tasas por entidad", "rate"), ("Porcentaje por entidad", "percentage")]
)
def test_fractions_under_valor_in_a_sheet_opening_on_their_measure_are_published(
    tmp_path: Path, sheet: str, kind: str
) -> None:
    # "valor" names no measure: the sheet's opening word says what the values are
    path = _write(tmp_path / FILE, {sheet: _rates("valor")})
    rows = [r for r in _rows(path) if r.value is not None]
    assert len(rows) == 32
    assert {r.value_kind for r in rows} == {kind}


def test_fractions_under_valor_in_a_file_named_for_rates_are_published(tmp_path: Path) -> None:
    path = _write(tmp_path / "tasas_por_entidad_2020.xlsx", {"Diapositiva 19": _rates("valor")})
    rows = [r for r in _rows(path) if r.value is not None]
    assert len(rows) == 32
