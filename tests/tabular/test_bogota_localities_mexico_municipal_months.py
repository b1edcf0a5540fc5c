"""Two shapes of tests/acceptance/corpus_dev29, on real cells.

Mexico's femicides by municipality and month, as an analysis repository kept the national
office's municipal file: the municipality's INEGI code under the header "muni", and one
line per municipality, month and sub-type, the sub-type's column dropped, so that one
municipality and month may be written on two or three identical lines. The code column is
the rows' place (never a measure summed into a month's figure), and the lines of one
municipality and month add up.

Bogotá's cases by locality, the city declared by the user (``admin1: CO-DC``): a locality
named as a municipality elsewhere in Colombia ("SAN CRISTOBAL" in Bolívar, "CIUDAD BOLIVAR"
in Antioquia) is the city's locality, never that homonym.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

# ollin18/femicides docs/map/data/monthly.csv: its header, its first three lines and its lines
# of three municipalities in August and September 2018 (the file's lines 2025-2027, 2041,
# 2053-2054, 2088-2089, 2104-2105)
MONTHLY = """\
Year,muni,Month,count,date,lon,lat
2015,04002,January,1,2015-01-01,-90.26764808,19.61701765
2015,05035,January,1,2015-01-01,-103.24891934,25.17007521
2015,07037,January,1,2015-01-01,-92.42377328,15.00940399
2018,15033,August,1,2018-08-01,-99.04321177,19.57278367
2018,15033,August,1,2018-08-01,-99.04321177,19.57278367
2018,15033,August,1,2018-08-01,-99.04321177,19.57278367
2018,19039,August,1,2018-08-01,-100.31095178,25.64464035
2018,25006,August,3,2018-08-01,-107.26665386,24.6514903
2018,25006,August,1,2018-08-01,-107.26665386,24.6514903
2018,15033,September,1,2018-09-01,-99.04321177,19.57278367
2018,15033,September,2,2018-09-01,-99.04321177,19.57278367
2018,19039,September,7,2018-09-01,-100.31095178,25.64464035
2018,19039,September,1,2018-09-01,-100.31095178,25.64464035
"""

# codes read as numbers, the years, Ecatepec's coordinates
CODES = {4002, 5035, 7037, 15033, 19039, 25006}
CODES_AND_COORDINATES = CODES | {2015, 2018, -99.04321177, 19.57278367}


def test_municipality_codes_under_muni_are_the_place_and_repeated_lines_add_up(
    tmp_path: Path,
) -> None:
    out = read(write(tmp_path, "feminicidios_municipio_mes.csv", MONTHLY), country="MX")
    # the codes are the rows' place: no month's figure is a sum of codes (473,470 for January
    # 2015 when "muni" was read as a measure), no code or coordinate is a value
    assert out and all(o.value <= 8 for o in out)
    assert not {o.value for o in out} & CODES_AND_COORDINATES
    got = {(o.municipality_code, o.period_start, o.period_end): o for o in out}
    assert len(got) == len(out) == 8  # one figure per municipality and month
    ecatepec = got[("15033", "2018-08-01", "2018-08-31")]
    assert ecatepec.value == 3 and ecatepec.admin1 == "MX-MEX"
    assert ecatepec.municipality == "Ecatepec de Morelos"
    assert ecatepec.source_locator == "D5+D6+D7"  # the three identical lines, each counted
    monterrey = got[("19039", "2018-09-01", "2018-09-30")]
    assert monterrey.value == 8 and monterrey.source_locator == "D13+D14"
    assert got[("25006", "2018-08-01", "2018-08-31")].value == 4
    assert got[("19039", "2018-08-01", "2018-08-31")].value == 1
    assert got[("04002", "2015-01-01", "2015-01-31")].source_locator == "D2"
    assert sum(o.value for o in out) == 1 + 1 + 1 + 3 + 1 + 4 + 3 + 8


# 00Jake00/convivedata-vif-bogota-2018-2025-Datajam data/processed/base_localidad_anio_2018_2025.csv
# (written with a byte-order mark): five localities in 2018 and 2022
LOCALITIES = """\ufefflocalidad,anio,vif_casos,lesiones_casos,spa_casos,poblacion_ref,vif_tasa,lesiones_tasa,spa_tasa
SANTA FE,2018,621.0,1223.0,848.0,110048,564.2992148880488,1111.333236405932,770.5728409421343
SANTA FE,2022,1008.0,794.0,875.0,110048,915.963943006688,721.5033439953474,795.1075894155277
SAN CRISTOBAL,2018,2345.0,1718.0,197.0,404697,579.4458570238969,424.515131073371,48.678393958937185
SAN CRISTOBAL,2022,1855.0,1081.0,533.0,404697,458.3676182427841,267.11342065792434,131.70347198027167
BOSA,2018,4760.0,2230.0,221.0,673077,707.1999191771521,331.3142478498002,32.83428196179635
BOSA,2022,3695.0,1674.0,781.0,673077,548.9713658318439,248.70854300473792,116.03427245322601
LA CANDELARIA,2018,125.0,242.0,102.0,24088,518.9305878445699,1004.6496180670873,423.447359681169
LA CANDELARIA,2022,675.0,196.0,277.0,24088,2802.2251743606776,813.6831617402856,1149.950182663567
CIUDAD BOLIVAR,2018,3948.0,2311.0,286.0,707569,557.9667848647977,326.61125628737267,40.42008623893924
CIUDAD BOLIVAR,2022,3748.0,1798.0,450.0,707569,529.7009902921128,254.10949320843622,63.59803778854076
"""


def test_a_declared_city_keeps_its_localities_from_homonyms_elsewhere(tmp_path: Path) -> None:
    path = write(tmp_path, "vif_localidad_anio.csv", LOCALITIES)
    out = read(path, country="CO", admin1="CO-DC")
    # every row is in Bogotá, none in Bolívar's San Cristóbal (13620) or Antioquia's Ciudad
    # Bolívar (05101)
    assert out and {o.admin1 for o in out} == {"CO-DC"}
    assert {o.municipality_code for o in out} == {""}
    vif = {
        (o.municipality, o.period_start): o.value for o in out if o.indicator_label == "vif_casos"
    }
    assert vif[("SAN CRISTOBAL", "2018-01-01")] == 2345
    assert vif[("CIUDAD BOLIVAR", "2022-01-01")] == 3748
    assert vif[("LA CANDELARIA", "2022-01-01")] == 675
    cell = next(
        o
        for o in out
        if o.municipality == "SAN CRISTOBAL"
        and o.indicator_label == "vif_casos"
        and o.period_start == "2018-01-01"
    )
    assert cell.source_locator == "C4" and cell.period_end == "2018-12-31"
    named = {o.breakdown_value for o in out if o.municipality == "SAN CRISTOBAL"}
    assert named == {"SAN CRISTOBAL"}
    # the years are no values
    assert not [o for o in out if o.value in (2018, 2022)]
