"""What officials say (speeches, monthly reports of a gender-violence alert, a president's and
ministers' figures), met in the development corpus (tests/acceptance/texts, part dev51): a
help line named with "del" before its number ("la línea del 141 del ICBF"), a span of time
with its order between the number and the unit ("estos 10 primeros días del año"), a part of a
count of centres taken up by "de los cuales" and a verb ("286 Centros ..., de los cuales 46
atienden las 24 horas"), a fall between two levels after a word the lexicon takes for a
numbered unit ("bajar la medida de 133 a 96 casos"), "casos registrados" in a sentence on
deaths (no people assisted), the levels of a change over one month of two years ("entre junio
de 2020 y junio de 2024, pasando de 17 a 13 casos"), the year so far said after a count ("841
órdenes de aprehensión en lo que va del 2024"), districts counted (no people), and Chile's
intersectoral femicide circuit named in the plural, and places a sentence announces ("En
cuanto a los refugios, en total son 91"). Each document case reads the real
document as the corpus runner does (its source line blanked) and asserts the line, the number,
the indicator and what else the fix decides; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation

from .reports import corpus_document, extracted

Row = tuple[str, float, str | None]


def _rows(found: list[Observation]) -> list[Row]:
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in found]


def _values(found: list[Observation]) -> set[tuple[str, float]]:
    return {(o.source_locator.split()[0], float(o.value)) for o in found}


def _on(found: list[Observation], line: str, value: float) -> Observation:
    [one] = [o for o in found if o.source_locator.split()[0] == line and o.value == value]
    return one


def test_a_line_named_with_del_before_its_number_is_no_value(tmp_path: Path) -> None:
    """co_consejeria_mujer_linea_155_antioquia_2020 (dev51): "fueron remitidos a otras
    entidades competentes, ya fuera a la línea del 141 del ICBF ... o a la línea 122 de la
    Fiscalía": the 141 was a value; the callers and their shares on the line stay."""
    found = corpus_document(tmp_path, "co_consejeria_mujer_linea_155_antioquia_2020")
    assert ("line:6", 141.0) not in _values(found)
    assert ("line:6", 122.0) not in _values(found)
    assert {("line:6", 2209.0), ("line:6", 89.6), ("line:6", 9.7), ("line:6", 0.7)} <= _values(
        found
    )
    assert ("line:3", 912.0, "llamadas_linea_atencion") in _rows(found)
    said = extracted(tmp_path, "\nLa línea del 144 recibió 3.200 llamadas.\n")
    assert _rows(said) == [("line:2", 3200.0, "llamadas_linea_atencion")]


def test_the_first_days_of_a_year_are_a_span_of_time(tmp_path: Path) -> None:
    """cl_seremi_mujer_los_rios_fono_1455_2019 (dev51): "los cuatro femicidios ocurridos
    durante estos 10 primeros días del año": the 10 days were a value; the four femicides
    stay. "los 3 últimos meses" is a span too; "los 10 primeros casos" count cases."""
    found = corpus_document(tmp_path, "cl_seremi_mujer_los_rios_fono_1455_2019")
    assert ("line:3", 10.0) not in _values(found)
    assert ("line:3", 4.0, "femicidios") in _rows(found)
    said = extracted(
        tmp_path,
        "\nHubo cuatro femicidios en los 3 últimos meses.\nLos 10 primeros casos fueron atendidos.\n",
    )
    assert _values(said) == {("line:2", 4.0), ("line:3", 10.0)}


def test_a_part_of_a_count_of_centres_counts_centres(tmp_path: Path) -> None:
    """pe_presidencia_kuczynski_cem_comisarias_2017 (dev51): "hay 286 Centros de Emergencia
    Mujer a nivel nacional, de los cuales 46 atienden las 24 horas del día": the 46 are centres
    (its verb made them people assisted); a part of a count of women, or a part with a count
    noun of its own, is not."""
    found = corpus_document(tmp_path, "pe_presidencia_kuczynski_cem_comisarias_2017")
    assert ("line:5", 286.0, "centros_atencion") in _rows(found)
    assert ("line:5", 46.0, "centros_atencion") in _rows(found)
    # "Con la inauguración del CEM "Laura Caller", suman 41 al interior de las comisarías": the
    # sentence names the centres before the count that says how many there are
    assert ("line:5", 41.0, "centros_atencion") in _rows(found)
    said = extracted(
        tmp_path,
        "\nSe atendió a 500 mujeres, de las cuales 46 fueron derivadas.\n"
        "Hay 20 refugios, de los cuales 12 mujeres fueron derivadas.\n"
        "Hay 286 Centros de Emergencia Mujer, de los cuales 46 funcionan en comisarías.\n"
        "Con la apertura del refugio, suman 300 las mujeres alojadas.\n",
    )
    rows = _rows(said)
    assert ("line:5", 300.0, "refugios_personas_alojadas") in rows
    assert ("line:2", 46.0, "personas_asistidas") in rows
    assert ("line:3", 20.0, "centros_atencion") in rows
    assert ("line:3", 12.0, "centros_atencion") not in rows
    assert ("line:4", 46.0, "centros_atencion") in rows


def test_districts_counted_are_no_people(tmp_path: Path) -> None:
    """The same speech: "En el Perú tenemos 1,900 distritos, o sea, hay 400 distritos que no
    tienen comisarías": districts, never people assisted (they were, from the topic)."""
    found = corpus_document(tmp_path, "pe_presidencia_kuczynski_cem_comisarias_2017")
    on_line = {value: indicator for line, value, indicator in _rows(found) if line == "line:6"}
    assert on_line == {1900.0: "sin_clasificar", 400.0: "sin_clasificar"}


def test_a_fall_after_a_units_word_is_two_levels(tmp_path: Path) -> None:
    """mx_cdmx_jefatura_informe_alerta_sheinbaum_octubre_2022 (dev51): "obteniendo como
    resultado bajar la medida de 133 a 96 casos": "medida de" was taken for a numbered
    measure's cue and both levels were lost; numbered units run upwards ("las medidas 1 a 4"
    stay no values)."""
    found = corpus_document(tmp_path, "mx_cdmx_jefatura_informe_alerta_sheinbaum_octubre_2022")
    assert ("line:4", 133.0, "muertes_mujeres_violencia") in _rows(found)
    assert ("line:4", 96.0, "muertes_mujeres_violencia") in _rows(found)
    assert {o.admin1 for o in found} == {"MX-CMX"}
    said = extracted(tmp_path, "\nSe cumplieron las medidas 1 a 4 del plan.\n")
    assert said == []


def test_levels_over_one_month_of_two_years_and_cases_registered(tmp_path: Path) -> None:
    """mx_cdmx_jefatura_informe_alerta_julio_2024 (dev51): "una disminución significativa en
    muertes violentas de mujeres en 23 por ciento, entre junio de 2020 y junio de 2024, pasando
    de 17 a 13 casos registrados": 17 is June 2020's, 13 June 2024's (both had the whole span),
    and "casos registrados" are no people assisted (both were); "841 órdenes de aprehensión en
    lo que va del 2024" is of 2024 (it had the 390's first half of 2019)."""
    found = corpus_document(tmp_path, "mx_cdmx_jefatura_informe_alerta_julio_2024")
    seventeen, thirteen = _on(found, "line:6", 17.0), _on(found, "line:6", 13.0)
    assert (seventeen.period_start, seventeen.period_end) == ("2020-06-01", "2020-06-30")
    assert (thirteen.period_start, thirteen.period_end) == ("2024-06-01", "2024-06-30")
    assert seventeen.indicator_id != "personas_asistidas"
    assert thirteen.indicator_id != "personas_asistidas"
    first, now = _on(found, "line:9", 390.0), _on(found, "line:9", 841.0)
    assert (first.period_start, first.period_end) == ("2019-01-01", "2019-06-30")
    assert now.period_start == "2024-01-01"
    said = extracted(
        tmp_path,
        "\nSe registró una disminución en muertes violentas de mujeres, pasando de 17 a 13 casos"
        " registrados.\n",
    )
    assert _rows(said) == [
        ("line:2", 17.0, "muertes_mujeres_violencia"),
        ("line:2", 13.0, "muertes_mujeres_violencia"),
    ]
    said = extracted(tmp_path, "\nEntre 2020 y 2024, los feminicidios pasaron de 17 a 13 casos.\n")
    assert [(o.value, o.period_start, o.period_end) for o in said] == [
        (17.0, "2020-01-01", "2020-12-31"),
        (13.0, "2024-01-01", "2024-12-31"),
    ]


def test_chiles_femicide_circuit_in_the_plural_says_chile(tmp_path: Path) -> None:
    """cl_minmujer_femicidios_frustrados_circuito_2023 (dev51): the minister at the "Informe
    Anual del Circuito Intersectorial de Femicidios (CIF)", the country never named: the
    circuit in the plural is Chile's (its values had no country)."""
    found = corpus_document(tmp_path, "cl_minmujer_femicidios_frustrados_circuito_2023")
    attempted = _on(found, "line:3", 151.0)
    assert attempted.indicator_id == "intentos_femicidio"
    assert (attempted.period_start, attempted.period_end) == ("2020-01-01", "2020-12-31")
    assert {o.country for o in found} == {"CL"}


def test_places_a_sentence_announces_are_counted_as_places(tmp_path: Path) -> None:
    """mx_semujeres_refugios_centros_presupuesto_2026 (dev51): "En cuanto a los refugios, en
    total son 91, pero sus ubicaciones no son conocidas": 91 shelters (they were women
    sheltered); women a sentence on shelters counts stay people."""
    found = corpus_document(tmp_path, "mx_semujeres_refugios_centros_presupuesto_2026")
    assert [row for row in _rows(found) if row[0] == "line:6"] == [
        ("line:6", 678.0, "centros_atencion"),
        ("line:6", 75.0, "centros_atencion"),
        ("line:6", 91.0, "centros_atencion"),
    ]
    said = extracted(
        tmp_path,
        "\nEn cuanto a los refugios, atendieron a 91 mujeres.\n"
        "En cuanto a los refugios, se alojaron 91.\n",
    )
    assert _rows(said) == [
        ("line:2", 91.0, "refugios_personas_alojadas"),
        ("line:3", 91.0, "refugios_personas_alojadas"),
    ]
