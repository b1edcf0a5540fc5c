"""Cross-tabulations of two breakdowns and places written as paths, from the seventeenth
development set (tests/acceptance/corpus_dev17): cases attended by Peru's Centros Emergencia
Mujer as summarised, the victim's risk level down and the kinds of violence across
("Fisica | Psicologica | Sexual"), and the districts with the most cases, each written
"department | province | district" under "ubigeo_nombre". The rows are the real files' cells.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

from genero_etl.tabular import lexicon
from genero_etl.tabular.geo import Resolver

RISK_BY_KIND = """nivel_riesgo_victima_lbl,Fisica,Psicologica,Sexual
Alto,115083,68577,65776
Bajo,51428,132566,15573
Medio,191975,214165,77717
"""

DISTRICTS = """ubigeo_nombre,count
Lima | Lima | San Juan de Lurigancho,21296
Arequipa | Arequipa | Paucarpata,12888
Callao | Prov. Const. del Callao | Callao,12185
Áncash | Santa | Chimbote,9048
Lima | Lima | Lima,8805
Cusco | Cusco | San Sebastian,7701
Cusco | Cusco | Santiago,7313
La Libertad | Trujillo | El Porvenir,6526
Lima | Lima | La Victoria,6387
"""

SPAN = {"country": "PE", "period": "2020-01-01/2025-12-31"}


def test_a_breakdown_down_and_another_across_is_a_cross_tabulation(tmp_path: Path) -> None:
    path = write(tmp_path, "casos_riesgo_tipo_violencia.csv", RISK_BY_KIND)
    rows = {r.source_locator: r for r in read(path, **SPAN)}
    assert len(rows) == 9  # each cell once, no row or column read as an indicator
    high_physical = rows["B2"]
    assert high_physical.value == 115083
    assert high_physical.breakdown_dimension == "nivel_riesgo+tipo_violencia"
    assert high_physical.breakdown_value == "Alto | Fisica"
    low_sexual = rows["D3"]
    assert (low_sexual.value, low_sexual.breakdown_value) == (15573, "Bajo | Sexual")
    assert (low_sexual.period_start, low_sexual.period_end) == ("2020-01-01", "2025-12-31")
    assert sum(r.value for r in rows.values()) == 932860


def test_kinds_of_violence_are_one_breakdown_and_risk_a_dimension() -> None:
    lex = lexicon.load_lexicon()
    assert {"fisica", "psicologica", "sexual"} <= lex.category_values["tipo_violencia"]
    assert any(p.search("nivel riesgo victima lbl") for p in lex.category["nivel_riesgo"])


def test_a_district_written_with_its_department_and_province(tmp_path: Path) -> None:
    path = write(tmp_path, "casos_distrito_top20.csv", DISTRICTS)
    rows = {r.source_locator: r for r in read(path, **SPAN)}
    got = {loc: (r.admin1, r.municipality_code, r.value) for loc, r in rows.items()}
    assert got == {
        "B2": ("PE-LMA", "150132", 21296),  # San Juan de Lurigancho, Lima Metropolitana
        "B3": ("PE-ARE", "040112", 12888),
        "B4": ("PE-CAL", "070101", 12185),  # the province's long name no gazetteer spells
        "B5": ("PE-ANC", "021801", 9048),
        "B6": ("PE-LMA", "150101", 8805),  # the district of Lima, not the region
        "B7": ("PE-CUS", "080105", 7701),
        "B8": ("PE-CUS", "080106", 7313),
        "B9": ("PE-LAL", "130102", 6526),
        "B10": ("PE-LMA", "150115", 6387),  # La Victoria of Lima, not of Chiclayo
    }
    # "ubigeo_nombre" names places: no row is held back as a person's name
    assert all(r.breakdown_dimension == "_T" for r in rows.values())


def test_a_path_is_only_read_from_a_first_level_division() -> None:
    resolver = Resolver.of("PE")
    found = resolver.municipality("Lima | Lima | Ate", code=False, width=0)
    assert found is not None and (found.admin1, found.municipality_code) == ("PE-LMA", "150103")
    # a district under a region it does not lie in is no district
    assert resolver.municipality("Cusco | Cusco | Ate", code=False, width=0) is None
    # a first part that is no region: not guessed from the last name alone
    assert resolver.municipality("Centro | Norte | Ate", code=False, width=0) is None
    # the slash of a name ("Lurigancho/Chosica") is no path separator
    assert resolver.municipality("Lima/Ate", code=False, width=0) is None
