"""Classes of values the development table sets still missed (a second round), each on the real
cells of a file that misses it.

- A register counted by province whose rows also name their municipality publishes each
  municipality's count inside its province's, when those counts are not too thin: Costa Rica's
  OIJ assaults of 2015 by "Canton" (`corpus_dev24/cr_oij_delitos_2015.csv`); the same
  mechanism gives Ecuador's intentional homicides by "cod_cantón"
  (`corpus_dev24/ec_mdi_homicidios_intencionales_2023_ene_sep.csv`,
  `corpus_dev34/ec_mdi_homicidios_intencionales_2025_ene_nov.xlsx`).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, rows, staged_file

# corpus_dev24/cr_oij_delitos_2015.csv: its header and every row of 1-3 January 2015 in the
# province of San José (24 of 11,789), as written (each line ends with a comma)
CR_HEADER = (
    "Delito,SubDelito,Fecha,Victima,SubVictima,Edad,Genero,Nacionalidad,Provincia,Canton,Distrito,"
)
CR_ROWS = [
    "ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,MERCED,",
    "ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,MERCED,",
    "ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,URUCA,",
    "ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,HATILLO,",
    "ASALTO,ARMA BLANCA,2015-01-02,PERSONA,PEATON [PERSONA],Menor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,HOSPITAL,",
    "ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,URUCA,",
    "ASALTO,ARMA BLANCA,2015-01-02,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,MONTES DE OCA,SAN PEDRO,",
    "ASALTO,ARMA DE FUEGO,2015-01-01,PERSONA,OTRO O INDETERMINADO [PERSONA],Mayor de edad,HOMBRE,ESTADOS UNIDOS,SAN JOSE,SAN JOSE,MATA REDONDA,",
    "ASALTO,ARMA DE FUEGO,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,CARMEN,",
    "ASALTO,ARMA DE FUEGO,2015-01-02,PERSONA,GUARDA [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,HATILLO,",
    "ASALTO,ARMA DE FUEGO,2015-01-01,PERSONA,OTRO O INDETERMINADO [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,HOSPITAL,",
    "ASALTO,ARMA DE FUEGO,2015-01-02,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,MONTES DE OCA,SAN PEDRO,",
    "ASALTO,ARMA DE FUEGO,2015-01-02,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,ZAPOTE,",
    "ASALTO,ARMA DE FUEGO,2015-01-02,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,DESAMPARADOS,SAN MIGUEL,",
    "ASALTO,ARMA DE FUEGO,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,CATEDRAL,",
    "ASALTO,ARMA DE FUEGO,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,ALAJUELITA,SAN ANTONIO,",
    "ASALTO,ARMA DE FUEGO,2015-01-02,PERSONA,MENOR DE EDAD [PERSONA],Menor de edad,HOMBRE,COSTA RICA,SAN JOSE,DESAMPARADOS,SAN RAFAEL ABAJO,",
    "ASALTO,ARMA DE FUEGO,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,VASQUEZ DE CORONADO,PATALILLO,",
    "ASALTO,ARMA DE FUEGO,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,ASERRI,ASERRI,",
    "ASALTO,ARMA DE FUEGO,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,HATILLO,",
    "ASALTO,ARREBATO,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,ALAJUELITA,SAN JOSECITO,",
    "ASALTO,CANDADO CHINO,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,MERCED,",
    "ASALTO,GOLPES,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,BOLIVIA,SAN JOSE,ESCAZU,SAN ANTONIO,",
    "ASALTO,INMOVILIZACION,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,ZAPOTE,",
]


def _register(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "cr_oij_delitos_2015.csv"
    path.write_text("\n".join([CR_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_registers_municipalities_counted_inside_their_province(tmp_path: Path) -> None:
    # four cantons of San José: San José 15, Desamparados, Montes de Oca and Alajuelita 2 each
    # (21 assaults, 5.25 a canton)
    kept = {"SAN JOSE", "DESAMPARADOS", "MONTES DE OCA", "ALAJUELITA"}
    rows = [r for r in CR_ROWS if r.split(",")[9] in kept]
    out = read(_register(tmp_path, rows), country="CR")
    totals = [o for o in out if o.breakdown_dimension in {"_T", "lugar"}]
    province = [o for o in totals if not o.municipality and o.breakdown_dimension == "_T"]
    assert [(o.admin1, o.value, o.period_label) for o in province] == [("CR-SJ", 21, "2015-01")]
    parts = {
        (o.admin1, o.municipality_code, o.municipality, o.breakdown_value): o.value
        for o in totals
        if o not in province
    }
    # San José's own count; the cantons of two cases each never apart: together, the
    # province's others ("_O"), so the parts still sum to the province's 21
    assert parts == {("CR-SJ", "101", "San José", "_T"): 15, ("CR-SJ", "", "", "_O"): 6}
    # each part is of its province's count, linked to it, never a second total
    assert {o.parent_observation_id for o in totals if o not in province} == {
        province[0].observation_id
    }
    assert province[0].parent_observation_id == ""


def test_municipalities_too_thin_stay_their_provinces_count(tmp_path: Path) -> None:
    # all 24 rows: seven cantons, 3.4 assaults a canton (fewer than five on average)
    path = _register(tmp_path, CR_ROWS)
    staged = staged_file(path, country="CR")
    totals = [o for o in rows(staged) if o.breakdown_dimension in {"_T", "lugar"}]
    assert [(o.admin1, o.municipality, o.value) for o in totals] == [("CR-SJ", "", 24)]
    assert "table-register-municipalities-thin" in {i.code for i in staged.issues}
