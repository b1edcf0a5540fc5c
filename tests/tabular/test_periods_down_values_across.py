"""Years down under the values of one breakdown across, with nothing else naming the rows.

The cells are those of sheet "1.1" of Guatemala's INE compendium of private-hospital
statistics (`gt_ine_vitales_hospitalarias_sector_privado_2018_2022.xlsx`, corpus_dev13):
outpatient attentions by people, "Año" down (2022, preliminary, to 2018) and "Maya | Garífuna |
Xinca | Ladino / Mestizo | Otro | Ignorado" across. The sheet also has a "Total" column, which
made it read as a wide table; offices publish the same table without it just as often, and
then no layout took it: the generic reader gave every people's count the year's key with no
breakdown (Maya's 8,961 and Garífuna's 4 of 2018 were both "2018, _T").
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook

TITLE = "Atenciones consulta externa, según pueblo de pertenencia, serie histórica 2018-2022"
HEADER = ["Año", "Maya", "Garífuna", "Xinca", "Ladino / Mestizo", "Otro", "Ignorado"]
ROWS = [
    ["2022 1", 2430, 363, 2, 8939, 3, 791],
    ["2021", 10444, 37, 2, 35672, 5, 3610],
    ["2020", 8805, 16, 0, 33581, 6, 3058],
    ["2019", 10064, 5, 3, 37637, 8, 2697],
    ["2018", 8961, 4, 0, 43189, 3, 4357],
]
FOOT = [["Fuente: Estadísticas Hospitalarias, sector privado"], ["1/ Cifras preliminares"]]


def test_each_column_is_a_value_of_the_breakdown_in_its_rows_year(tmp_path: Path) -> None:
    path = workbook(tmp_path / "pueblos.xlsx", {"1.1": [[TITLE], HEADER, *ROWS, *FOOT]})
    out = read(path, country="GT")
    assert len(out) == 30
    assert {o.extraction_method for o in out} == {"table.wide"}
    maya_2018 = next(o for o in out if o.source_locator == "1.1!B7")
    assert maya_2018.value == 8961
    assert (maya_2018.period_start, maya_2018.period_end) == ("2018-01-01", "2018-12-31")
    assert (maya_2018.breakdown_dimension, maya_2018.breakdown_value) == ("etnia", "Maya")
    garifuna_2018 = next(o for o in out if o.source_locator == "1.1!C7")
    assert (garifuna_2018.value, garifuna_2018.breakdown_value) == (4, "Garífuna")
    # one key per people and year: none is the year's total
    keys = {(o.period_start, o.breakdown_value) for o in out}
    assert len(keys) == 30 and not any(o.breakdown_value == "_T" for o in out)


def test_a_total_row_is_the_total_of_the_years_listed(tmp_path: Path) -> None:
    """The same rows closed by the row of their sums ("Total": Maya 40,704): no year of its
    own, so it is the total over the years listed (2018 to 2022), each year's count its part,
    never an undated value."""
    sums = ["Total", *(sum(int(r[c]) for r in ROWS) for c in range(1, len(HEADER)))]
    path = workbook(tmp_path / "pueblos_total.xlsx", {"1.1": [[TITLE], HEADER, *ROWS, sums]})
    out = read(path, country="GT")
    total = next(o for o in out if o.source_locator == "1.1!B8")
    assert total.value == 40704 and total.breakdown_value == "Maya"
    assert (total.period_start, total.period_end) == ("2018-01-01", "2022-12-31")
    parts = [o for o in out if o.source_locator in {f"1.1!B{r}" for r in range(3, 8)}]
    assert len(parts) == 5
    assert {o.parent_observation_id for o in parts} == {total.observation_id}
    assert all(o.period_start for o in out)  # no value left undated
