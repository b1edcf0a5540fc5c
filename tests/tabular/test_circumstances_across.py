"""Counts broken down by a dimension no list holds whole, from the sixteenth development set
(tests/acceptance/corpus_dev16): the Dominican PGR's violent deaths of women by province
(down) and circumstance (across: "Feminicidio Íntimo | Pasional | Riña | ... | Violación
Sexual | Robo / Atraco"). The circumstances are one count's breakdown, never fourteen
indicators ("Violación Sexual" is no report of violence, "Feminicidio Íntimo" no indicator of
its own beside the others). The rows are the real file's cells, cut short.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook

from genero_etl.tabular.lexicon import load_lexicon

HEADER = [
    "Provincia",
    "Feminicidio Íntimo",
    "Pasional",
    "Riña",
    "Situación Desconocida",
    "Violencia Intrafamiliar",
    "Violación Sexual",
    "Robo / Atraco",
    "Sicariato / Drogas / Persecución Policial",
    "Infanticidio",
]


def test_circumstances_across_are_one_breakdown(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "circunstancias.xlsx",
        {
            "Sheet1": [
                HEADER,
                ["Azua", 6, 1, 4, 1, 2, 0, 0, 0, 0],
                ["Distrito Nacional", 22, 1, 8, 3, 0, 1, 12, 1, 0],
                ["Santo Domingo", 70, 4, 35, 9, 5, 2, 17, 6, 1],
            ]
        },
    )
    rows = {r.source_locator: r for r in read(path, country="DO")}
    assert len(rows) == 27
    intimate = rows["Sheet1!B3"]
    assert (intimate.value, intimate.admin1) == (22, "DO-01")
    assert (intimate.breakdown_dimension, intimate.breakdown_value) == (
        "circunstancia",
        "Feminicidio Íntimo",
    )
    robbery = rows["Sheet1!H3"]  # written as the office writes it, beside the known ones
    assert (robbery.value, robbery.breakdown_value) == (12, "Robo / Atraco")
    rape = rows["Sheet1!G4"]
    assert (rape.value, rape.admin1, rape.breakdown_value) == (2, "DO-32", "Violación Sexual")
    hired = rows["Sheet1!I4"]
    assert hired.breakdown_value == "Sicariato / Drogas / Persecución Policial"
    # one indicator for every column: no femicides beside reports of violence
    assert len({r.indicator_id for r in rows.values()}) == 1
    assert rape.indicator_id != "denuncias_violencia"
    assert {r.breakdown_dimension for r in rows.values()} == {"circunstancia"}


def test_two_known_circumstances_among_offences_stay_columns(tmp_path: Path) -> None:
    """Too few known values to call a row of headers one dimension: each column is read by
    its own header, as before."""
    path = workbook(
        tmp_path / "delitos.xlsx",
        {
            "Sheet1": [
                ["Provincia", "Feminicidio Íntimo", "Riña", "Denuncias", "Órdenes de protección"],
                ["Azua", 6, 4, 120, 35],
                ["Barahona", 6, 1, 98, 20],
            ]
        },
    )
    rows = {r.source_locator: r for r in read(path, country="DO")}
    assert not [r for r in rows.values() if r.breakdown_dimension == "circunstancia"]
    assert rows["Sheet1!D2"].value == 120
    assert rows["Sheet1!D2"].indicator_id == "denuncias_violencia"


def test_circumstances_are_header_words_only(tmp_path: Path) -> None:
    """The circumstances are read as headers across only (roles.yaml headers_across): a
    column whose own values are circumstances, and a row holding one in a single cell, are
    read as before, never as a breakdown by circumstance."""
    lex = load_lexicon()
    assert "pasional" in lex.headers_across["circunstancia"]
    assert "circunstancia" not in lex.category_values
    down = workbook(
        tmp_path / "moviles.xlsx",
        {"Sheet1": [["Móvil", "Víctimas"], ["Pasional", 12], ["Riña", 7], ["Sicariato", 3]]},
    )
    rows = {r.source_locator: r for r in read(down, country="DO")}
    assert (rows["Sheet1!B2"].value, rows["Sheet1!B4"].value) == (12, 3)
    assert {r.breakdown_dimension for r in rows.values()} == {"_T"}
    one_cell = workbook(
        tmp_path / "provincias.xlsx",
        {
            "Sheet1": [
                ["Provincia", "Feminicidios"],
                ["Azua", 6],
                ["Pasional", None],
                ["Santo Domingo", 70],
            ]
        },
    )
    rows = {r.source_locator: r for r in read(one_cell, country="DO")}
    assert (rows["Sheet1!B4"].value, rows["Sheet1!B4"].admin1) == (70, "DO-32")
    assert rows["Sheet1!B4"].indicator_id == "femicidios"
    assert {r.breakdown_dimension for r in rows.values()} == {"_T"}
