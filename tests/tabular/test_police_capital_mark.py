"""Colombia's police statistics as a repository saved them (tests/acceptance/corpus_dev27), on
real cells. The police writes a mark after some municipalities' names, the departments'
capitals among them, "(CT)":
"BOGOTÁ D.C. (CT)" is Bogotá, D.C. (11001, CO-DC), its victims Bogotá's, never a place left
unresolved beside Cundinamarca's municipalities (co.yaml ``municipalities.suffixes``).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

# hurto_motocicletas.csv (JoseCaliz/ds4a_project_dash): its first 32 victims, Bogotá and
# Cundinamarca, July-September 2019, the columns renamed in English by the repository
MOTORCYCLES = """\
date,municipality,nighborhood,zone,age,sex,schooling
2019-09-01 20:00:00,SOACHA,SAN MATEO,URBANA,24.0,MASCULINO,SECUNDARIA
2019-07-01 19:30:00,BOGOTÁ D.C. (CT),GONZALO JIMENEZ E-7,URBANA,18.0,MASCULINO,SECUNDARIA
2019-07-01 19:30:00,BOGOTÁ D.C. (CT),SAN ANTONIO DE ENGATIVA E-10,URBANA,19.0,MASCULINO,SECUNDARIA
2019-07-01 16:00:00,BOGOTÁ D.C. (CT),MONTEBLANCO E-5,URBANA,38.0,MASCULINO,SECUNDARIA
2019-07-01 16:30:00,BOGOTÁ D.C. (CT),NORMANDIA E-10,URBANA,26.0,FEMENINO,SUPERIOR
2019-07-01 11:30:00,BOGOTÁ D.C. (CT),OLAYA E-18,URBANA,25.0,MASCULINO,TECNOLOGO
2019-07-01 18:50:00,BOGOTÁ D.C. (CT),LOS LAURELES E-7,URBANA,43.0,FEMENINO,SECUNDARIA
2019-07-01 16:50:00,BOGOTÁ D.C. (CT),TINTAL E-8,URBANA,24.0,MASCULINO,TECNICO
2019-07-01 20:24:00,BOGOTÁ D.C. (CT),VILLA HERMOSA E-11,URBANA,29.0,MASCULINO,TECNICO
2019-07-01 20:30:00,FACATATIVÁ,LLANO POPULAR,URBANA,23.0,MASCULINO,NO REPORTADO
2019-07-01 00:00:00,FUSAGASUGÁ,MANILA,URBANA,22.0,MASCULINO,SUPERIOR
2019-07-01 16:00:00,GIRARDOT,SANTA HELENA,URBANA,20.0,FEMENINO,TECNICO
2019-08-01 00:00:00,BOGOTÁ D.C. (CT),CIUDAD KENNEDY CENTRAL E-8,URBANA,35.0,MASCULINO,PRIMARIA
2019-08-01 20:30:00,BOGOTÁ D.C. (CT),SAN PEDRO E-11,URBANA,26.0,MASCULINO,TECNICO
2019-08-01 22:00:00,BOGOTÁ D.C. (CT),EL RINCON DE SUBA E-11,URBANA,23.0,FEMENINO,SECUNDARIA
2019-08-01 18:30:00,BOGOTÁ D.C. (CT),EL PORVENIR E-7,URBANA,23.0,MASCULINO,SECUNDARIA
2019-08-01 10:00:00,BOGOTÁ D.C. (CT),SAN ANTONIO DE ENGATIVA E-10,URBANA,25.0,MASCULINO,SUPERIOR
2019-08-01 17:00:00,BOGOTÁ D.C. (CT),SAN JOSE SUR E-18,URBANA,32.0,FEMENINO,SUPERIOR
2019-08-01 16:30:00,BOGOTÁ D.C. (CT),SAN CRISTOBAL E-4,URBANA,22.0,MASCULINO,TECNOLOGO
2019-08-01 10:30:00,BOGOTÁ D.C. (CT),FERIAS E-10,URBANA,23.0,MASCULINO,SECUNDARIA
2019-08-01 06:30:00,BOGOTÁ D.C. (CT),LAS FERIAS E-10,URBANA,26.0,MASCULINO,SECUNDARIA
2019-08-01 14:20:00,BOGOTÁ D.C. (CT),EL AMPARO E-8,URBANA,30.0,MASCULINO,SECUNDARIA
2019-08-01 13:10:00,BOGOTÁ D.C. (CT),BOSA E-7,URBANA,29.0,MASCULINO,SECUNDARIA
2019-08-01 13:10:00,BOGOTÁ D.C. (CT),SANTA FE E-7,URBANA,31.0,MASCULINO,SECUNDARIA
2019-08-01 12:47:00,BOGOTÁ D.C. (CT),CASA LINDA E-19,URBANA,37.0,MASCULINO,SECUNDARIA
2019-08-01 03:10:00,CHOACHÍ,CENTRO,URBANA,27.0,MASCULINO,SECUNDARIA
2019-08-01 20:00:00,GIRARDOT,ESTACION,URBANA,31.0,FEMENINO,NO REPORTADO
2019-08-01 22:50:00,SOACHA,EL PORVENIR,URBANA,,MASCULINO,SECUNDARIA
2019-08-01 01:30:00,ZIPAQUIRÁ,LA ESMERALDA,URBANA,27.0,MASCULINO,SECUNDARIA
2019-09-01 16:00:00,SOACHA,LOS OLIVOS III,URBANA,29.0,MASCULINO,PRIMARIA
2019-07-04 22:30:00,BOGOTÁ D.C. (CT),BERLIN SUBA E-11,URBANA,22.0,MASCULINO,SECUNDARIA
2019-09-01 20:00:00,BOGOTÁ D.C. (CT),BOLIVIA E-10,URBANA,30.0,MASCULINO,SUPERIOR
"""


def test_the_police_mark_of_a_capital_is_no_part_of_its_name(tmp_path: Path) -> None:
    out = read(write(tmp_path, "hurto_motocicletas.csv", MOTORCYCLES), country="CO")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    assert not [o for o in out if "(CT)" in o.municipality or "(CT)" in o.breakdown_value]
    bogota = [o for o in out if o.municipality_code == "11001" and o.breakdown_dimension == "_T"]
    assert {o.admin1 for o in bogota} == {"CO-DC"}
    assert sum(o.value for o in bogota) == 23
    by_month = {o.period_start: o.value for o in bogota}
    assert by_month == {"2019-07-01": 9, "2019-08-01": 13, "2019-09-01": 1}
    soacha = [o for o in out if o.municipality_code == "25754" and o.breakdown_dimension == "_T"]
    assert sum(o.value for o in soacha) == 3
