"""Two writings of one place and one month in a register, from the thirty-ninth development
set (tests/acceptance/corpus_dev39): Panamá's Ministerio Público lists its homicide victims of
2023 one per row, the province written "Panamá" and, for the district of San Miguelito within
it, "Panamá (San Miguelito)"; one February row writes its month "febrero". A division with a
part of it in brackets is that division (the brackets name no other), so the province's count
holds its district's cases; the month in small letters is the same month, one period, never a
second figure of the province's February beside the first (two rows of one id, which the
publish gate refused: nothing of the file was published). The rows are the file's first 99
(January and February), the trailing spaces of "Arma de Fuego " dropped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.tabular.staged import read, write

from genero_etl.tabular.geo import Resolver

# data/homicidios_2023.csv (Layomx/Panama-Safe-Analisis-de-Datos-Geograficos-de-Delitos,
# commit 5dd6d2d5): its header and its first 99 rows
REGISTER = """VICTIMAS,AÑO,MES,provincia,GÉNERO,RANGO DE EDAD,TIPO DE ARMA UTILIZADA
Homicidio,2023,Enero,Veraguas,Masculino,55-59 años,Objeto Contundente
Homicidio,2023,Enero,Bocas Del Toro,Masculino,18-24 años,Arma Blanca
Homicidio,2023,Enero,Panamá Oeste,Femenino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá Oeste,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá Oeste,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá Oeste,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Enero,Panamá Oeste,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,40-44 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,60-64 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Colón ,Masculino,45-49 años,Arma de Fuego
Homicidio,2023,Enero,Chiriquí,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,30-34 años,Arma Blanca
Homicidio,2023,Enero,Panamá,Masculino,45-49 años,Objeto Contundente
Homicidio,2023,Enero,Panamá,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,40-44 años,Objeto Contundente
Homicidio,2023,Enero,Panamá,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,45-49 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,40-44 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,80 y más años,Asfixia Mecánica
Homicidio,2023,Enero,Panamá,Femenino,80 y más años,Asfixia Mecánica
Homicidio,2023,Enero,Panamá,Femenino,35-39 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,45-49 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,50-54 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,15-17 años,Arma de Fuego
Homicidio,2023,Enero,Panamá,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,45-49 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,50-54 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,18-24 años,Arma Blanca
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,40-44 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,35-39 años,Sin Determinar
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Enero,Panamá (San Miguelito),Masculino,15-17 años,Arma de Fuego
Homicidio,2023,Enero,Coclé,Masculino,45-49 años,Arma Blanca
Homicidio,2023,Febrero,Chiriquí,Masculino,18-24 años,Asfixia Mecánica
Homicidio,2023,Febrero,Chiriquí,Femenino,10-14 años,Sin Determinar
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,30-34 años,Sin Determinar
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,15-17 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá (San Miguelito),Femenino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Arma Blanca
Homicidio,2023,Febrero,Panamá,Masculino,40-44 años,Incendiarismo
Homicidio,2023,Febrero,Panamá,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,15-17 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Objeto Contundente
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá,Masculino,30-34 años,Arma Blanca
Homicidio,2023,Febrero,Veraguas,Masculino,18-24 años,Arma Blanca
Homicidio,2023,Febrero,Panamá Oeste,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá Oeste,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Coclé,Masculino,Sin Determinar,Arma de Fuego
Homicidio,2023,Febrero,Coclé,Masculino,70-74 años,Arma de Fuego
Homicidio,2023,Febrero,Coclé,Masculino,Sin Determinar,Arma Blanca
Homicidio,2023,Febrero,Colón ,Masculino,40-44 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,05-09 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Femenino,18-24 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Colón ,Masculino,25-29 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá Oeste,Masculino,30-34 años,Arma de Fuego
Homicidio,2023,Febrero,Panamá Oeste,Masculino,35-39 años,Arma de Fuego
Homicidio,2023,febrero,Panamá,Masculino,25-29 años,Arma de Fuego
"""


def test_a_division_with_its_part_in_brackets_is_the_division() -> None:
    resolver = Resolver.of("PA")
    place = resolver.admin1("Panamá (San Miguelito)")
    assert place is not None and place.admin1 == "PA-8"
    # brackets naming another division leave the row unresolved: it may be either's
    assert resolver.admin1("Panamá (Panamá Oeste)") is None
    assert resolver.admin1("Panamá Oeste").admin1 == "PA-10"


def test_one_month_written_twice_is_one_period(tmp_path: Path) -> None:
    rows = read(write(tmp_path, "homicidios_2023.csv", REGISTER), country="PA")
    assert {r.extraction_method for r in rows} == {"table.register"}
    ids = Counter(r.observation_id for r in rows)
    assert [i for i, n in ids.items() if n > 1] == []
    totals = {
        (r.admin1, r.period_start, r.period_end, r.value)
        for r in rows
        if r.breakdown_dimension == "_T"
    }
    # February's 16 rows of Panamá (one "febrero") and 13 of San Miguelito: 29, one figure
    assert {t for t in totals if t[0] == "PA-8"} == {
        ("PA-8", "2023-01-01", "2023-01-31", 33.0),
        ("PA-8", "2023-02-01", "2023-02-28", 29.0),
    }
    assert ("PA-3", "2023-02-01", "2023-02-28", 11.0) in totals
    assert sum(r.value for r in rows if r.breakdown_dimension == "_T") == 99
    assert not [r for r in rows if r.breakdown_dimension.startswith("lugar")]
