"""Two classes rebuilt small from real tables.

- A share of one count of the row in another count of the same row: Argentina's National
  Congress by province ("diputadxs" seats, "cantidad diputadas" women, "porcentaje
  diputadas" their share in whole percent; the same for the senate), published as a
  percentage; a share of a column's total (each province's part of the country) stays a
  derived column, never published.
- A register whose breakdown is too thin by place and year is counted, by year, in the one
  state all its rows lie in (BANAVIM's cases of Veracruz), never as the country's.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.extract.textutil import fold
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def _staged(path: Path, country: str = "") -> list[SimpleNamespace]:
    options = IngestOptions(overrides=Overrides(country=country))
    staged = extract_document(path, path.name, options)
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


# the first rows of the Congress's table, as written (lower case, no accents)
CONGRESS = """jurisdiccion,diputadxs,cantidad diputadas,porcentaje diputadas,senadorxs,cantidad senadoras,porcentaje senadoras
buenos aires,70,33,47,3,1,33
catamarca,5,2,40,3,1,33
chubut,5,1,20,3,2,67
ciudad autonoma de buenos aires,25,12,48,3,1,33
cordoba,18,9,50,3,2,67
santiago del estero,7,4,57,3,1,33
tierra del fuego aias,5,1,20,3,2,67
"""


def test_a_share_of_the_rows_own_counts_is_published_as_a_percentage(tmp_path: Path) -> None:
    path = tmp_path / "congreso_mujeres_jurisdiccion_porcentaje.csv"
    path.write_text(CONGRESS, encoding="utf-8")
    out = _staged(path, "AR")
    shares = {(o.admin1, o.indicator_label, o.source_locator): float(o.value)
              for o in out if o.unit == "%"}  # fmt: skip
    # 33 women of 70 seats: 47 %, cell D2; Córdoba's senate, 2 of 3: 67 %, cell G6
    assert shares[("AR-B", "porcentaje diputadas", "D2")] == 47.0
    assert shares[("AR-X", "porcentaje senadoras", "G6")] == 67.0
    assert shares[("AR-G", "porcentaje diputadas", "D7")] == 57.0
    assert shares[("AR-V", "porcentaje diputadas", "D8")] == 20.0
    assert len(shares) == 14  # two shares for each of the seven provinces
    # the counts stay counts, without a unit
    counts = {(o.admin1, o.source_locator): float(o.value) for o in out if o.unit == ""}
    assert counts[("AR-B", "B2")] == 70.0
    assert counts[("AR-B", "C2")] == 33.0
    assert counts[("AR-C", "C5")] == 12.0
    assert len(out) == 7 * 6


# a province's femicides and its share of the country's (a column's total): a distribution
DISTRIBUTION = """Provincia,Femicidios,Tentativas,Porcentaje de femicidios
Buenos Aires,90,30,45
Córdoba,50,12,25
Santa Fe,40,15,20
Tucumán,20,8,10
"""


def test_a_share_of_a_columns_total_stays_derived(tmp_path: Path) -> None:
    path = tmp_path / "femicidios_provincia_2022.csv"
    path.write_text(DISTRIBUTION, encoding="utf-8")
    out = _staged(path, "AR")
    femicides = sorted((o.admin1, float(o.value)) for o in out if o.source_locator[0] == "B")
    assert femicides == [("AR-B", 90.0), ("AR-S", 40.0), ("AR-T", 20.0), ("AR-X", 50.0)]
    assert len(out) == 8  # femicides and attempts; the shares of the country's 200 are not
    assert not [o for o in out if o.unit == "%"]


# BANAVIM's cases: ID, registered, state, municipality, knows the aggressor (as written)
CASES = [
    ["283623", "2018-05-29", "Zozocolco de Hidalgo", "SI"],
    ["289187", "2018-12-31", "San Andrés Tuxtla", "SI"],
    ["289396", "2018-04-18", "Tihuatlán", "SI"],
    ["291491", "2018-05-25", "La Perla", "SI"],
    ["292912", "2018-06-28", "Ayahualulco", "SI"],
    ["293252", "2018-04-12", "Chihuahua", "SE"],
    ["294448", "2018-05-29", "Pánuco", "NO"],
    ["294922", "2018-01-05", "Torreón", "SE"],
    ["294970", "2018-01-25", "Tequila", "SI"],
    ["295686", "2018-07-13", "Nogales", "SI"],
]


def test_a_one_state_registers_thin_breakdown_stays_in_that_state(tmp_path: Path) -> None:
    body = [
        ",".join(f'"{x}"' for x in [r[0], r[1], "Veracruz Ignacio de la Llave", r[2], r[3]])
        for r in CASES
    ]
    path = tmp_path / "casos_veracruz_registro_2018.csv"
    header = '"ID","Fecha registro","Estado","Municipio","Conoce agresor"'
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    out = _staged(path)
    known = {
        (o.admin1, o.period_label, o.breakdown_value): float(o.value)
        for o in out
        if o.breakdown_dimension == "vinculo"
    }
    # 7 of the 10 cases knew the aggressor: Veracruz's, by year, not Mexico's
    assert known == {("MX-VER", "2018", "SI"): 7.0, ("MX-VER", "2018", "SE"): 2.0,
                     ("MX-VER", "2018", "NO"): 1.0}  # fmt: skip
    assert all(o.country == "MX" for o in out)
    total = next(o for o in out if o.breakdown_dimension == "_T")
    assert (total.admin1, total.period_label, float(total.value)) == ("MX-VER", "2018", 10.0)
    assert total.source_locator == "A2:A11"


# Ecuador's missing persons (Ministerio del Interior), as written: province, approximate
# age, sex, motive, its detail, date missing (day/month/year), the person's situation now
MISSING = [
    ["ZAMORA CHINCHIPE", "16", "MUJER", "PROBLEMAS FAMILIARES", "PROBLEMAS SENTIMENTALES", "28/8/2023", "ENCONTRADO"],
    ["D.M. QUITO", "17", "HOMBRE", "SIN_DATO", "SIN_DATO", "24/1/2023", "DESAPARECIDO"],
    ["GUAYAS", "31", "MUJER", "PROBLEMAS SOCIALES", "INFLUENCIA DE AMISTADES", "9/3/2023", "ENCONTRADO"],
    ["PICHINCHA", "14", "MUJER", "PROBLEMAS FAMILIARES", "FAMILIA DISFUNSIONAL", "12/3/2023", "ENCONTRADO"],
    ["AZUAY", "15", "MUJER", "PROBLEMAS FAMILIARES", "FAMILIA DISFUNSIONAL", "2/5/2023", "ENCONTRADO"],
    ["MANABI", "81", "MUJER", "EXTRAVIADA", "EXTRAVIADA", "19/6/2023", "ENCONTRADO"],
    ["MANABI", "40", "HOMBRE", "SIN_DATO", "SIN_DATO", "30/7/2023", "DESAPARECIDO"],
    ["PICHINCHA", "13", "MUJER", "PROBLEMAS FAMILIARES", "PROBLEMAS SENTIMENTALES", "1/8/2023", "ENCONTRADO"],
    ["GUAYAS", "19", "MUJER", "PROBLEMAS PSICOLÓGICOS", "DEPRESION", "5/9/2023", "ENCONTRADO"],
] + [  # ten who were found dead: the motive says it too
    [place, age, sex, "FALLECIDO", detail, day, "FALLECIDO"]
    for place, age, sex, detail, day in [
        ("GUAYAS", "45", "HOMBRE", "ASESINATO", "3/3/2023"),
        ("AZUAY", "70", "HOMBRE", "ACCIDENTAL", "15/4/2023"),
        ("D.M. GUAYAQUIL", "22", "MUJER", "ASESINATO", "7/6/2023"),
        ("EL ORO", "34", "HOMBRE", "NO DETERMINADA", "11/1/2023"),
        ("LOS RIOS", "28", "MUJER", "ASESINATO", "20/2/2023"),
        ("MANABI", "52", "HOMBRE", "ACCIDENTAL", "8/3/2023"),
        ("ESMERALDAS", "19", "HOMBRE", "NO DETERMINADA", "14/5/2023"),
        ("GUAYAS", "63", "MUJER", "MUERTE NATURAL", "2/7/2023"),
        ("PICHINCHA", "37", "HOMBRE", "ASESINATO", "26/9/2023"),
        ("D.M. QUITO", "48", "HOMBRE", "NO DETERMINADA", "4/10/2023"),
    ]
]  # fmt: skip


def test_a_fact_two_columns_say_of_the_same_rows_is_counted_once(tmp_path: Path) -> None:
    header = (
        "Provincia;Edad Aprox.;Sexo;Motivo Desaparción;Motivo Desaparción Obs.;"
        "Fecha Desaparición;Situación Actual"
    )
    path = tmp_path / "personas_desaparecidas_2023.csv"
    path.write_text("\n".join([header, *(";".join(r) for r in MISSING)]) + "\n", "utf-8")
    out = _staged(path)
    died = [o for o in out if fold(o.breakdown_value).endswith("fallecido")]
    # the ten found dead: said by the situation now (three values) and by the motive
    # (six), counted under the situation only, once each
    assert {o.breakdown_dimension for o in died} == {"situacion"}
    assert sum(float(o.value) for o in died) == 10.0
    assert {o.source_locator for o in died} == {"G2:G20"}
    # the motive's other values are counted as before: four family problems in 2023
    family = [o for o in out if o.breakdown_value == "PROBLEMAS FAMILIARES"]
    assert sum(float(o.value) for o in family) == 4.0
    assert {o.breakdown_dimension for o in family} == {"motivo"}
    # "EXTRAVIADA", said in two columns by one row only: the one person's, with her province
    # and year it would point at her, so it is published under neither column
    assert not [o for o in out if o.breakdown_value == "EXTRAVIADA"]
    assert sum(float(o.value) for o in out if o.breakdown_dimension == "_T") == 19.0
