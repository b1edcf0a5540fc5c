"""Which date a register is counted by, rebuilt small from real registers: BANAVIM's cases of
Veracruz (registered in 2018, their events back to 2014, the file named for the span of
registrations it covers) and a court's register whose resolutions are dated with
underscores, one of them with a month that cannot be ("18_19_2017")."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular import layout

# ID, registered, municipality, events, knows the aggressor, physical, psychological (as written
# by BANAVIM, the events' dates as in its open table of cases)
CASES = [
    ["283623", "2018-05-29", "Zozocolco de Hidalgo", "2016-02-10", "SI", "0", "1"],
    ["289187", "2018-12-31", "San Andrés Tuxtla", "2018-07-08", "SI", "0", "1"],
    ["289396", "2018-04-18", "Tihuatlán", "2017-12-01", "SI", "1", "1"],
    ["291491", "2018-05-25", "La Perla", "2015-03-26", "SI", "1", "1"],
    ["292912", "2018-06-28", "Ayahualulco", "2018-06-28", "SI", "1", "1"],
    ["293252", "2018-04-12", "Xalapa", "2018-03-28", "SE", "0", "0"],
    ["294448", "2018-05-29", "Pánuco", "2018-04-26", "NO", "0", "1"],
    ["294922", "2018-01-05", "Tuxpan", "2017-12-28", "SE", "0", "0"],
    ["294970", "2018-01-25", "Tequila", "2016-12-01", "SI", "0", "0"],
    ["295686", "2018-07-13", "Nogales", "2014-10-23", "SI", "0", "1"],
]
CASES_HEADER = (
    '"ID","Fecha registro","Estado","Municipio","Fecha hechos","Conoce agresor",'
    '"Violencia Física","Violencia Psicológica"'
)


def _staged(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions())
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def _cases(path: Path) -> list[SimpleNamespace]:
    body = [
        ",".join(f'"{x}"' for x in [r[0], r[1], "Veracruz Ignacio de la Llave", *r[2:]])
        for r in CASES
    ]
    path.write_text("\n".join([CASES_HEADER, *body]) + "\n", encoding="utf-8")
    return _staged(path)


def _totals(out: list[SimpleNamespace]) -> dict[str, float]:
    """The counts of each year (a year's months, published as its parts, left aside)."""
    return {
        o.period_label: float(o.value)
        for o in out
        if o.breakdown_dimension == "_T" and o.admin1 == "MX-VER" and not o.parent_observation_id
    }


def test_a_register_named_for_its_span_is_counted_by_the_date_inside_it(tmp_path: Path) -> None:
    # "... del 2018-01-01 al 2023-12-30": every registration is inside, six events are not
    out = _cases(tmp_path / "Tabla de Casos en Veracruz del 2018-01-01 al 2023-12-30.csv")
    assert _totals(out) == {"2018": 10.0}
    total = next(o for o in out if o.breakdown_dimension == "_T" and not o.parent_observation_id)
    assert (total.period_start, total.period_end) == ("2018-01-01", "2018-12-31")
    assert total.source_locator == "A2:A11"
    # the breakdowns follow the same date: the 2018 registrations' psychological violence
    psychological = [
        o
        for o in out
        if o.breakdown_dimension == "violencia_psicologica" and o.breakdown_value == "1"
    ]
    assert [(float(o.value), o.period_label) for o in psychological] == [(7.0, "2018")]
    assert sum(float(o.value) for o in out if o.breakdown_value == "SI") == 7.0


def test_without_a_span_in_its_name_a_register_keeps_the_events_date(tmp_path: Path) -> None:
    out = _cases(tmp_path / "Tabla de Casos de Violencia en Veracruz.csv")
    # counted by the events' years, as before: 2014, 2015, 2016 (2), 2017 (2), 2018 (4)
    by_year = _totals(out)
    assert by_year == {"2014": 1.0, "2015": 1.0, "2016": 2.0, "2017": 2.0, "2018": 4.0}


def test_a_span_the_events_keep_to_leaves_the_events_date(tmp_path: Path) -> None:
    # every event inside the named span (2014-2018): the event's date still wins
    out = _cases(tmp_path / "casos_veracruz_2014_2018.csv")
    assert _totals(out)["2014"] == 1.0
    assert _totals(out)["2018"] == 4.0


def test_the_year_of_a_date_whose_month_cannot_be() -> None:
    assert layout.year_of_broken_date("18_19_2017") == 2017
    assert layout.year_of_broken_date("31/02/2016") == 2016
    # a date that can be is read by date_of, not here; a two-digit year says no century
    assert layout.year_of_broken_date("1_8_2016") is None
    assert layout.date_of("1_8_2016") is not None
    assert layout.year_of_broken_date("18_19_17") is None
    assert layout.year_of_broken_date("sin fecha") is None


def test_a_register_counted_by_year_counts_a_broken_date_in_its_year(tmp_path: Path) -> None:
    # a court's resolutions over two years, dated with underscores as its register writes
    # them; one resolution's month is 19 ("18_19_2017", as in the court's register)
    dates = [f"{1 + i % 27}_{1 + i % 12}_{2016 + i % 2}" for i in range(40)]
    dates[7] = "18_19_2017"
    lines = ["N,NRO_REGISTRO,FECHA_RESOLUCION,MATERIA,GENERO_DENUNCIANTE,TIPO_DE_RESOLUCION"]
    for i, d in enumerate(dates, start=1):
        kind = ("CONTRAVENCIONAL", "PENAL")[i % 2]
        lines.append(f"{i},{4100 + 7 * i},{d},{kind},{'MUJER' if i % 3 else 'VARON'},SENTENCIA")
    path = tmp_path / "resoluciones_juzgado.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _staged(path)
    totals = {o.period_label: float(o.value) for o in out if o.breakdown_dimension == "_T"}
    # 20 in each year, the broken date's row among 2017's (none left without a period)
    assert totals == {"2016": 20.0, "2017": 20.0}
    assert not [o for o in out if not o.period_start]


def test_a_broken_date_gives_its_year_only_where_the_count_is_by_year() -> None:
    from genero_etl.tabular.semantic import _period_of

    # counted by year, nothing else dated: the year it writes
    assert _period_of(None, None, None, "18_19_2017", None, "year", None) == (
        "2017-01-01",
        "2017-12-31",
        "2017",
    )
    # a month column beside it is read as before (with the document's year)
    assert _period_of(None, "3", None, "18_19_2017", None, "year", 2017)[2] == "2017-03"
    # counted by month, the year alone is no month: left without a period, as before
    assert _period_of(None, None, None, "18_19_2017", None, "month", None) == ("", "", "")
