"""Two files of the twenty-second development set (tests/acceptance/corpus_dev22), their real
cells. Costa Rica's domestic-violence counts by district end each line with a lone carriage
return (an old Macintosh file): the shape check measured it as one line of 2,266 columns and
refused it, though the CSV reader splits it into its rows; its cantons carry the DTA's
three-digit codes ("201"), which the published schema refused; "Alfaro Ruiz" is Zarcero's
former name. Colombia's public-health surveillance (SIVIGILA) notifies cases of gender-based
violence one per row, in codes: a row number ("Orden"), the hour of the event and the
aggressor's age ("edad_agre"), and columns of one- or two-digit codes, the occupation's with
13 of them (1-33): a register counted by its breakdowns, never a table of values. Its codes
of the kind of violence ("naturaleza") are named in the column beside them ("def_naturaleza").
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import rows, staged_file

# violencia.csv (rjgarbanzo/VisualizacionT2), its first 19 lines, as the file ends them
DISTRICTS = [
    "Provincia;Canton;Distrito;2016;2017;2018",
    "Alajuela;Alajuela;Alajuela;151;120;61",
    "Alajuela;Alajuela;Carrizal;9;10;2",
    "Alajuela;Alajuela;Desamparados;58;58;25",
    "Alajuela;Alajuela;Garita;8;6;1",
    "Alajuela;Alajuela;Guacima;58;59;27",
    "Alajuela;Alajuela;Rio Segundo;44;38;19",
    "Alajuela;Alajuela;Sabanilla;10;10;5",
    "Alajuela;Alajuela;San Antonio;70;84;26",
    "Alajuela;Alajuela;San Isidro;20;27;8",
    "Alajuela;Alajuela;San Jose;92;114;55",
    "Alajuela;Alajuela;San Rafael;58;72;38",
    "Alajuela;Alajuela;Sarapiqui;3;2;3",
    "Alajuela;Alajuela;Tambor;24;39;10",
    "Alajuela;Alajuela;Turrucares;8;14;8",
    "Alajuela;Alfaro Ruiz;Brisas;;2;1",
    "Alajuela;Alfaro Ruiz;Tapezco;;1;",
    "Alajuela;Alfaro Ruiz;Zapote;;;3",
    "Alajuela;Alfaro Ruiz;Zarcero;;5;1",
]

# violencia.csv (mvgarcia/Proyecto-1-Ciencia-de-Datos): 18 of its 32 columns, the first row of
# each of the 13 occupation codes and the first rows of 2016 after them, in the file's order
SIVIGILA = """\
Orden,Departamento,Municipio,semana,año,Grupo edad,sexo_,pac_hos_,naturaleza,def_naturaleza,actividad,nom_actividad,edad_agre,sexo_agre,sust_vict,hora_hecho,escenario,zona_conf
249,SANTANDER,BUCARAMANGA,13,2015,18 a 28,Femenino,2,1,Violencia fisica,26,Otro,32,MASCULINO,2,1899-12-31T00:00:00.000,2,0
283,SANTANDER,BUCARAMANGA,1,2015,6 a 11,Femenino,1,4,Abuso sexual,24,Estudiante,22,MASCULINO,2,1899-12-31T19:00:00.000,2,0
527,SANTANDER,BUCARAMANGA,2,2015,29 a 59,Femenino,2,1,Violencia fisica,15,Maestro,43,MASCULINO,2,1899-12-31T16:00:00.000,2,0
33,SANTANDER,BUCARAMANGA,3,2015,6 a 11,Masculino,2,3,Negligencia y abandono,8,Reciclador,28,MASCULINO,2,1899-12-31T20:00:00.000,2,2
413,SANTANDER,BUCARAMANGA,45,2015,29 a 59,Femenino,2,1,Violencia fisica,28,Trabajadora domestica,57,MASCULINO,2,1899-12-31T02:00:00.000,2,2
425,SANTANDER,BUCARAMANGA,8,2015,29 a 59,Femenino,1,1,Violencia fisica,16,Servidor publico,47,MASCULINO,2,1899-12-31T13:00:00.000,2,0
269,SANTANDER,BUCARAMANGA,52,2016,18 a 28,Femenino,2,1,Violencia fisica,26,Otro,24,MASCULINO,2,1899-12-31T01:00:00.000,2,0
508,SANTANDER,BUCARAMANGA,30,2016,12 a 17,Femenino,1,3,Negligencia y abandono,26,Otro,16,FEMENINO,2,1899-12-31T04:00:00.000,2,0
606,SANTANDER,BUCARAMANGA,52,2016,1 a 5,Femenino,2,3,Negligencia y abandono,26,Otro,32,MASCULINO,2,1899-12-31T16:30:00.000,7,2
662,SANTANDER,BUCARAMANGA,52,2016,12 a 17,Femenino,1,3,Negligencia y abandono,26,Otro,18,FEMENINO,2,1899-12-31T12:00:00.000,2,0
663,SANTANDER,BUCARAMANGA,52,2016,12 a 17,Femenino,1,3,Negligencia y abandono,26,Otro,18,FEMENINO,2,1899-12-31T04:16:00.000,2,0
778,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Masculino,2,3,Negligencia y abandono,24,Estudiante,32,FEMENINO,2,1899-12-31T04:40:00.000,2,2
797,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Femenino,2,4,Abuso sexual,24,Estudiante,32,MASCULINO,2,1899-12-31T00:00:00.000,2,2
888,SANTANDER,BUCARAMANGA,52,2016,18 a 28,Masculino,1,4,Abuso sexual,26,Otro,0,MASCULINO,2,1899-12-31T09:00:00.000,1,0
946,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Femenino,2,6,Violacion,24,Estudiante,58,MASCULINO,2,1899-12-31T10:00:00.000,2,0
949,SANTANDER,BUCARAMANGA,52,2016,29 a 59,Femenino,1,1,Violencia fisica,26,Otro,33,MASCULINO,2,1899-12-31T16:00:00.000,2,0
330,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Femenino,2,1,Violencia fisica,24,Estudiante,45,MASCULINO,2,1899-12-31T02:30:00.000,1,2
449,SANTANDER,BUCARAMANGA,52,2016,12 a 17,Femenino,2,1,Violencia fisica,26,Otro,35,MASCULINO,2,1899-12-31T20:30:00.000,2,0
518,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Femenino,1,4,Abuso sexual,24,Estudiante,40,MASCULINO,2,1899-12-31T08:00:00.000,2,0
553,SANTANDER,BUCARAMANGA,19,2016,60 y mas,Masculino,2,3,Negligencia y abandono,26,Otro,67,MASCULINO,2,1899-12-31T04:00:00.000,2,0
727,SANTANDER,BUCARAMANGA,52,2016,12 a 17,Femenino,2,3,Negligencia y abandono,26,Otro,40,MASCULINO,2,1899-12-31T04:00:00.000,2,2
778,SANTANDER,BUCARAMANGA,52,2016,29 a 59,Femenino,1,1,Violencia fisica,26,Otro,28,MASCULINO,2,1899-12-31T08:00:00.000,2,0
798,SANTANDER,BUCARAMANGA,52,2016,<1,Femenino,2,3,Negligencia y abandono,26,Otro,23,FEMENINO,2,1899-12-31T19:00:00.000,2,2
41,SANTANDER,BUCARAMANGA,52,2016,6 a 11,Masculino,2,3,Negligencia y abandono,26,Otro,25,FEMENINO,2,1899-12-31T00:00:00.000,2,0
386,SANTANDER,BUCARAMANGA,52,2016,29 a 59,Femenino,2,1,Violencia fisica,26,Otro,35,MASCULINO,2,1899-12-31T07:30:00.000,2,0
412,SANTANDER,BUCARAMANGA,52,2016,1 a 5,Masculino,2,3,Negligencia y abandono,26,Otro,29,FEMENINO,2,1899-12-31T18:50:00.000,2,2
840,SANTANDER,BUCARAMANGA,52,2016,1 a 5,Femenino,2,3,Negligencia y abandono,26,Otro,28,FEMENINO,2,1899-12-31T18:40:00.000,2,2
43,SANTANDER,BUCARAMANGA,1,2016,29 a 59,Femenino,2,3,Negligencia y abandono,26,Otro,31,MASCULINO,2,1899-12-31T10:32:00.000,2,0
818,SANTANDER,BUCARAMANGA,1,2016,1 a 5,Masculino,2,3,Negligencia y abandono,26,Otro,24,FEMENINO,2,1899-12-31T15:30:00.000,1,0
293,SANTANDER,BUCARAMANGA,1,2016,1 a 5,Masculino,2,3,Negligencia y abandono,26,Otro,36,MASCULINO,2,1899-12-31T10:00:00.000,1,2
314,SANTANDER,BUCARAMANGA,1,2016,6 a 11,Femenino,1,3,Negligencia y abandono,26,Otro,0,FEMENINO,2,1899-12-31T18:15:00.000,7,2
367,SANTANDER,BUCARAMANGA,1,2016,12 a 17,Femenino,2,4,Abuso sexual,24,Estudiante,40,MASCULINO,2,1899-12-31T14:00:00.000,2,0
93,SANTANDER,BUCARAMANGA,1,2016,6 a 11,Femenino,2,3,Negligencia y abandono,26,Otro,58,FEMENINO,2,1899-12-31T23:20:00.000,1,0
880,SANTANDER,BUCARAMANGA,31,2016,6 a 11,Femenino,2,1,Violencia fisica,17,Fuerza publica,30,FEMENINO,2,1899-12-31T16:00:00.000,2,0
254,SANTANDER,BUCARAMANGA,10,2017,60 y mas,Femenino,2,99,Sin información,31,Persona dedicada al cuidado del hogar,64,MASCULINO,2,1899-12-31T00:00:00.000,2,2
750,SANTANDER,BUCARAMANGA,1,2017,60 y mas,Masculino,1,3,Negligencia y abandono,33,Ninguna,0,SIN DEFINIR,2,1899-12-31T15:40:00.000,7,2
98,SANTANDER,BUCARAMANGA,1,2017,18 a 28,Femenino,2,1,Violencia fisica,13,Líder cívico,22,MASCULINO,2,1899-12-31T18:30:00.000,2,2
11,SANTANDER,BUCARAMANGA,14,2017,6 a 11,Masculino,2,3,Negligencia y abandono,32,Sin información,42,FEMENINO,2,1899-12-31T07:00:00.000,3,2
272,SANTANDER,BUCARAMANGA,14,2017,6 a 11,Femenino,2,99,Sin información,29,Sin información,0,FEMENINO,2,1899-12-31T00:00:00.000,2,2
357,SANTANDER,BUCARAMANGA,43,2017,18 a 28,Masculino,2,1,Violencia fisica,30,Sin información,0,MASCULINO,2,1899-12-31T08:00:00.000,2,2
"""


def test_lines_ended_by_a_carriage_return_are_rows(tmp_path: Path) -> None:
    path = tmp_path / "violencia.csv"
    path.write_bytes(("\ufeff" + "\r".join(DISTRICTS)).encode("utf-8"))
    out = rows(staged_file(path, country="CR"))
    assert len(out) == 48  # 14 districts of three years, and the 6 cells of Alfaro Ruiz's 4
    first = next(o for o in out if o.source_locator == "D2")
    assert (first.value, first.admin1, first.municipality_code, first.breakdown_value) == (
        151,
        "CR-A",
        "201",
        "Alajuela",
    )
    assert (first.period_start, first.period_end) == ("2016-01-01", "2016-12-31")
    zarcero = next(o for o in out if o.source_locator == "E19")
    assert (zarcero.value, zarcero.municipality_code, zarcero.municipality) == (5, "211", "Zarcero")
    assert zarcero.breakdown_value == "Zarcero"
    # Zarcero's empty 2016 cell is no value
    assert not [o for o in out if o.source_locator == "D19"]


def test_cases_in_codes_are_counted_not_published(tmp_path: Path) -> None:
    path = tmp_path / "violencia.csv"
    path.write_text(SIVIGILA, encoding="utf-8")
    out = rows(staged_file(path, country="CO"))
    assert {o.extraction_method for o in out} == {"table.register"}
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 40
    assert sum(o.value for o in totals if o.period_label.startswith("2016")) == 28
    # the victim's sex: 29 women; the aggressor's ("sexo_agre": 14 FEMENINO) is another person's
    women = [o for o in out if o.breakdown_dimension == "sexo"]
    assert sum(o.value for o in women if o.breakdown_value == "mujeres") == 29
    assert not [o for o in out if "agre" in o.breakdown_dimension]
    # the occupation's 13 codes and the aggressor's age are no breakdown and no value
    assert not [o for o in out if "actividad" in o.breakdown_dimension]
    assert {o.breakdown_dimension for o in out} == {"_T", "grupo_edad", "sexo", "tipo_violencia"}
    # "naturaleza" is codes (1, 3, 4, 6, 99); "def_naturaleza" beside it names them: counted
    # by the names
    kinds: dict[str, float] = {}
    for o in out:
        if o.breakdown_dimension == "tipo_violencia":
            kinds[o.breakdown_value] = kinds.get(o.breakdown_value, 0) + o.value
    assert kinds["Violencia fisica"] == 13
    assert kinds["Negligencia y abandono"] == 19
    assert kinds["Abuso sexual"] == 5
    assert "1" not in kinds and "3" not in kinds
