"""Workbooks of femicide registers of several sheets, rebuilt small from the Red Chilena contra
la Violencia hacia las Mujeres' workbooks of ``tests/acceptance/corpus_dev36``
(``cl_redchilena_femicidios_2010_2022.xlsx``, ``cl_redchilena_femicidios_2022_seguimiento.xlsx``):
their headers, sheet names, titles, dates, places and regions as written there; the names of
victims and killers are replaced by their initials.

- a definitions sheet ("Campos": each year, then that year's field names across) counts no case;
- a year's register whose rows are all rows of the workbook's list of every year is read once;
- a sheet of deaths followed on a suspicion of femicide is no count of femicides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import openpyxl

from genero_etl.extract.textutil import fold
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.lexicon import any_match

HEADER_2010 = ["ID", "Fecha", "Lugar", "Región", "Nombre Víctima", "Edad", "Nacionalidad",
               "Ocupación", "Información sobre el hecho", "Forma de agresión", "Violencia sexual",
               "Relación Víctima-Femicida", "Categorías Red Chilena", "Nombre Femicida",
               "Edad"]  # fmt: skip
# what "FEMICIDIOS 2010" alone writes of its first eight: aggression, relation, kind, killer's age
KILLERS_2010 = [
    ("apuñalada", "Conviviente", 53), ("baleada", "Pareja", 25), ("baleada", "Ex conviviente", 45),
    (None, "Cónyuge", 27), ("baleada", "Pareja", 18), ("baleada", "Cónyuge", 58),
    ("Asfixiada", "Ex pareja", 38), ("apuñalada", "Ex conviviente", None),
]  # fmt: skip
# the first eight women of "FEMICIDIOS 2010" (and of the list "csv"): id, date, place, region
ROWS_2010 = [
    (1, "2010-01-03", "Valparaíso", "Valparaíso", "G. V. J.", 58),
    (2, "2010-01-04", "Curicó", "El Maule", "I. F. V.", 21),
    (3, "2010-01-13", "Pudahuel", "Metropolitana", "C. C. G.", 41),
    (4, "2010-01-21", "Cauquenes", "El Maule", "M. P. S.", 46),
    (5, "2010-01-25", "Temuco", "La Araucanía", "N. M. T.", 33),
    (6, "2010-02-01", "La Florida", "Metropolitana", "A. R. P.", 53),
    (7, "2010-02-04", "Temuco", "La Araucanía", "P. C. L.", 42),
    (8, "2010-02-06", "Santiago", "Metropolitana", "R. Q. M.", 46),
]
# the list's first women of 2011 (its ids start again at 1)
ROWS_2011 = [
    (1, "2011-01-23", "Illapel", "Coquimbo", "L. A. T.", 26),
    (2, "2011-01-26", "Puente Alto", "Metropolitana", "S. B. R.", 24),
    (3, "2011-01-26", "Padre las Casas", "Araucanía", "E. H. C.", 52),
    (4, "2011-01-27", "Nueva Imperial", "Araucanía", "D. M. N.", 42),
    (5, "2011-02-04", "Copiapó", "Atacama", "V. O. S.", 26),
    (6, "2011-02-20", "Loncoche", "Araucanía", "J. F. A.", 23),
]
# "Campos": its first rows as written (the year, then that year's field names)
CAMPOS = [
    [2010, "Fecha", "Lugar", "Región", "Nombre Víctima", "Edad", "Nacionalidad", "Ocupación",
     "Información sobre el hecho", "Forma de agresión", "Violencia sexual",
     "Relación Víctima-Femicida", "Categorías Red Chilena", "Nombre Femicida", "Edad"],
    [2011, "Fecha", "Lugar", "Región", "Nombre Víctima", "Edad Víctima", "Nacionalidad Víctima",
     "Ocupación Víctima", "Forma de agresión", "Violencia sexual", "Relación Víctima-Femicida",
     "Categoría Red Chilena", "Nombre Femicida", "Edad Femicida", "Nacionalidad Femicida"],
    [2012, "Fecha", "Lugar", "Región", "Nombre Víctima", "Edad Víctima", "Nacionalidad Víctima",
     "Ocupación Víctima", "Información sobre el hecho", "Forma de agresión", "Violencia sexual",
     "Relación Víctima-Femicida", "Tipificación Red Chilena", "Nombre Femicida", "Edad Femicida"],
    [2013, "Fecha", "Lugar", "Región", "Nombre Víctima", "Edad Víctima", "Nacionalidad Víctima",
     "Ocupación Víctima", "Información sobre el hecho", "Forma de agresión", "Violencia sexual",
     "Relación Víctima-Femicida", "Categorías Red Chilena", "Nombre Femicida", "Edad Femicida"],
]  # fmt: skip
# "FEMICIDIOS 2022": the 24 femicides of 2 January to 6 July 2022, date, place and region
ROWS_2022 = [
    ("2022-01-02", "Papudo", "Valparaíso"), ("2022-01-09", "Paine", "Metropolitana"),
    ("2022-01-15", "Arica", "Arica y Parinacota"), ("2022-01-23", "Pitrufquén", "Araucanía"),
    ("2022-01-27", "Coquimbo", "Coquimbo"), ("2022-01-30", "Pudahuel", "Metropolitana"),
    ("2022-02-04", "Mulchén", "Bio Bío"), ("2022-02-10", "Antofagasta", "Antofagasta"),
    ("2022-02-20", "Viña del Mar", "Valparaíso"), ("2022-03-09", "Renca", "Metropolitana"),
    ("2022-03-13", "Santa Juana", "Bio Bío"), ("2022-03-15", "Valparaíso", "Valparaíso"),
    ("2022-04-15", "Puerto Montt", "Los Lagos"), ("2022-04-19", "Rengo", "Ohiggins"),
    ("2022-04-30", "Osorno", "Los Lagos"), ("2022-05-01", "El Quisco", "Valparaíso"),
    ("2022-05-01", "Pemuco", "Ñuble"), ("2022-05-09", "Melipilla", "Metropolitana"),
    ("2022-05-20", "Gorbea", "Araucanía"), ("2022-05-29", "Iquique", "Tarapacá"),
    ("2022-06-03", "Puerto Saavedra", "Araucanía"), ("2022-06-08", "Coquimbo", "Coquimbo"),
    ("2022-06-30", "Rio Negro", "Los Lagos"), ("2022-07-06", "Quilpué", "Valparaíso"),
]  # fmt: skip
# "Seguimiento 2016-2022": its first ten deaths followed on a suspicion
ROWS_FOLLOWED = [
    ("2016-07-16", "Pudahuel", "Metropolitana"), ("2017-02-02", "Valparaiso", "Valparaíso"),
    ("2017-02-13", "Cañete", "Biobío"), ("2017-06-02", "San Fernando", "O'Higgins"),
    ("2017-07-18", "Conchalí", "Metropolitana"), ("2017-09-29", "Santiago", "Metropolitana"),
    ("2017-10-20", "Valparaiso", "Valparaíso"), ("2017-12-01", "Antofagasta", "Antofagasta"),
    ("2018-01-04", "Calama", "Antofagasta"), ("2018-01-05", "El Quisco", "Valparaíso"),
]  # fmt: skip


def _day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _woman(row: tuple[object, ...]) -> list[object]:
    n, date, place, region, name, age = row
    return [n, _day(str(date)), place, region, name, age, "Chilena", None, None]


def _out(path: Path) -> tuple[list[SimpleNamespace], set[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CL")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], {
        i.code for i in staged.issues
    }


def test_a_definitions_sheet_and_a_repeated_years_register_count_nothing_again(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "FEMICIDIOS 2010"
    first.append(HEADER_2010)
    for row, (how, relation, age) in zip(ROWS_2010, KILLERS_2010, strict=True):
        killer = f"K. {row[0]}"
        first.append([*_woman(row), how, None, relation, "Femicidio íntimo", killer, age])
    fields = book.create_sheet("Campos")
    for row in CAMPOS:
        fields.append(row)
    every = book.create_sheet("csv")
    every.append([*HEADER_2010[:8], "año"])
    for row in ROWS_2010:
        every.append([*_woman(row)[:8], 2010])
    for row in ROWS_2011:
        every.append([*_woman(row)[:8], 2011])
    path = tmp_path / "cl_redchilena_femicidios_2010_2022.xlsx"
    book.save(path)
    out, codes = _out(path)

    def total(year: int, end: str = "12-31") -> float:
        return sum(
            float(o.value) for o in out
            if o.period_start == f"{year}-01-01" and o.period_end == f"{year}-{end}"
            and o.breakdown_dimension == "_T"
        )  # fmt: skip

    # the field names of each year are no register: nothing of "Campos" is published
    assert not [o for o in out if o.source_locator.startswith("Campos!")]
    assert "sheet-field-list-skipped" in codes
    # the 2010 sheet's eight women are the list's eight of 2010: counted once, from the list
    assert total(2010) == len(ROWS_2010) == 8
    # the list stops on 20 February 2011, its pace (14 cases in some 14 months) putting ten
    # more in the rest of the year: its last year is January-February
    assert total(2011, "02-28") == len(ROWS_2011) == 6
    assert not [o for o in out if o.source_locator.startswith("FEMICIDIOS 2010!")]
    assert "sheet-rows-repeated-skipped" in codes


def test_deaths_followed_on_a_suspicion_of_femicide_are_not_counted(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Seguimiento 2016-2022"
    sheet.append([None, "SEGUIMIENTOS MUERTES DE MUJERES EN QUE SE SOSPECHOSA FEMICIDIO"])
    sheet.append([])
    sheet.append([None, "Fecha", "Lugar", "Región", "Nombre víctima", "Edad", "Nacionalidad"])
    for i, (date, place, region) in enumerate(ROWS_FOLLOWED, start=1):
        sheet.append([i, _day(date), place, region, f"V. {i}", 20 + i, "Chilena"])
    path = tmp_path / "cl_redchilena_femicidios_seguimiento.xlsx"
    book.save(path)
    out, codes = _out(path)
    assert not out
    assert "table-register-presumed" in codes


def test_the_suspicion_words_are_presumed_killings_and_a_suspect_is_not() -> None:
    from genero_etl.tabular.ingest import _lexicon

    lex = _lexicon()
    said = "SEGUIMIENTOS MUERTES DE MUJERES EN QUE SE SOSPECHOSA FEMICIDIO"
    assert any_match(lex.presumed, fold(said))
    assert any_match(lex.presumed, fold("Muertes con sospecha de feminicidio"))
    assert not any_match(lex.presumed, fold("Sospechosos detenidos por robo"))
