"""Long tables of a crime statistics office's offences by state, year and sex, with their rates.

Real rows of tests/acceptance/corpus_dev35 (isaacarroyov/datos_facil_acceso,
GobiernoMexicano/sesnsp/): the SESNSP's victims of the states' prosecutors' offences in long
form, one row per year, state (INEGI code as text), offence in four columns (legal good,
type, subtype, modality), sex and the victims, their rate per 100,000 inhabitants
("n_victimas_x100khab") and, on women's rows, per 100,000 women ("n_victimas_x100kmujeres",
"NA" elsewhere). Two classes of error of the first run:

- a rate written as "x100k" joined to whom it is per ("x100khab", "x100kmujeres") was no rate
  (roles.yaml ``measure.rate``; its unit, "por 100.000 mujeres", from
  ``tabular/semantic.py:_rate_unit``): three counts side by side, so no row's offence named
  its indicator and every value was unclassified, the rates published as counts;
- a count or its rate naming no offence ("n_victimas", "n_delitos_x100khab") labelled every
  row alike (roles.yaml ``offence_counts``): each row's offence names what it counts.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest

HEADER = (
    "n_year,cve_ent,nombre_estado,bien_juridico_afectado,tipo_de_delito,subtipo_de_delito,"
    "modalidad,genero,n_victimas,n_victimas_x100khab,n_victimas_x100kmujeres"
)
# mx_sesnsp_victimas_entidad_genero_2015_2025.csv: the rows of Estado de México (15) and of the
# country (00) of 2024 for trafficking and femicide, and the country's intentional homicides
# by firearm of 2023
ROWS = """\
2024,15,Estado de México,La sociedad,Trata de personas,Trata de personas,Trata de personas,Total,155,0.8798810264612581,NA
2024,15,Estado de México,La sociedad,Trata de personas,Trata de personas,Trata de personas,Hombre,29,0.1646229017250096,NA
2024,15,Estado de México,La sociedad,Trata de personas,Trata de personas,Trata de personas,Mujer,115,0.6528149551164174,1.2688850086753116
2024,15,Estado de México,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma blanca,Mujer,19,0.10785638388879938,0.20964187099852974
2024,15,Estado de México,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma de fuego,Mujer,17,0.09650308032155734,0.18757430563026345
2024,15,Estado de México,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con otro elemento,Mujer,40,0.2270660713448408,0.4413513073653258
2024,15,Estado de México,La vida y la Integridad corporal,Feminicidio,Feminicidio,No especificado,Mujer,0,0,0
2024,00,Nacional,La sociedad,Trata de personas,Trata de personas,Trata de personas,Total,790,0.5972432340960023,NA
2024,00,Nacional,La sociedad,Trata de personas,Trata de personas,Trata de personas,Hombre,137,0.1035725608495599,NA
2024,00,Nacional,La sociedad,Trata de personas,Trata de personas,Trata de personas,Mujer,558,0.42185028433616373,0.8258234947613042
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma blanca,Mujer,216,0.16329688425916014,0.31967361087534363
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma de fuego,Mujer,210,0.1587608596964057,0.3107937883510285
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con otro elemento,Mujer,375,0.283501535172153,0.5549889077696937
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,No especificado,Mujer,51,0.03855620878341281,0.07547849145667834
2023,00,Nacional,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,Total,21219,16.18099322839274,NA
2023,00,Nacional,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,Hombre,19247,14.677203292656351,NA
2023,00,Nacional,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,Mujer,1877,1.431345694410348,2.8016102885757106
"""


def _rows(tmp_path: Path) -> list:
    return ingest(tmp_path / "victimas.csv", HEADER + "\n" + ROWS)


def test_a_rate_per_100k_joined_to_whom_is_a_rate(tmp_path: Path) -> None:
    out = _rows(tmp_path)
    women = [
        o for o in out if o.source_locator.startswith("K") and o.period_label == "2024"
        and not o.admin1 and "Trata de personas" in o.breakdown_value
    ]  # fmt: skip
    assert [(round(o.value, 6), o.value_kind, o.unit) for o in women] == [
        (0.825823, "rate", "por 100.000 mujeres")
    ]
    assert women[0].indicator_label == "Trata de personas"
    inhabitants = {
        round(o.value, 6): (o.value_kind, o.unit) for o in out if o.source_locator.startswith("J")
    }
    assert inhabitants[0.597243] == ("rate", "por 100.000 habitantes")
    assert inhabitants[16.180993] == ("rate", "por 100.000 habitantes")
    # the counts stay counts, never rates
    assert {o.value_kind for o in out if o.source_locator.startswith("I")} == {"observed"}


def test_each_rows_offence_names_its_indicator(tmp_path: Path) -> None:
    out = _rows(tmp_path)
    counts = [o for o in out if o.source_locator.startswith("I")]
    femicides = {(o.admin1, o.value) for o in counts if o.indicator_id == "femicidios"}
    assert femicides == {
        ("MX-MEX", 19.0), ("MX-MEX", 17.0), ("MX-MEX", 40.0), ("MX-MEX", 0.0),
        ("", 216.0), ("", 210.0), ("", 375.0), ("", 51.0),
    }  # fmt: skip
    national = {o.value: o for o in counts if not o.admin1}
    assert national[790.0].indicator_label == "Trata de personas"
    assert "Homicidio doloso" in national[1877.0].indicator_label
    assert "mujeres" in national[1877.0].breakdown_value
    assert national[210.0].indicator_label.startswith("Feminicidio")
    # no year and no state's code is a value
    assert not {o.value for o in out} & {2023.0, 2024.0, 15.0}


DELITOS_HEADER = (
    "n_year,cve_ent,nombre_estado,bien_juridico_afectado,tipo_de_delito,subtipo_de_delito,"
    "modalidad,n_delitos,n_delitos_x100khab,n_delitos_x100kmujeres"
)
# mx_sesnsp_delitos_entidad_2015_2025.csv: the country's offences of 2024 (rows of 00), the
# rate per 100,000 women written on femicide's rows only, "NA" on the others
DELITOS = """\
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma blanca,205,0.15498083922744366,0.3033939362474326
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con arma de fuego,200,0.15120081875848163,0.29599408414383666
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,Con otro elemento,370,0.279721514703191,0.5475890556660978
2024,00,Nacional,La vida y la Integridad corporal,Feminicidio,Feminicidio,No especificado,45,0.03402018422065836,0.06659866893236326
2024,00,Nacional,La familia,Violencia familiar,Violencia familiar,Violencia familiar,278278,210.37930721236376,NA
2024,00,Nacional,La libertad y la seguridad sexual,Acoso sexual,Acoso sexual,Acoso sexual,11648,8.805935684493969,NA
2024,00,Nacional,La libertad y la seguridad sexual,Violación simple,Violación simple,Violación simple,15325,11.585762737368652,NA
2024,00,Nacional,El patrimonio,Robo,Robo a institución bancaria,Con violencia,71,0.05367629065926097,NA
2024,00,Nacional,El patrimonio,Robo,Robo a institución bancaria,Sin violencia,66,0.049896270190298936,NA
2024,00,Nacional,El patrimonio,Robo,Robo a negocio,Con violencia,31782,24.02732210891031,NA
2024,00,Nacional,El patrimonio,Robo,Robo a negocio,Sin violencia,41714,31.53595476845651,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transeúnte en espacio abierto al público,Con violencia,3416,2.582509984394866,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transeúnte en espacio abierto al público,Sin violencia,2485,1.8786701730741342,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transeúnte en vía pública,Con violencia,41039,31.025652005146632,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transeúnte en vía pública,Sin violencia,13401,10.131210860912061,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transportista,Con violencia,6691,5.058423391565002,NA
2024,00,Nacional,El patrimonio,Robo,Robo a transportista,Sin violencia,1287,0.9729772687108291,NA
2024,00,Nacional,El patrimonio,Robo,Robo de autopartes,Con violencia,192,0.14515278600814235,NA
2024,00,Nacional,El patrimonio,Robo,Robo de autopartes,Sin violencia,20958,15.844333797701289,NA
2024,00,Nacional,El patrimonio,Robo,Robo de ganado,Con violencia,108,0.08164844212958007,NA
2024,00,Nacional,El patrimonio,Robo,Robo de ganado,Sin violencia,2185,1.6518689449364117,NA
2024,00,Nacional,El patrimonio,Robo,Robo de maquinaria,Robo de tractores Con violencia,31,0.02343612690756465,NA
2024,00,Nacional,El patrimonio,Robo,Robo de maquinaria,Robo de tractores Sin violencia,60,0.04536024562754448,NA
"""


def test_a_rate_written_on_a_few_rows_among_na_is_no_breakdown(tmp_path: Path) -> None:
    out = ingest(tmp_path / "delitos.csv", DELITOS_HEADER + "\n" + DELITOS)
    # "n_delitos_x100kmujeres" names offences ("delitos") yet holds numbers and "NA": a rate
    women = {round(o.value, 6): o.unit for o in out if o.source_locator.startswith("J")}
    assert women == {
        0.303394: "por 100.000 mujeres", 0.295994: "por 100.000 mujeres",
        0.547589: "por 100.000 mujeres", 0.066599: "por 100.000 mujeres",
    }  # fmt: skip
    # and never an item of the offences' breakdown
    assert not any("0.30339" in o.breakdown_value or "NA" in o.breakdown_value for o in out)
    family = [o for o in out if o.source_locator == "H6"]
    assert [(o.value, o.indicator_label) for o in family] == [(278278.0, "Violencia familiar")]
