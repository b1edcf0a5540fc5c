"""Two workbooks of the twenty-first development set (tests/acceptance/corpus_dev21), their
real cells. Puerto Rico's Department of Corrections gives the year's average of persons in its
pretrial-services programme ("Año | Sexo | Tipo | Promedio"): the publisher's own measure, an
average (never the year's count), not a sheet of statistics. Puerto Rico's police list cases by
the parties' relationship, "Relación" over "Cohabitante", "Novio(a)" ... beside one column of
counts ("NoFamiliar"): each row a count of that relationship, with no period written.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import rows, staged_file, workbook

# dcr_PSAJ.xlsx, "Sheet1"
PRETRIAL = [
    ["Año", "Sexo", "Tipo", "Promedio"],
    [2024, "Hombres", "Con supervisión electrónica", 456],
    [2024, "Mujeres", "Con supervisión electrónica", 58],
    [2025, "Hombres", "Con supervisión electrónica", 395],
    [2025, "Mujeres", "Con supervisión electrónica", 48],
    [2026, "Hombres", "Con supervisión electrónica", 300],
    [2026, "Mujeres", "Con supervisión electrónica", 50],
    [2024, "Hombres", "Sin supervisión electrónica", 48],
    [2024, "Mujeres", "Sin supervisión electrónica", 19],
    [2025, "Hombres", "Sin supervisión electrónica", 32],
    [2025, "Mujeres", "Sin supervisión electrónica", 14],
    [2026, "Hombres", "Sin supervisión electrónica", 27],
    [2026, "Mujeres", "Sin supervisión electrónica", 14],
]

# npprRelNoFam.xlsx, "Sheet1"
NOT_FAMILY = [
    ["Relación", "NoFamiliar"],
    ["Cohabitante", 2760],
    ["Ex-cohabitante", 1852],
    ["Novio(a)", 294],
    ["Desconocido", 49],
    ["Amigo(a)", 43],
    ["Conocido", 34],
    ["Otro Conocido(a)", 22],
    ["Relacion desconocida", 11],
    ["Empleado(a)", 1],
]


def test_the_publishers_average_is_read_as_an_average(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dcr_PSAJ.xlsx", {"Sheet1": PRETRIAL})
    staged = staged_file(path, country="PR")
    out = rows(staged)
    assert len(out) == 12
    assert {o.value_kind for o in out} == {"average"}
    women = next(o for o in out if o.source_locator == "Sheet1!D3")
    assert women.value == 58
    assert (women.period_start, women.period_end) == ("2024-01-01", "2024-12-31")
    assert women.breakdown_value == "mujeres | Con supervisión electrónica"
    assert "sheet-analysis-skipped" not in {i.code for i in staged.issues}


def test_a_sheet_of_statistics_is_still_not_data(tmp_path: Path) -> None:
    # the same average beside its median and its count: computed figures, not the data
    stats = [
        ["Año", "Sexo", "Promedio", "Mediana"],
        [2024, "Hombres", 456, 440],
        [2024, "Mujeres", 58, 55],
    ]
    beside = [  # an average beside another column of counts: a statistic of the table
        ["Sexo", "Casos", "Promedio"],
        ["Hombres", 5472, 456],
        ["Mujeres", 696, 58],
    ]
    for name, sheet in (("estadisticas.xlsx", stats), ("casos.xlsx", beside)):
        staged = staged_file(workbook(tmp_path / name, {"Hoja1": sheet}), country="PR")
        assert "sheet-analysis-skipped" in {i.code for i in staged.issues}
        assert not [o for o in rows(staged) if o.value in (456, 58)]


def test_one_count_column_beside_one_breakdown(tmp_path: Path) -> None:
    path = workbook(tmp_path / "npprRelNoFam.xlsx", {"Sheet1": NOT_FAMILY})
    out = rows(staged_file(path, country="PR"))
    assert len(out) == 9
    cohabitant = next(o for o in out if o.source_locator == "Sheet1!B2")
    assert cohabitant.value == 2760
    assert cohabitant.breakdown_dimension.split("+")[0] == "vinculo"
    assert cohabitant.breakdown_value.split(" | ")[0] == "Cohabitante"
    assert (cohabitant.period_start, cohabitant.period_end) == ("", "")  # none is written
    assert sum(o.value for o in out) == 5066
    assert {o.breakdown_value.split(" | ")[0] for o in out} >= {"Novio(a)", "Empleado(a)"}
