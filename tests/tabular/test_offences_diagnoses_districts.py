"""Offences by article, diagnoses, a prosecution's district, police areas (the ninth
development set's shapes, tests/acceptance/corpus_dev9, rebuilt small; figures are the real
files' where given): Peru's prosecution's offences reported in the fiscal district of
Lambayeque (generic and sub-generic offence, article, description, the count; the ubigeo and
names of the district's seat on every row; "DENUNCIA" in a constant column), the health
ministry's mental-health records (district ubigeo and names with a lost "ñ", the diagnosis,
people attended and attentions), and Puerto Rico's police's incidents by police area ("Área")
with a "Total:" row."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.geo import vote_country


def ingest(path: Path, country: str = "") -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country=country)))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    return rows, [i.code for i in staged.issues]


MPFN_HEAD = (
    "periodo_denuncia;anio_denuncia;fecha_descarga;distrito_fiscal;especialidad;tipo_caso;"
    "generico;subgenerico;articulo;des_articulo;cantidad;ubigeo;dpto;prov;dist;fecha_corte"
)
SEAT = "140101;LAMBAYEQUE;CHICLAYO;CHICLAYO;02/12/2024"
# (year, generic, sub-generic, article, description, count)
OFFENCES = [
    (2019, "CONTRA LA VIDA EL CUERPO Y LA SALUD", "HOMICIDIO", "108-B", "Feminicidio", 14),
    (2019, "CONTRA LA VIDA EL CUERPO Y LA SALUD", "LESIONES", "122-B",
     "Agresiones en contra de las mujeres o integrantes del grupo familiar", 11934),
    (2019, "CONTRA LA LIBERTAD", "VIOLACION DE LA LIBERTAD SEXUAL", "170", "Violación sexual", 335),
    (2019, "CONTRA LA LIBERTAD", "VIOLACION DE DOMICILIO", "159", "Violación de domicilio", 41),
    (2019, "CONTRA LA LIBERTAD", "VIOLACION DE LA LIBERTAD PERSONAL", "153", "Trata de personas", 30),
    (2019, "CONTRA LA ADMINISTRACION PUBLICA", "DELITOS CONTRA LA FUNCION JURISDICCIONAL", "402",
     "Denuncia calumniosa", 57),
    (2019, "CONTRA EL ORDEN FINANCIERO Y MONETARIO", "DELITOS FINANCIEROS", "247",
     "Financiamiento por medio de información fraudulenta", 3),
    (2019, "CONTRA EL PATRIMONIO", "ROBO", "188", "Robo", 4210),
    (2021, "CONTRA LA VIDA EL CUERPO Y LA SALUD", "HOMICIDIO", "108-B", "Feminicidio", 9),
    (2021, "CONTRA LA VIDA EL CUERPO Y LA SALUD", "HOMICIDIO", "108-B", "Feminicidio", 8),
    (2021, "CONTRA EL PATRIMONIO", "ROBO", "188", "Robo", 3977),
]  # fmt: skip


def _mpfn(path: Path, district: str = "LAMBAYEQUE") -> Path:
    lines = [MPFN_HEAD]
    for year, generic, sub, article, description, count in OFFENCES:
        lines.append(
            f"ENERO - DICIEMBRE;{year};13/01/{year + 1};{district};PENAL;DENUNCIA;{generic};{sub};"
            f"{article};{description};{count};{SEAT}"
        )
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    return path


def test_a_prosecutions_offences_are_each_their_own_value_named_by_the_offence(
    tmp_path: Path,
) -> None:
    out, _ = ingest(_mpfn(tmp_path / "delitos_denunciados_articulo.csv"))

    def offence(year: int, description: str) -> SimpleNamespace:
        (found,) = [
            o for o in out if o.period_start == f"{year}-01-01" and description in o.breakdown_value
        ]
        return found

    femicides = offence(2019, "Feminicidio")
    assert (float(femicides.value), femicides.indicator_id, femicides.indicator_label) == (
        14.0, "femicidios", "Feminicidio",
    )  # fmt: skip
    assert (femicides.period_end, femicides.source_locator) == ("2019-12-31", "K2")
    assert femicides.breakdown_value == (
        "LAMBAYEQUE | CONTRA LA VIDA EL CUERPO Y LA SALUD | HOMICIDIO | 108-B | Feminicidio"
    )
    # the place is the fiscal district, in the department it is named for; never its seat
    # (the ubigeo 140101 and the district of Chiclayo are the senior prosecutors' offices)
    assert (femicides.country, femicides.admin1) == ("PE", "PE-LAM")
    assert {(o.municipality, o.municipality_code) for o in out} == {("", "")}
    assert femicides.breakdown_dimension.startswith("lugar+")
    # two rows of 2021 with the same labels: one value, their sum, from both cells
    again = offence(2021, "Feminicidio")
    assert (float(again.value), again.indicator_id) == (17.0, "femicidios")
    assert again.source_locator == "K10+K11"
    # Peru's family-violence offence (law 30364) and rape: complaints of gender violence
    aggressions = offence(2019, "Agresiones en contra de las mujeres")
    assert (float(aggressions.value), aggressions.indicator_id) == (11934.0, "denuncias_violencia")
    rape = offence(2019, "Violación sexual")
    assert (float(rape.value), rape.indicator_id) == (335.0, "denuncias_violencia")
    # the constant "DENUNCIA" and the file's "denunciados" say every row is a complaint, not
    # which: an offence no gender indicator names counts recorded offences, whatever words
    # of the codebook its name holds (a home's violation, a false complaint, a financing)
    for description, value in (
        ("Violación de domicilio", 41.0),
        ("Denuncia calumniosa", 57.0),
        ("Financiamiento por medio de información fraudulenta", 3.0),
        ("Robo", 4210.0),
        ("Trata de personas", 30.0),
    ):
        found = offence(2019, description)
        assert (float(found.value), found.indicator_id) == (value, "delitos_registrados")
        assert description in found.indicator_label
    # every offence of a year once: the year's sum is the column's; no article, year or
    # ubigeo is a value
    assert sum(float(o.value) for o in out if o.period_start == "2019-01-01") == sum(
        c for y, *_, c in OFFENCES if y == 2019
    )
    assert len(out) == 10
    assert not {float(o.value) for o in out} & {108.0, 170.0, 153.0, 2019.0, 140101.0}


def test_a_district_no_region_names_stays_by_its_name_in_no_region(tmp_path: Path) -> None:
    """'LIMA NORTE' is no department: kept by its name, in no region rather than its seat's."""
    out, _ = ingest(_mpfn(tmp_path / "delitos_denunciados_lima_norte.csv", "LIMA NORTE"), "PE")
    femicides = next(o for o in out if o.period_start == "2019-01-01" and o.value == 14)
    assert (femicides.country, femicides.admin1, femicides.municipality_code) == ("PE", "", "")
    assert femicides.breakdown_value.startswith("LIMA NORTE | ")


MINSA_HEAD = (
    "Anio,NroMes,ubigeo,Departamento,Provincia,Distrito,Sexo,Etapa,Diagnostico,Atendidos,Atenciones"
)
MINSA_ROWS = [
    "2017,1,140101,LAMBAYEQUE,CHICLAYO,CHICLAYO,F,1 - 4,VIOLENCIA FAMILIAR/MALTRATO INFANTIL,1,2",
    "2017,1,140101,LAMBAYEQUE,CHICLAYO,CHICLAYO,F,30 - 39,TRASTORNO DEPRESIVO,4,5",
    "2017,1,140101,LAMBAYEQUE,CHICLAYO,CHICLAYO,F,30 - 39,ANSIEDAD,6,9",
    "2017,1,140202,LAMBAYEQUE,FERRE\ufffdAFE,CA\ufffdARIS,F,18 - 24,VIOLENCIA FAMILIAR/MALTRATO INFANTIL,3,7",
    "2017,2,140202,LAMBAYEQUE,FERRE\ufffdAFE,CA\ufffdARIS,M,18 - 24,ANSIEDAD,0,2",
]


def test_a_diagnosis_splits_the_counts_and_two_counts_are_two_measures(tmp_path: Path) -> None:
    path = tmp_path / "salud_mental_atendidos.csv"
    path.write_text("\n".join([MINSA_HEAD, *MINSA_ROWS]) + "\n", encoding="utf-8")
    out, issues = ingest(path)
    assert {o.indicator_label for o in out} == {"Atendidos", "Atenciones"}
    assert len(out) == 2 * len(MINSA_ROWS)  # each count column its own value, no row summed

    def cell(label: str, code: str, month: str, diagnosis: str) -> SimpleNamespace:
        (found,) = [
            o for o in out
            if o.indicator_label == label and o.municipality_code == code
            and o.period_start == f"2017-{month}-01" and o.breakdown_value.endswith(diagnosis)
        ]  # fmt: skip
        return found

    violence = cell("Atendidos", "140202", "01", "VIOLENCIA FAMILIAR/MALTRATO INFANTIL")
    assert (float(violence.value), violence.country, violence.admin1) == (3.0, "PE", "PE-LAM")
    assert violence.breakdown_dimension == "sexo+etapa+diagnostico"
    # "F" and "M" under "Sexo": the sexes as every reader publishes them
    assert violence.breakdown_value == "mujeres | 18 - 24 | VIOLENCIA FAMILIAR/MALTRATO INFANTIL"
    assert violence.source_locator == "J5"
    attentions = cell("Atenciones", "140202", "01", "VIOLENCIA FAMILIAR/MALTRATO INFANTIL")
    assert (float(attentions.value), attentions.source_locator) == (7.0, "K5")
    # people with family violence are never summed with people with anxiety
    anxiety = cell("Atendidos", "140101", "01", "ANSIEDAD")
    assert float(anxiety.value) == 6.0
    # "Atendidos" and "Atenciones" both read as people assisted: the codebook cannot tell
    # which is, so neither is published as it (two values on one key would contradict)
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
    # the file lost the "ñ" of Cañaris; its ubigeo names it, as the gazetteer writes it
    assert (violence.municipality_code, violence.municipality) == ("140202", "CAÑARIS")
    assert not [o for o in out if "\ufffd" in o.municipality or "damaged" in o.quality_flags]
    assert "table-text-damaged" not in issues


def test_a_diagnosis_no_gender_indicator_names_is_unclassified(tmp_path: Path) -> None:
    """One count ("Atendidos": people assisted): only the family-violence diagnosis keeps
    the measure's indicator; anxiety and depression are no gender-violence service's users."""
    path = tmp_path / "salud_mental_atendidos.csv"
    lines = [",".join(r.split(",")[:10]) for r in [MINSA_HEAD, *MINSA_ROWS[:3]]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, _ = ingest(path)
    by_diagnosis = {o.breakdown_value.rsplit(" | ", 1)[-1]: o for o in out}
    violence = by_diagnosis["VIOLENCIA FAMILIAR/MALTRATO INFANTIL"]
    assert (float(violence.value), violence.indicator_id) == (1.0, "personas_asistidas")
    for diagnosis, value in (("TRASTORNO DEPRESIVO", 4.0), ("ANSIEDAD", 6.0)):
        other = by_diagnosis[diagnosis]
        assert (float(other.value), other.indicator_id, other.indicator_label) == (
            value, "sin_clasificar", "Atendidos",
        )  # fmt: skip


def _areas(path: Path, *rows: list[object]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["Área", "Total"], *rows):
        sheet.append(row)
    book.save(path)
    return path


def test_police_areas_headed_area_and_their_total_row(tmp_path: Path) -> None:
    path = _areas(tmp_path / "violencia_domestica_area_policiaca.xlsx", ["San Juan", 563],
                  ["Bayamon", 940], ["Utuado", 184], ["Total:", 1687])  # fmt: skip
    out, issues = ingest(path, "PR")
    areas = {o.breakdown_value: o for o in out if o.breakdown_dimension == "lugar"}
    assert {k: float(o.value) for k, o in areas.items()} == {
        "San Juan": 563.0, "Bayamon": 940.0, "Utuado": 184.0,
    }  # fmt: skip
    assert areas["Bayamon"].source_locator == "Sheet!B3"
    (total,) = [o for o in out if o.breakdown_dimension == "_T"]
    assert (float(total.value), total.country, total.source_locator) == (1687.0, "PR", "Sheet!B5")
    # the total is their total, linked, never a peer summed with them; no period is invented
    assert {o.parent_observation_id for o in areas.values()} == {total.observation_id}
    assert {o.period_start for o in out} == {""}
    assert "table-text-damaged" not in issues


def test_a_place_name_with_a_lost_letter_is_published_as_written_and_flagged(
    tmp_path: Path,
) -> None:
    """A name no gazetteer can put right ("Mayag\ufffdez": the file lost its "ü") is kept as
    the file writes it, never guessed, and flagged; the others are not."""
    path = _areas(tmp_path / "areas.xlsx", ["Mayag\ufffdez", 479], ["Ponce", 571])
    out, issues = ingest(path, "PR")
    lost = next(o for o in out if o.value == 479)
    assert (lost.breakdown_dimension, lost.breakdown_value) == ("lugar", "Mayag\ufffdez")
    assert "damaged_text" in lost.quality_flags.split(";")
    assert lost.source_locator == "Sheet!B2"
    ponce = next(o for o in out if o.value == 571)
    assert "damaged_text" not in ponce.quality_flags
    assert "table-text-damaged" in issues


def test_one_region_and_its_codes_say_the_country_together() -> None:
    """'LAMBAYEQUE' alone, or one ubigeo alone, is too little; the ubigeo 140101 inside the
    department whose code is 14 says Peru. A code of another region says nothing."""
    # the seat's names no gazetteer holds ("SEDE CENTRAL"), one department
    places = {
        "admin1": ["LAMBAYEQUE"],
        "municipality": ["SEDE CENTRAL", "ANEXO NORTE", "ANEXO SUR"],
    }
    found = vote_country(places, [], [], ["140101"])
    assert found is not None and found.code == "PE"
    assert vote_country(places, [], [], []) is None
    assert vote_country(places, [], [], ["150101"]) is None
