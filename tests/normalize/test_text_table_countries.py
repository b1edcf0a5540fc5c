"""A text table whose rows are named by countries ("País | Año | Tasa"): each row's value is
its country's, of its own year or span of years, and a rate when its column says so; a row of
a place that cannot be told is not published as the report's country. The rows are those of
a real report, the Uruguayan interior ministry's study of women killed by their partners
(tests/acceptance/corpus_dev13)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document

OPENING = (
    "Ministerio del Interior - Uruguay\n\n"
    "Observatorio Nacional sobre Violencia y Criminalidad. Montevideo, 2017.\n\n"
)


def _rows(tmp_path: Path, text: str) -> tuple[dict[str, tuple[object, ...]], list[str]]:
    path = tmp_path / "informe.txt"
    path.write_text(OPENING + text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    rows = {
        o.value_raw: (
            o.country, o.period_start, o.period_end, o.unit, o.value_kind,
            o.breakdown_dimension, o.breakdown_value,
        )
        for o in staged.observation_list()
    }  # fmt: skip
    return rows, [i.code for i in staged.issues]


def test_a_row_of_another_country_is_that_countrys_over_its_own_years(tmp_path: Path) -> None:
    rows, codes = _rows(
        tmp_path,
        "Cuadro 3. Tasa de homicidio a mujeres con autor (ex) pareja\n\n"
        "País\tAño\tTasa de Homicidio a mujeres con autor (ex) pareja\n"
        "Uruguay\t2013 - 2016\t1,09\n"
        "Finlandia\t2003 - 2006\t0,82\n"
        "Holanda\t2003 - 2006\t0,35\n"
        "Escocia\t2010 - 2013\t0,33\n"
        "España\t2012 - 2014(*)\t0,23\n",
    )
    # Finland's rate over 2003-2006, not Uruguay's count of victims of the report's year, nor
    # a breakdown "2003 - 2006"
    assert rows["0,82"] == ("FI", "2003-01-01", "2006-12-31", "tasa", "rate", "_T", "_T")
    assert rows["0,35"] == ("NL", "2003-01-01", "2006-12-31", "tasa", "rate", "_T", "_T")
    assert rows["0,23"] == ("ES", "2012-01-01", "2014-12-31", "tasa", "rate", "_T", "_T")
    assert rows["1,09"] == ("UY", "2013-01-01", "2016-12-31", "tasa", "rate", "_T", "_T")
    # Scotland is no country the project knows: its rate is not published as Uruguay's
    assert "0,33" not in rows
    assert codes.count("text-row-other-place") == 1


def test_a_year_cell_dates_its_row_and_a_country_is_its_place(tmp_path: Path) -> None:
    rows, _ = _rows(
        tmp_path,
        "Cuadro 1. Tasas de homicidio en países seleccionados\n\n"
        "País\tAño\tTasa de Homicidios\n"
        "Venezuela\t2012\t53,70\n"
        "Uruguay\t2016*\t7,73\n"
        "Reino Unido\t2011\t1,00\n",
    )
    assert rows["53,70"] == ("VE", "2012-01-01", "2012-12-31", "tasa", "rate", "_T", "_T")
    assert rows["7,73"] == ("UY", "2016-01-01", "2016-12-31", "tasa", "rate", "_T", "_T")
    assert rows["1,00"] == ("GB", "2011-01-01", "2011-12-31", "tasa", "rate", "_T", "_T")


def test_a_countrys_name_alone_with_no_period_of_its_own_is_not_published(
    tmp_path: Path,
) -> None:
    """A chart's labels read as text ("Canadá 0,40"): the report's year is not Canada's."""
    rows, codes = _rows(
        tmp_path,
        "Gráfico 2. Tasa de HMP\n\nCanadá 0,40\n\nEstados Unidos 0,65\n\n"
        "En 2016 se registraron 27 homicidios de mujeres en el país.\n",
    )
    assert "0,40" not in rows and "0,65" not in rows
    assert rows["27"][:3] == ("UY", "2016-01-01", "2016-12-31")
    assert codes.count("text-row-other-place") == 2


def test_a_division_named_like_a_country_stays_a_division(tmp_path: Path) -> None:
    """In a Guatemalan report "Guatemala" down a department column is the department."""
    path = tmp_path / "informe.txt"
    path.write_text(
        "Instituto Nacional de Estadística - Guatemala\n\n"
        "Denuncias por violencia contra la mujer, 2020\n\n"
        "Departamento\tAño\tDenuncias\n"
        "Guatemala\t2020\t1.250\n"
        "Escuintla\t2020\t340\n",
        encoding="utf-8",
    )
    found = extract_document(path, "informe.txt", IngestOptions()).observation_list()
    values = {o.value_raw: (o.country, o.period_start) for o in found}
    assert values["1.250"] == ("GT", "2020-01-01")
    assert values["340"] == ("GT", "2020-01-01")
