"""National reports to international bodies on women's rights and violence, met in the
development corpus (tests/acceptance/texts, part dev69): a table of years stacked one cell a
line ("Período / Asesinato / Femicidio / Homicidio / Sicariato / 2014 / 95 / 27 / 64 / 1 /
2015 / ...") is read row by row, each number under its column's title and its row's year; a
table row whose first cell is a year or a period gives every one of its numbers, not its
first alone; a cell under one of several columns whose titles say what each counts counts
what its own column's title names (the femicides, never the murders beside them); the
Ecuadorian police's homicide directorate (DINASED) and the prosecution service's case system
(SIAF) say the country; a committee's agenda item ("Tema 4 del programa provisional") and its
meetings ("en sus sesiones 1853ª y 1855ª") are no counts. Each document case reads the real
document as the corpus runner does (its source line blanked); each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts

FGE = "ec_fge_respuestas_femicidios_2014_2020"
VENEZUELA = "ve_cedaw_respuestas_contexto_2022"


def test_a_table_of_years_stacked_one_cell_a_line_is_read_row_by_row(tmp_path: Path) -> None:
    """ec_fge_respuestas_femicidios_2014_2020 (dev69): the prosecution service's violent
    deaths by offence and year, one cell a line under "Período / Asesinato / Femicidio /
    Homicidio / Sicariato"; each row's label is its year, which the cells' run swallowed, so
    the table was not read at all (32 values missed), and the page had no country."""
    found = {(line, value): rest for line, value, *rest in corpus_facts(tmp_path, FGE)}
    # the femicide column: each year's count, dated by its row
    assert found[("line:9", 27.0)] == ["femicidios", "EC", "", "2014-01-01", "2014-12-31"]
    assert found[("line:24", 102.0)] == ["femicidios", "EC", "", "2017-01-01", "2017-12-31"]
    assert found[("line:34", 67.0)] == ["femicidios", "EC", "", "2019-01-01", "2019-12-31"]
    # the murders, homicides and contract killings beside them count no femicides
    assert found[("line:8", 95.0)][0] == "sin_clasificar"
    assert found[("line:25", 14.0)] == ["sin_clasificar", "EC", "", "2017-01-01", "2017-12-31"]
    # the row of "A Junio 2020", January to June, and the totals, 2014 to June 2020 (the
    # totals were dated 2014, the document's first year; the row, the whole of 2020)
    assert found[("line:39", 27.0)] == ["femicidios", "EC", "", "2020-01-01", "2020-06-30"]
    assert found[("line:44", 405.0)] == ["femicidios", "EC", "", "2014-01-01", "2020-06-30"]
    assert found[("line:43", 539.0)] == ["sin_clasificar", "EC", "", "2014-01-01", "2020-06-30"]
    assert len(found) == 32  # 8 rows of 4 columns
    assert not [key for key in found if key[0] in {"line:7", "line:12", "line:37"}]  # years


def test_years_heading_columns_stay_columns(tmp_path: Path) -> None:
    """A year followed by the next year is a column's title, no row: the table of years
    across ("Delito / 2019 / 2020 / Denuncias / 120 / 140 / ...") is read as before."""
    text = "Delito\n2019\n2020\nDenuncias\n120\n140\nFemicidios\n7\n9\n"
    assert text_facts(tmp_path, text) == [
        ("line:6", 120.0, "denuncias_violencia", "", "", "2019-01-01", "2019-12-31"),
        ("line:7", 140.0, "denuncias_violencia", "", "", "2020-01-01", "2020-12-31"),
        ("line:9", 7.0, "femicidios", "", "", "2019-01-01", "2019-12-31"),
        ("line:10", 9.0, "femicidios", "", "", "2020-01-01", "2020-12-31"),
    ]


def test_a_rows_year_gives_every_number_of_the_row_its_columns_count(tmp_path: Path) -> None:
    """A row whose first cell is a year gave its first number alone, read under the whole
    header's words ("1.120" as femicides); now each number is read under its own column."""
    text = "Año\tDenuncias\tFemicidios\n2019\t1.120\t17\n2020\t1.240\t19\n"
    assert text_facts(tmp_path, text) == [
        ("line:3", 1120.0, "denuncias_violencia", "", "", "2019-01-01", "2019-12-31"),
        ("line:3", 17.0, "femicidios", "", "", "2019-01-01", "2019-12-31"),
        ("line:4", 1240.0, "denuncias_violencia", "", "", "2020-01-01", "2020-12-31"),
        ("line:4", 19.0, "femicidios", "", "", "2020-01-01", "2020-12-31"),
    ]


def test_a_total_row_under_rows_of_years_spans_them(tmp_path: Path) -> None:
    """A total row with no period of its own, under rows dated by their year, counts from the
    first row's year to the last's, never the first year alone; "A Junio 2020" opening a row
    is January to June 2020, as "a junio de 2020" was."""
    text = "Año\tDenuncias\tFemicidios\n2019\t1.120\t17\n2020\t1.240\t19\nTotal\t2.360\t36\n"
    assert text_facts(tmp_path, text)[4:] == [
        ("line:5", 2360.0, "denuncias_violencia", "", "", "2019-01-01", "2020-12-31"),
        ("line:5", 36.0, "femicidios", "", "", "2019-01-01", "2020-12-31"),
    ]
    text = "Año\tFemicidios\n2019\t17\nA Junio 2020\t9\nTotal\t26\n"
    assert [f[-2:] for f in text_facts(tmp_path, text)] == [
        ("2019-01-01", "2019-12-31"), ("2020-01-01", "2020-06-30"), ("2019-01-01", "2020-06-30")
    ]  # fmt: skip


def test_columns_of_a_breakdown_keep_the_tables_reading(tmp_path: Path) -> None:
    """Columns whose titles name no indicator ("Total / Femenino / Masculino") leave what the
    table counts to its rows and headings, as before."""
    text = (
        "Mes\nTotal\nFemenino\nMasculino\n"
        "Ene\n3,775\n3,366\n409\nFeb\n3,243\n2,892\n351\nTotal\n7,018\n6,258\n760\n"
    )
    found = text_facts(tmp_path, text)
    assert [(line, value) for line, value, *_ in found] == [
        ("line:7", 3775.0), ("line:8", 3366.0), ("line:9", 409.0),
        ("line:11", 3243.0), ("line:12", 2892.0), ("line:13", 351.0),
        ("line:15", 7018.0), ("line:16", 6258.0), ("line:17", 760.0),
    ]  # fmt: skip
    assert {indicator for _, _, indicator, *_ in found} == {"sin_clasificar"}


def test_a_committees_agenda_item_and_meetings_are_no_counts(tmp_path: Path) -> None:
    """ve_cedaw_respuestas_contexto_2022 (dev69), line 3: "Tema 4 del programa provisional"
    gave a value of 4; a report's "en sus sesiones 1853ª y 1855ª" names meetings. Sessions
    counted before their noun stay."""
    found = corpus_facts(tmp_path, VENEZUELA)
    assert [f for f in found if f[0] == "line:3"] == []
    assert [(line, value) for line, value, *_ in found] == [
        ("line:10", 2906257.0), ("line:10", 80.0), ("line:10", 81.0)
    ]  # fmt: skip
    text = (
        "El Comité examinó el informe en sus sesiones 1853ª y 1855ª, celebradas en febrero "
        "de 2022.\nSe realizaron 12 sesiones de capacitación con 340 mujeres.\n"
    )
    assert [(line, value) for line, value, *_ in text_facts(tmp_path, text)] == [
        ("line:3", 12.0), ("line:3", 340.0)
    ]  # fmt: skip
