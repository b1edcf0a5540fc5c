"""Registers of cases followed, suspected or under investigation, and the lists of a
register's drop-down cells kept beside it.

Rebuilt small from the Red Chilena contra la Violencia hacia las Mujeres' workbook of 2024
(``tests/acceptance/corpus_dev47``, ``cl_redchilena_femicidios_2024.xlsx``): its title in B1,
its note on the data's use in B2, its header in row 3 with an empty first cell (the 37
headers as written), the lists its drop-down cells choose from in columns AS:BE (each list's
header in row 2, its first item in the header row; the communes' list cut to its first 40
rows, blank cells as written), the first 14 femicides of "Registro de Femicidios" and the 9
deaths of "Seguimientos" (dates, communes, regions, ages, nationalities, categories and the
words on each death as written; the names replaced by initials).

- the sheet "Seguimientos", under the register's own title "FEMICIDIOS 2024", holds deaths
  whose cause is investigated: none is a femicide, nothing of it is counted;
- the lists beside the register are neither its columns nor its header: the register's
  header is row 3 alone, the lists' cells give no value;
- an office's follow-ups ("Seguimientos" of its users, as counts or one row each) stay values.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pandas as pd

from genero_etl.extract.textutil import fold
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.readers.grid import Grid
from genero_etl.tabular.lexicon import any_match, load_lexicon
from genero_etl.tabular.semantic import value_list_bands

TITLE = "FEMICIDIOS 2024"
NOTE = (
    "Esta base de datos es elaborada y administrada por la Red Chilena contra la Violencia "
    "hacia las Mujeres. El uso de los datos está a disposición de todas, todos y todes, "
    "citando la fuente."
)
HEADER = [None, "Fecha", "Comuna", "Región", "Nombre víctima", "Edad", "Nacionalidad",
          "Ocupación", "Información sobre el hecho", "Forma de agresión", "Violencia sexual",
          "Relación víctima-femicida", "Categoría Red Chilena", "Nombre femicida",
          "Edad femicida", "Nacionalidad femicida", "Ocupación femicida", "Suicidio",
          "Confiesa delito", "Antecedentes al hecho", "Antecedentes ley VIF",
          "Registro SernamEG", "Tipificación penal", "Tipificación penal adicional",
          "Situación judicial: estado causa", "Situacion judicial: fecha",
          "Situación judicial: estado femicida", "Tribunal", "Fiscal a cargo", "RIT",
          "Sentencia", "Sentencia penal adicional", "Información medios 1",
          "Información medios 2", "Información medios 3", "Informe Poder Judicial ",
          "Información actualizada por última vez "]  # fmt: skip
LISTS_AT = 45  # column AS
# AS:BE: each list's header (row 2), then its items from the register's header row down
LISTS = [
    ["Regiones", "Arica y Parinacota", "Coquimbo", "Antofagasta", "Atacama", "Valparaíso",
     "Metropolitana", "O’Higgins", "Maule", "Ñuble", "Bio Bio", "La Araucanía", "Los Ríos",
     "Los Lagos", "Magallanes", "Tarapacá", "Ñuble"],
    ["Comunas", "Algarrobo", "Alto Hospicio", "Alto Bío Bío", "Alto Del Carmen", "Ancud",
     "Andacollo", "Angol", "Antártica", None, "Antofagasta", "Antuco", "Arauco", "Arica",
     "Aysén ", None, None, "Bulnes", "Buin", "Cabildo", None, "Cabo De Hornos", "Cabrero",
     "Calama", "Calbuco", "Caldera", "Calera De Tango", "Calle Larga", "Camarones", "Camiña",
     "Canela", "Cañete", None, "Carahue", "Cartagena", "Casablanca", "Castro", "Catemu",
     "Antofagasta"],
    ["Forma de agresión ", "Arma blanca", "Arma de fuego", "Automóvil ", "Asfixia ",
     "Asfixia y arma blanca ", "Caída de altura ", "Drogas", "Golpes", "Golpes y arma blanca",
     "Golpes y asfixia", "Hacha", "Incendio", "Indeterminada", "Objeto contundente y asfixia",
     "Secuelas de ataque sexual y golpes", "Golpes y asfixia"],
    ["Violencia sexual", "Si", "No", "Se presume", "Sin información"],
    ["Categoría Red Chilena", "Femicidio íntimo", "Transfemicidio", "Femicidio no íntimo",
     "Lesbofemicidio", "Castigo femicida ", "Suicidio femicida", "Femicidio por conexión "],
    ["Suicidio", "Si", "No", "Sin información"],
    ["Confiesa delito", "Si", "No", "Sin información"],
    ["Antecedentes  VIF", "Denuncia", "Medida cautelar", "No", "Sin información"],
    ["Registro SernamEG", "Si", "No"],
    ["Estado causa", "Concluida", "En curso", "Sobreseída"],
    ["Estado femicida", "Privado de libertad", "Prisión preventiva", "Libre", "Deceso ",
     "Prófugo", "Absuelto"],
    ["Nacionalidad", "Argentina", "Colombiana", "Chilena", "Ecuatoriana", "Peruana",
     "Venezolana", "Dominicana", "Haitiana", "Inglesa", "Brasileña", "Boliviana", "Paraguaya",
     "Sin información", "Inglesa"],
    ["Nacionalidad Femicida", "Argentino", "Colombiano", "Chileno", "Ecuatoriano", "Peruano",
     "Venezolano", "Dominicano", "Haitiano", "Ingles", "Brasileño", "Boliviano", "Paraguayo",
     "Sin información", "Ingles"],
]  # fmt: skip
# "Registro de Femicidios" A4:M17: id, date, commune, region, age, nationality, category
FEMICIDES = [
    (1, "2024-01-06", "San Felipe", "Valparaíso", 20, "Chilena", "Femicidio no íntimo"),
    (2, "2024-01-16", "Talca", "Maule", 58, "Chilena", "Femicidio íntimo"),
    (3, "2024-01-20", "Pichilemu", "O’Higgins", 31, "Chilena", "Femicidio íntimo"),
    (4, "2024-01-21", "Los Lagos", "Los Ríos", 55, "Chilena", "Femicidio íntimo"),
    (5, "2024-01-30", "Victoria", "La Araucanía", 37, "Chilena", "Femicidio íntimo"),
    (6, "2024-02-20", "Maipú", "Metropolitana", 23, "Chilena", "Femicidio íntimo"),
    (7, "2024-03-01", "Alto Hospicio", "Tarapacá", 18, "Boliviana", "Femicidio no íntimo"),
    (8, "2024-03-05", "Santiago", "Metropolitana", 49, "Venezolana", None),
    (9, "2024-03-08", "La Florida", "Metropolitana", 33, "Chilena", "Femicidio íntimo"),
    (10, "2024-03-11", "Lebu", "Bio Bio", 72, "Chilena", "Femicidio íntimo"),
    (11, "2024-03-22", "Talca", "Maule", 56, "Chilena", "Femicidio íntimo"),
    (12, "2024-03-30", "Maipú", "Metropolitana", 39, "Chilena", "Femicidio íntimo"),
    (13, "2024-03-31", "Alto Hospicio", "Tarapacá", 29, "Chilena", None),
    (14, "2024-03-31", "Ovalle", "Coquimbo", 17, "Chilena", "Femicidio íntimo"),
]
# "Seguimientos" A4:I12: id, date, commune, region, age, nationality, the words on the death
FOLLOWED = [
    (1, "2024-01-07", "Antofagasta", "Antofagasta", None, None,
     "Se encuentra el cadáver de una mujer en playa Las Palmeras. Se estima que llevaba entre "
     "7 y 15 días muerta. Se desconoce causa de muerte e identidad "),
    (2, "2024-01-17", "Antofagasta", "Antofagasta", 67, None,
     "Mujer es encontrada muerta al interior de su hogar. Se investiga causa de muerte"),
    (3, "2024-01-16", "Viña Del Mar", "Valparaíso", 22, None,
     "Tras 12 días desaparecida, es encontrada en los roqueríos del borde costero de Viña del "
     "Mar. Se investiga causa de muerte"),
    (4, "2024-01-12", "Concepción", "Bio Bio", 28, None,
     "Tras 12 días desaparecida, es encontrada sin vida en el Cerro de la Virgen de Concepción"),
    (5, "2024-01-17", "Rancagua", "O’Higgins", 26, None,
     "Mujer embarazada de 8 meses encontrada, sin ropa, en un canal de regadío. Familiares "
     "denuncian femicidio y falta de investigación"),
    (6, "2024-01-17", "Coquimbo", "Coquimbo", 21, "Chilena",
     "Fallece el 17 de ese mismo mes en medio de una operación. Familiares indican que fue "
     "femicidio."),
    (7, "2024-03-09", "Cerrillos", "Metropolitana", 51, "Ecuatoriana",
     "Mujer es baleada al interior de su vivienda, es trasladada a Hospital El Carmen, donde "
     "fallece."),
    (8, "2024-04-03", "Alto Hospicio", "Tarapacá", None, None,
     "Dos hombres y una mujer encontrados, muertos y maniatados, en dos autos abandonados en "
     "sitio eriazo"),
    (9, "2024-09-07", "San Bernardo", "Metropolitana", 52, "Chilena",
     "Encuentran el cuerpo de la mujer junto al cuerpo del que se presume como femicida, en "
     "una pieza que el arrendaba."),
]  # fmt: skip


def _sheet(
    book: openpyxl.Workbook, name: str, first: bool = False
) -> openpyxl.worksheet.worksheet.Worksheet:
    sheet = book.active if first else book.create_sheet(name)
    sheet.title = name
    sheet.cell(1, 2, TITLE)
    sheet.cell(2, 2, NOTE)
    for i, header in enumerate(HEADER, start=1):
        if header:
            sheet.cell(3, i, header)
    for j, items in enumerate(LISTS):
        for k, item in enumerate(items):
            if item is not None:
                sheet.cell(2 + k, LISTS_AT + j, item)
    return sheet


def _book(tmp_path: Path, followed: bool = True, lists: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = _sheet(book, "Registro de Femicidios", first=True)
    for r, (n, date, commune, region, age, nation, category) in enumerate(FEMICIDES, start=4):
        values = {1: n, 2: dt.datetime.fromisoformat(date), 3: commune, 4: region,
                  5: f"V. {n}.", 6: age, 7: nation, 13: category, 14: f"F. {n}."}  # fmt: skip
        for c, v in values.items():
            sheet.cell(r, c, v)
    if followed:
        sheet = _sheet(book, "Seguimientos")
        for r, (n, date, commune, region, age, nation, said) in enumerate(FOLLOWED, start=4):
            values = {1: n, 2: dt.datetime.fromisoformat(date), 3: commune, 4: region,
                      5: "SE DESCONOCE", 6: age, 7: nation, 9: said}  # fmt: skip
            for c, v in values.items():
                sheet.cell(r, c, v)
    if not lists:
        for sheet in book.worksheets:
            sheet.delete_cols(LISTS_AT, len(LISTS))
    path = tmp_path / "cl_redchilena_femicidios_2024.xlsx"
    book.save(path)
    return path


def _out(path: Path) -> tuple[list[SimpleNamespace], set[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CL")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], {
        i.code for i in staged.issues
    }


def _total(out: list[SimpleNamespace], place: str | None = None) -> float:
    return sum(
        float(o.value) for o in out
        if o.indicator_id == "femicidios" and o.breakdown_dimension == "_T"
        and o.period_start == "2024-01-01"
        and not o.municipality and (o.admin1 == place or not place)
    )  # fmt: skip


def test_deaths_whose_cause_is_investigated_are_not_counted_as_femicides(tmp_path: Path) -> None:
    out, codes = _out(_book(tmp_path))
    # the register's 14 femicides, never with the 9 deaths followed beside them
    assert _total(out) == len(FEMICIDES) == 14
    assert _total(out, "CL-RM") == 4  # Maipú, Santiago, La Florida, Maipú (never Cerrillos)
    assert _total(out, "CL-CO") == 1  # Ovalle (never Coquimbo's followed death)
    assert not [o for o in out if o.source_locator.startswith("Seguimientos!")]
    assert "table-register-followed" in codes


def test_the_drop_down_lists_beside_the_register_are_no_columns_nor_header(
    tmp_path: Path,
) -> None:
    out, codes = _out(_book(tmp_path, followed=False))
    assert "sheet-value-lists-skipped" in codes
    # read as without the lists: the same counts, by the same breakdowns
    other = tmp_path / "plain"
    other.mkdir()
    plain, _ = _out(_book(other, followed=False, lists=False))

    def shown(rows: list[SimpleNamespace]) -> set[tuple[str, str, str, float]]:
        return {(o.admin1, o.breakdown_dimension, o.breakdown_value, float(o.value))
                for o in rows}  # fmt: skip

    assert shown(out) == shown(plain)
    assert _total(out, "CL-RM") == 4
    # no breakdown is named after the note over the header, nor any list's column read
    assert not [o for o in out if "esta_base" in (o.breakdown_dimension or "")]
    assert not [o for o in out if "|" in (o.breakdown_dimension or "")]
    assert not {o.breakdown_value for o in out} & {"Argentina", "Arica y Parinacota", "Algarrobo"}


def test_the_lists_band_is_found_only_where_it_lists() -> None:
    frame = pd.DataFrame([[None] * 60 for _ in range(45)], dtype=object)
    frame.iat[0, 1] = TITLE
    for j, items in enumerate(LISTS):
        for k, item in enumerate(items):
            frame.iat[1 + k, LISTS_AT - 1 + j] = item
    for i, header in enumerate(HEADER):
        frame.iat[2, i] = header
    for r, row in enumerate(FEMICIDES, start=3):
        for c, v in zip((0, 1, 2, 3, 5, 6, 12), row, strict=True):
            frame.iat[r, c] = v
    assert value_list_bands(Grid("Registro de Femicidios", frame)) == [(44, 56)]
    # a second table of text records beside the first (its rows filled across, each column
    # as long as the others) is no lists
    side = frame.copy()
    side.iloc[:, 44:] = None
    for r, row in enumerate(FEMICIDES, start=2):
        side.iat[r, 44], side.iat[r, 45], side.iat[r, 46] = row[2], row[3], row[5]
    side.iat[1, 44], side.iat[1, 45], side.iat[1, 46] = "Comuna", "Región", "Nacionalidad"
    assert value_list_bands(Grid("Registro de Femicidios", side)) == []


def test_an_offices_follow_ups_stay_values(tmp_path: Path) -> None:
    # a count of an office's follow-ups by month, and its follow-ups one row each
    book = openpyxl.Workbook()
    counts = book.active
    counts.title = "Seguimientos"
    counts.append(["Mes", "Seguimientos telefónicos", "Visitas de seguimiento"])
    for month, calls, visits in (("Enero", 41, 12), ("Febrero", 37, 9), ("Marzo", 52, 15)):
        counts.append([month, calls, visits])
    path = tmp_path / "oficina_mujer_seguimientos_2024.xlsx"
    book.save(path)
    out, codes = _out(path)
    assert {float(o.value) for o in out} >= {41.0, 37.0, 52.0, 12.0, 9.0, 15.0}
    assert "table-register-followed" not in codes


def test_the_followed_words_and_an_offices_follow_ups() -> None:
    lex = load_lexicon()
    for said in ("Seguimientos", "Seguimiento 2016-2023", "Casos en investigación",
                 "Femicidios por confirmar", "Presuntos", "Muertes de mujeres en seguimiento"):  # fmt: skip
        assert any_match(lex.followed, fold(said)), said
    for said in ("Seguimiento de causas judiciales", "Presuntos agresores detenidos",
                 "FEMICIDIOS 2024", "Registro de Femicidios"):  # fmt: skip
        assert not any_match(lex.followed, fold(said)), said
    # asked only of registers counting confirmed cases: never of an office's own follow-ups
    assert "femicidios" in lex.followed_counts
    assert not {"atenciones", "seguimientos"} & lex.followed_counts
