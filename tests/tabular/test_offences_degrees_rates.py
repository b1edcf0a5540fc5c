"""Offence tables and rates, rebuilt small from the development sets' shapes: an offence
the codebook does not name ("Violencia familiar", "Robo"), a column of degrees under an
offence header ("TIPO_DELITO": CONSUMADO | TENTATIVA), rates beside the counts they are
made of ("tasa_muj_vio_fam_911_mensual")."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile

MONTHS = ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
          "Septiembre", "Octubre", "Noviembre", "Diciembre")  # fmt: skip


def ingest(path: Path, **overrides: str) -> StagedFile:
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_an_offence_the_codebook_does_not_name_counts_by_the_tables_own_words(
    tmp_path: Path,
) -> None:
    """'Violencia familiar' under 'Tipo de delito' counts complaints of violence; 'Lesiones'
    counts recorded offences; each row keeps its offence as its breakdown."""
    header = "Año,Entidad,Tipo de delito,Subtipo de delito," + ",".join(MONTHS)
    offences = [
        ("Violencia familiar", "Violencia familiar"),
        ("Violencia de género en todas sus modalidades distinta a la violencia familiar",) * 2,
        ("Lesiones", "Lesiones dolosas"),
        ("Feminicidio", "Feminicidio"),
    ]
    lines = [header]
    for base, state in ((100, "Jalisco"), (200, "Yucatán")):
        for n, offence in enumerate(offences):
            months = ",".join(str(base + 10 * n + m) for m in range(12))
            lines.append(f"2020,{state},{','.join(offence)},{months}")
    path = tmp_path / "incidencia_estatal_2020.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = rows(ingest(path))
    family = [o for o in out if o.breakdown_value.startswith("Violencia familiar")]
    assert {o.indicator_id for o in family} == {"denuncias_violencia"}
    march = next(o for o in family if o.admin1 == "MX-JAL" and o.period_start == "2020-03-01")
    assert march.value == 102 and march.period_end == "2020-03-31"
    gender = [o for o in out if "distinta a la violencia familiar" in o.breakdown_value]
    assert {o.indicator_id for o in gender} == {"denuncias_violencia"}
    injuries = [o for o in out if "Lesiones" in o.breakdown_value]
    assert {o.indicator_id for o in injuries} == {"delitos_registrados"}
    december = next(o for o in injuries if o.admin1 == "MX-YUC" and o.period_start == "2020-12-01")
    assert december.value == 231  # 200 + 20 + 11
    assert {o.indicator_id for o in out if "Feminicidio" in o.breakdown_value} == {"femicidios"}
    assert "sin_clasificar" not in {o.indicator_id for o in out}


def test_a_column_of_degrees_under_an_offence_header_is_the_degree(tmp_path: Path) -> None:
    """'TIPO_DELITO' over 'CONSUMADO' and 'TENTATIVA' is how far the offence went, not a
    second offence column: the breakdown is the offence and the degree, never the offence
    twice."""
    lines = ["ANIO,MES,PROVINCIA,DELITO,TIPO_DELITO,VICTIMAS"]
    for i, (province, offence, degree) in enumerate(
        [("GUAYAS", "FEMICIDIO", "CONSUMADO"), ("GUAYAS", "FEMICIDIO", "TENTATIVA"),
         ("AZUAY", "VIOLACIÓN", "CONSUMADO"), ("PICHINCHA", "FEMICIDIO", "CONSUMADO")] * 3
    ):  # fmt: skip
        lines.append(f"2019,{1 + i // 4},{province},{offence},{degree},{i + 1}")
    path = tmp_path / "noticias_delito.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = rows(ingest(path))
    dims = {o.breakdown_dimension for o in out}
    assert dims == {"tipo_delito+grado"}
    attempt = next(o for o in out if o.breakdown_value == "FEMICIDIO | TENTATIVA"
                   and o.period_start == "2019-02-01")  # fmt: skip
    assert attempt.value == 6 and attempt.admin1 == "EC-G"


def test_a_rate_is_never_published_in_the_unit_of_its_count(tmp_path: Path) -> None:
    """Rates beside the monthly count they come from: the count keeps its indicator's unit
    (calls); a rate takes what its header says it is per, or 'tasa'."""
    path = tmp_path / "violencia_familiar_llamadas_911.csv"
    path.write_text(
        "entidad,año,mes,vio_fam_911_mensual,pob_muj_mit_año,tasa_muj_vio_fam_911_mensual,"
        "Tasa por 100 mil habitantes\n"
        "Jalisco,2019,enero,2921,4220564,69.21,35.10\n"
        "Jalisco,2019,febrero,2801,4220564,66.37,33.66\n"
        "Yucatán,2019,enero,1002,1100000,91.09,45.20\n"
        "Yucatán,2019,febrero,998,1100000,90.73,45.02\n",
        encoding="utf-8",
    )
    out = rows(ingest(path))
    counts = [o for o in out if o.value_kind != "rate"]
    assert {o.value for o in counts} == {2921, 2801, 1002, 998}
    assert {o.unit for o in counts} == {"llamadas"}
    women = next(o for o in out if o.value == 69.21)
    assert (women.unit, women.value_kind, women.admin1) == ("tasa", "rate", "MX-JAL")
    people = next(o for o in out if o.value == 45.02)
    assert (people.unit, people.period_start) == ("por 100.000 habitantes", "2019-02-01")
    assert 4220564 not in {o.value for o in out}  # the population is a denominator


def test_a_rate_indicator_keeps_its_own_unit(tmp_path: Path) -> None:
    """A femicide rate is an indicator of its own in the catalogue: its unit is the
    catalogue's ("por 100.000 mujeres"), not the header's words."""
    path = tmp_path / "femicidios_tasa.csv"
    path.write_text(
        "Año,Provincia,Femicidios,Tasa de femicidios por 100 mil mujeres\n"
        "2021,Salta,9,1.26\n2021,Jujuy,4,1.01\n2022,Salta,7,0.97\n2022,Jujuy,5,1.25\n",
        encoding="utf-8",
    )
    out = rows(ingest(path))
    rate = next(o for o in out if o.value == 0.97)
    assert (rate.indicator_id, rate.unit, rate.admin1) == (
        "tasa_femicidios",
        "por 100.000 mujeres",
        "AR-A",
    )
    count = next(o for o in out if o.value == 9)
    assert count.indicator_id == "femicidios" and count.period_start == "2021-01-01"
