"""Registers and a seats table rebuilt small with their headers and values as written by their
offices: Ecuador's Ministerio del Interior's missing persons (latin-1, semicolons, police
zones beside provinces, coordinates with decimal commas, an approximate age, the day a person
went missing and the day found), BANAVIM's victims and cases of Veracruz (an ID and a date a
row, the state written "Veracruz Ignacio de la Llave", the number of children, kinds of
violence as 0/1 flags) and Argentina's Congress seats by province (inclusive-language headers,
"tierra del fuego aias")."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.normalize.places import lookup_admin1
from genero_etl.pipeline import IngestOptions, extract_document

MISSING_HEADER = (
    "Provincia;Latitud;Longitud;Edad Aprox.;Sexo;Motivo Desaparción;Motivo Desaparción Obs.;"
    "Fecha Desaparición;Situación Actual;Fecha Localización"
)
PROVINCES = ["D.M. QUITO", "PICHINCHA", "AZUAY", "D.M. GUAYAQUIL", "GUAYAS"]
MOTIVES = [
    ("PROBLEMAS FAMILIARES", "FAMILIA DISFUNSIONAL"),
    ("PROBLEMAS FAMILIARES", "MALTRATO FISICO"),
    ("PROBLEMAS SOCIALES", "INFLUENCIA DE AMISTADES"),
]


def _missing_row(i: int) -> list[str]:
    month = 1 + i % 3
    found = i % 4 != 0
    motive, detail = MOTIVES[i % 3]
    return [
        PROVINCES[i % 5],
        f"-0,{2188216 + i}",
        f"-78,{5135489 + i}",
        str(13 + i % 40),
        "MUJER" if i % 3 else "HOMBRE",
        motive,
        detail,
        f"{1 + i % 27}/{month}/2023",
        "ENCONTRADO" if found else "DESAPARECIDO",
        # found the next month, or never: the day found is no period of the case
        f"{1 + i % 27}/{month + 1}/2023" if found else "SIN_DATO",
    ]


def _staged(path: Path, country: str = "") -> tuple[list[SimpleNamespace], set[str]]:
    options = IngestOptions(overrides=Overrides(country=country)) if country else IngestOptions()
    staged = extract_document(path, path.name, options)
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], {
        i.code for i in staged.issues
    }


def _sum(out: list[SimpleNamespace], **want: str) -> float:
    return sum(float(o.value) for o in out if all(getattr(o, k) == v for k, v in want.items()))


def test_police_zones_and_other_spellings_name_their_subdivision() -> None:
    assert [a.iso for a in lookup_admin1("D.M. QUITO")] == ["EC-P"]
    assert [a.iso for a in lookup_admin1("D.M. GUAYAQUIL")] == ["EC-G"]
    assert [a.iso for a in lookup_admin1("Veracruz Ignacio de la Llave")] == ["MX-VER"]
    assert [a.iso for a in lookup_admin1("tierra del fuego aias")] == ["AR-V"]


def test_a_missing_persons_register_is_counted_by_the_day_they_went_missing(
    tmp_path: Path,
) -> None:
    rows = [_missing_row(i) for i in range(150)]
    path = tmp_path / "mdi_personasdesaparecidas_pm_2023.csv"
    lines = [MISSING_HEADER, *(";".join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    out, codes = _staged(path)
    assert "table-register-counted" in codes
    assert {o.country for o in out} == {"EC"}
    # by the month of the disappearance, never of the day found ("SIN_DATO" is no gap)
    for month in (1, 2, 3):
        expected = sum(1 for r in rows if r[7].split("/")[1] == str(month))
        assert expected == 50
        got = _sum(
            out,
            period_start=f"2023-{month:02d}-01",
            period_end=f"2023-{month:02d}-{(31, 28, 31)[month - 1]}",
            breakdown_dimension="_T",
        )
        assert got == expected
    # the police's metropolitan district is counted in its province, beside the province's rows
    pichincha = sum(1 for r in rows if r[0] in {"D.M. QUITO", "PICHINCHA"})
    assert pichincha == 60
    assert _sum(out, admin1="EC-P", breakdown_dimension="_T") == pichincha
    assert _sum(out, admin1="EC-G", breakdown_dimension="_T") == 60
    # the situation and the motive are breakdowns; the motive's detail one of its own
    missing = sum(1 for r in rows if r[8] == "DESAPARECIDO")
    assert _sum(out, breakdown_dimension="situacion", breakdown_value="DESAPARECIDO") == missing
    family = sum(1 for r in rows if r[5] == "PROBLEMAS FAMILIARES")
    assert _sum(out, breakdown_dimension="motivo", breakdown_value="PROBLEMAS FAMILIARES") == family
    assert _sum(
        out, breakdown_dimension="motivo_detalle", breakdown_value="MALTRATO FISICO"
    ) == sum(1 for r in rows if r[6] == "MALTRATO FISICO")
    # no age and no coordinate is ever published
    assert not [o for o in out if "edad" in o.indicator_label.lower()]
    texts = " ".join(f"{o.value} {o.source_text} {o.breakdown_value}" for o in out)
    assert "2188216" not in texts and "5135489" not in texts


VICTIMS = [
    ["283623", "2018-05-29", "Zozocolco de Hidalgo", "Secundaria", "25", "Concubinato", "0"],
    ["289187", "2018-12-31", "San Andrés Tuxtla", "Secundaria", "26", "Concubinato", "0"],
    ["289396", "2018-04-18", "Tihuatlán", "No identificado", "37", "Concubinato", "0"],
    ["291491", "2018-05-25", "La Perla", "No identificado", "35", "Concubinato", "0"],
    ["292912", "2018-06-28", "Ayahualulco", "Primaria", "40", "Concubinato", "2"],
    ["294448", "2018-05-29", "Pánuco", "Secundaria", "15", "No identificado", "0"],
    ["294970", "2018-01-25", "Tequila", "No identificado", "14", "Soltera", "0"],
    ["295686", "2018-07-13", "Nogales", "No identificado", "46", "Casada", "1"],
    ["296008", "2018-02-09", "Tlapacoyan", "No identificado", "11", "Soltera", "0"],
    ["296085", "2018-12-12", "Veracruz", "Secundaria", "33", "Casada", "3"],
]


def test_ten_victims_with_their_children_are_a_register_not_a_table_of_counts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Banavim Abierto - Tabla de Víctimas en Veracruz.csv"
    header = '"ID","Fecha registro","Estado","Municipio","Escolaridad","Edad","Estado civil","Hijas e hijos"'
    body = [
        ",".join(f'"{x}"' for x in [r[0], r[1], "Veracruz Ignacio de la Llave", *r[2:]])
        for r in VICTIMS
    ]
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    out, codes = _staged(path)
    assert "table-register-counted" in codes
    # ten victims registered in 2018, in Veracruz (no municipality is read as another state's)
    # (the year's count: its months are published too, as its parts)
    assert (
        _sum(out, admin1="MX-VER", period_start="2018-01-01", parent_observation_id="",
             breakdown_dimension="_T")
        == 10
    )  # fmt: skip
    assert {o.admin1 for o in out if o.admin1} == {"MX-VER"}
    # the number of children is a woman's own, no count: nothing is published cell by cell
    assert not [o for o in out if "hij" in o.indicator_label.lower()]
    assert {o.breakdown_dimension for o in out} == {"_T"}
    assert not [o for o in out if o.value in {"25.0", "46.0", "283623.0"}]


CASES = [
    # ID, registered, municipality, events, place, knows the aggressor, physical, psychological
    ["283623", "2018-05-29", "Zozocolco de Hidalgo", "2018-02-10", "Espacio particular", "SI", "0", "1"],
    ["289187", "2018-12-31", "San Andrés Tuxtla", "2018-07-08", "Espacio particular", "SI", "0", "1"],
    ["289396", "2018-04-18", "Tihuatlán", "2018-01-12", "Espacio particular", "SI", "1", "1"],
    ["291491", "2018-05-25", "La Perla", "2018-03-26", "Espacio particular", "SI", "1", "1"],
    ["292912", "2018-06-28", "Ayahualulco", "2018-06-28", "Espacio particular", "SI", "1", "1"],
    ["293252", "2018-04-12", "Xalapa", "2018-03-28", "Desconocido", "SE", "0", "0"],
    ["294448", "2018-05-29", "Pánuco", "2018-04-26", "Espacio particular", "NO", "0", "1"],
    ["294922", "2018-01-05", "Tuxpan", "2018-01-02", "Desconocido", "SE", "0", "0"],
    ["294970", "2018-01-25", "Tequila", "2018-01-01", "Espacio particular", "SI", "0", "0"],
    ["295686", "2018-07-13", "Nogales", "2018-06-23", "Espacio particular", "SI", "0", "1"],
]  # fmt: skip


def test_ten_cases_with_0_1_flags_are_counted_by_kind_of_violence(tmp_path: Path) -> None:
    path = tmp_path / "Banavim Abierto - Tabla de Casos de Violencia en Veracruz.csv"
    header = (
        '"ID","Fecha registro","Estado","Municipio","Fecha hechos","Lugar hechos",'
        '"Conoce agresor","Violencia Física","Violencia Psicológica"'
    )
    body = [
        ",".join(f'"{x}"' for x in [r[0], r[1], "Veracruz Ignacio de la Llave", *r[2:]])
        for r in CASES
    ]
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    out, codes = _staged(path)
    assert "table-register-counted" in codes
    # (the year's count: its months are published too, as its parts)
    assert (
        _sum(out, admin1="MX-VER", period_start="2018-01-01", parent_observation_id="",
             breakdown_dimension="_T")
        == 10
    )  # fmt: skip
    # a flag's 1s are the cases of that kind, its 0s the others: no flag is a count of itself
    physical = sum(1 for r in CASES if r[6] == "1")
    assert _sum(out, breakdown_dimension="violencia_fisica", breakdown_value="1") == physical == 3
    psychological = sum(1 for r in CASES if r[7] == "1")
    assert psychological == 7
    assert _sum(out, breakdown_dimension="violencia_psicologica", breakdown_value="1") == 7
    # whether the victim knows the aggressor is the case's bond, counted with the case
    assert _sum(out, breakdown_dimension="vinculo", breakdown_value="SI") == 7
    assert not [o for o in out if o.value == "283623.0"]


def test_seats_written_in_inclusive_language_are_counts(tmp_path: Path) -> None:
    path = tmp_path / "f5-nacional.csv"
    path.write_text(
        "jurisdiccion,diputadxs,cantidad diputadas,porcentaje diputadas,senadorxs,"
        "cantidad senadoras,porcentaje senadoras\n"
        "buenos aires,70,33,47,3,1,33\n"
        "ciudad autonoma de buenos aires,25,12,48,3,1,33\n"
        "cordoba,18,9,50,3,2,67\n"
        "tierra del fuego aias,5,1,20,3,2,67\n",
        encoding="utf-8",
    )
    out, _ = _staged(path, country="AR")

    def value(admin1: str, label: str) -> list[float]:
        return [float(o.value) for o in out if o.admin1 == admin1 and o.indicator_label == label]

    assert value("AR-B", "diputadxs") == [70.0]
    assert value("AR-B", "cantidad diputadas") == [33.0]
    assert value("AR-V", "senadorxs") == [3.0]
    assert value("AR-V", "cantidad senadoras") == [2.0]
    # the shares of women in each chamber's seats are published as percentages, the
    # source's own numbers (33 of 70: 47 %); never as counts
    shares = [o for o in out if "porcentaje" in o.indicator_label]
    assert {o.unit for o in shares} == {"%"}
    assert value("AR-B", "porcentaje diputadas") == [47.0]
    assert value("AR-V", "porcentaje senadoras") == [67.0]
    assert len(shares) == 8
