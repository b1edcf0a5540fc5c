"""Three shapes of Chile's statistics offices (tests/acceptance/corpus_dev28), on real cells.

The crime-analysis centre's pivot export writes each year once over its months, the
quarters under it and then the months by their numbers (1 to 12): that row is the header's,
never a row of counts. The homicide-prevention centre's register repeats the year's
national and regional homicide rates on every victim's row and numbers its month column
"MES2": the victims are counted, the rates are no figure of a victim. The migration
service counts permits by the people's country beside the region of Chile they live in:
the country is a breakdown, not the place.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from tests.tabular.staged import read, workbook, write

# reportesEstadisticos-porDelito (CEAD, alexbgh1/delitos-chile data/raw_data.xlsx): its
# filter block and header rows, the first 24 months (2005-2006) of four of its rows
MONTHS = list(range(1, 13))
VIF = [9319, 8027, 8963, 7526, 7045, 6883, 7012, 7206, 7489, 8228, 8810, 8976,
       9513, 8155, 8315, 7655, 7683, 7342, 7811, 8163, 8627, 9266, 9666, 10267]  # fmt: skip
VIF_HOMBRE = [747, 694, 734, 550, 531, 573, 604, 630, 626, 788, 866, 843,
              960, 797, 790, 802, 828, 724, 802, 835, 901, 936, 1008, 1147]  # fmt: skip
VIF_MUJER = [8375, 7118, 8010, 6797, 6363, 6123, 6210, 6397, 6707, 7069, 7545, 7735,
             8158, 6995, 7164, 6507, 6485, 6231, 6594, 6879, 7278, 7807, 8108, 8632]  # fmt: skip
VIOLACIONES = [232, 224, 208, 244, 188, 200, 238, 271, 223, 200, 250, 226,
               260, 254, 222, 229, 230, 243, 229, 218, 233, 235, 271, 244]  # fmt: skip


def _cead(path: Path) -> Path:
    quarters: list[object] = []
    for _ in range(2):
        for q in range(1, 5):
            quarters += [f"TRIM {q}", None, None]
    rows: list[list[object]] = [
        [None],
        ["Medida", "Frecuencia"],
        ["Tipo de Datos", "Casos Policiales"],
        [None],
        ["Unidad Territorial"],
        ["Regiones", "TOTAL PAÍS"],
        ["Provincias", "(Todas)"],
        ["Comunas", "(Todas)"],
        [None],
        ["Delito"],
        ["Grupo Delictual", "Delitos de mayor connotación social,Violencia intrafamiliar"],
        ["Delitos", "Violaciones,Violencia intrafamiliar a hombre,Violencia intrafamiliar a mujer"],
        [None],
        ["Temporalidad"],
        ["Año", "2023,2022,2021,2020,2019,2018,2017,2016,2015,2014,2013,2012,2011,2010,2005,2006,2007,2008,2009"],
        ["Trimestre", "1,2,3,4"],
        ["Mes", "Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Septiembre,Agosto,Octubre,Noviembre,Diciembre"],
        [None],
        [None],
        [None, 2005, *[None] * 11, 2006, *[None] * 11],
        [None, *quarters],
        ["GRUPO DELICTUAL / DELITO", *MONTHS, *MONTHS],
        ["Violaciones", *VIOLACIONES],
        ["Violencia intrafamiliar", *VIF],
        ["Violencia intrafamiliar a hombre", *VIF_HOMBRE],
        ["Violencia intrafamiliar a mujer", *VIF_MUJER],
    ]  # fmt: skip
    workbook(path, {"reportesEstadisticos-porDelito": rows})
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.merge_cells("B20:M20")  # each year merged over its twelve months, as exported
    sheet.merge_cells("N20:Y20")
    for first in range(2, 26, 3):  # each quarter over its three months
        sheet.merge_cells(start_row=21, start_column=first, end_row=21, end_column=first + 2)
    book.save(path)
    return path


def test_months_numbered_under_their_year_and_quarter(tmp_path: Path) -> None:
    out = read(_cead(tmp_path / "casos_policiales.xlsx"), country="CL")
    # the month numbers are the header's: no count of 1 to 12 from that row
    assert not [o for o in out if o.source_locator.endswith("22")]
    assert len(out) == 4 * 24
    women = {o.period_start: o.value for o in out if o.indicator_label.endswith("a mujer")}
    assert women["2005-01-01"] == 8375 and women["2006-12-01"] == 8632
    months = {(o.period_start, o.period_end) for o in out}
    assert ("2005-02-01", "2005-02-28") in months and ("2006-12-01", "2006-12-31") in months
    assert all(o.period_start[:7] == o.period_end[:7] for o in out)  # a month each, no year
    rapes = sorted((o.period_start, o.value) for o in out if o.indicator_label == "Violaciones")
    assert [v for _, v in rapes] == VIOLACIONES


# Base-VHC_2018_PS2025.xlsx, sheet BBDD (CPHDV, punp1n/delitos_violentos_propiedad_chile):
# the first twenty victims of 2018 and of 2019 in three regions
REGISTER = """\
SEXO_RECOD_F,EDAD_RECOD,NACION_RECOD2,ANT_REC,ARMA_RECOD2,CONTEXTO_RECOD,LUG_AGR_RECOD2,NOM_REG,COMUN_AGR,DIA,MES2,ID_ANO,HORA_RECOD,Tasa Nacional,Tasa Regional
Hombre,30 a 39,Chileno,Sin Condenas,Objeto cortante o punzante,Hallazgo de cadáver con participación de terceros,Vía Pública,Metropolitana de Santiago,Recoleta,Lunes,1,2018,12:00 - 17:59,4.5,5.3
Hombre,40 a 49,Chileno,Sin Condenas,Objeto cortante o punzante,Interpersonal,Vía Pública,Metropolitana de Santiago,Calera de Tango,Lunes,1,2018,00:00 - 05:59,4.5,5.3
Hombre,50 o +,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Domicilio Particular,Metropolitana de Santiago,Pudahuel,Lunes,1,2018,00:00 - 05:59,4.5,5.3
Hombre,30 a 39,Chileno,Con Condenas,Objeto cortante o punzante,Contexto asociado a delito y/o grupo organizado,Otros,Valparaíso,Valparaíso,Lunes,1,2018,06:00 - 11:59,4.5,4.1
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Biobío,Chiguayante,Martes,1,2018,18:00 - 23:59,4.5,3.5
Mujer,18 a 29,Chileno,Sin Condenas,Otros,Interpersonal,Domicilio Particular,Metropolitana de Santiago,La Florida,Miércoles,1,2018,18:00 - 23:59,4.5,5.3
Hombre,40 a 49,Chileno,Sin Condenas,Otros,Interpersonal,Domicilio Particular,Metropolitana de Santiago,Providencia,Jueves,1,2018,12:00 - 17:59,4.5,5.3
Mujer,40 a 49,Chileno,Con Condenas,Objeto cortante o punzante,Interpersonal,Domicilio Particular,Metropolitana de Santiago,San Bernardo,Jueves,1,2018,00:00 - 05:59,4.5,5.3
Hombre,18 a 29,Chileno,Con Condenas,Sin Información,Contexto asociado a delito y/o grupo organizado,Sin Información,Metropolitana de Santiago,San Ramón,Jueves,1,2018,18:00 - 23:59,4.5,5.3
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Otros,Metropolitana de Santiago,La Pintana,Viernes,1,2018,12:00 - 17:59,4.5,5.3
Hombre,30 a 39,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Padre Hurtado,Viernes,1,2018,00:00 - 05:59,4.5,5.3
Hombre,50 o +,Sin Información,Sin Condenas,Arma de Fuego,Interpersonal,Domicilio Particular,Metropolitana de Santiago,Santiago,Sábado,1,2018,12:00 - 17:59,4.5,5.3
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Hallazgo de cadáver con participación de terceros,Vía Pública,Metropolitana de Santiago,San Bernardo,Domingo,1,2018,00:00 - 05:59,4.5,5.3
Hombre,30 a 39,Chileno,Con Condenas,Objeto cortante o punzante,Interpersonal,Domicilio Particular,Metropolitana de Santiago,San Ramón,Domingo,1,2018,18:00 - 23:59,4.5,5.3
Hombre,18 a 29,Chileno,Sin Condenas,Objeto cortante o punzante,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,La Florida,Domingo,1,2018,00:00 - 05:59,4.5,5.3
Hombre,40 a 49,Chileno,Con Condenas,Objeto cortante o punzante,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Santiago,Martes,1,2018,12:00 - 17:59,4.5,5.3
Hombre,40 a 49,Chileno,Con Condenas,Arma de Fuego,Otros,Domicilio Particular,Metropolitana de Santiago,Cerro Navia,Miércoles,1,2018,12:00 - 17:59,4.5,5.3
Mujer,50 o +,Chileno,Sin Condenas,Otros,Hallazgo de cadáver con participación de terceros,Vía Pública,Metropolitana de Santiago,La Pintana,Miércoles,1,2018,06:00 - 11:59,4.5,5.3
Hombre,30 a 39,Chileno,Con Condenas,Otros,Interpersonal,Vía Pública,Metropolitana de Santiago,Puente Alto,Miércoles,1,2018,18:00 - 23:59,4.5,5.3
Hombre,18 a 29,Chileno,Sin Condenas,Objeto cortante o punzante,Interpersonal,Domicilio Particular,Valparaíso,Quilpué,Jueves,1,2018,00:00 - 05:59,4.5,4.1
Hombre,18 a 29,Chileno,Con Condenas,Objeto cortante o punzante,Interpersonal,Vía Pública,Metropolitana de Santiago,La Granja,Martes,1,2019,00:00 - 05:59,4.8,5.7
Hombre,18 a 29,Extranjero,Sin Condenas,Arma de Fuego,Hallazgo de cadáver con participación de terceros,Otros,Metropolitana de Santiago,Colina,Martes,1,2019,00:00 - 05:59,4.8,5.7
Hombre,30 a 39,Chileno,Sin Condenas,Objeto cortante o punzante,Interpersonal,Vía Pública,Metropolitana de Santiago,Lo Espejo,Martes,1,2019,18:00 - 23:59,4.8,5.7
Hombre,30 a 39,Chileno,Con Condenas,Objeto cortante o punzante,Interpersonal,Vía Pública,Metropolitana de Santiago,San Bernardo,Martes,1,2019,00:00 - 05:59,4.8,5.7
Hombre,30 a 39,Chileno,Con Condenas,Arma de Fuego,Interpersonal,Vía Pública,Biobío,San Pedro de la Paz,Martes,1,2019,18:00 - 23:59,4.8,4.2
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,El Bosque,Martes,1,2019,18:00 - 23:59,4.8,5.7
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Interpersonal,Vía Pública,Metropolitana de Santiago,Pudahuel,Miércoles,1,2019,12:00 - 17:59,4.8,5.7
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Puente Alto,Miércoles,1,2019,18:00 - 23:59,4.8,5.7
Hombre,40 a 49,Chileno,Sin Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Domicilio Particular,Metropolitana de Santiago,San Bernardo,Miércoles,1,2019,18:00 - 23:59,4.8,5.7
Hombre,50 o +,Chileno,Sin Condenas,Objeto cortante o punzante,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Santiago,Miércoles,1,2019,18:00 - 23:59,4.8,5.7
Hombre,30 a 39,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,La Pintana,Miércoles,1,2019,18:00 - 23:59,4.8,5.7
Hombre,40 a 49,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Lo Prado,Jueves,1,2019,18:00 - 23:59,4.8,5.7
Hombre,40 a 49,Chileno,Sin Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Vía Pública,Metropolitana de Santiago,Puente Alto,Jueves,1,2019,00:00 - 05:59,4.8,5.7
Mujer,0 a 14,Chileno,Sin Condenas,Arma de Fuego,Otros,Domicilio Particular,Metropolitana de Santiago,Puente Alto,Viernes,1,2019,18:00 - 23:59,4.8,5.7
Hombre,30 a 39,Chileno,Con Condenas,Arma de Fuego,Hallazgo de cadáver con participación de terceros,Vía Pública,Metropolitana de Santiago,Recoleta,Viernes,1,2019,00:00 - 05:59,4.8,5.7
Hombre,18 a 29,Chileno,Con Condenas,Objeto cortante o punzante,Contexto asociado a delito y/o grupo organizado,Otros,Metropolitana de Santiago,Santiago,Viernes,1,2019,12:00 - 17:59,4.8,5.7
Hombre,30 a 39,Chileno,Con Condenas,Objeto cortante o punzante,Interpersonal,Domicilio Particular,Metropolitana de Santiago,Peñalolén,Domingo,1,2019,00:00 - 05:59,4.8,5.7
Mujer,40 a 49,Chileno,Sin Condenas,Otros,Interpersonal,Domicilio Particular,Valparaíso,Los Andes,Domingo,1,2019,06:00 - 11:59,4.8,4.2
Mujer,50 o +,Chileno,Sin Condenas,Otros,Contexto asociado a delito y/o grupo organizado,Domicilio Particular,Metropolitana de Santiago,La Florida,Domingo,1,2019,18:00 - 23:59,4.8,5.7
Hombre,18 a 29,Chileno,Con Condenas,Arma de Fuego,Contexto asociado a delito y/o grupo organizado,Domicilio Particular,Metropolitana de Santiago,Maipú,Domingo,1,2019,00:00 - 05:59,4.8,5.7
"""


def test_a_register_repeating_the_rates_of_its_year_counts_its_victims(tmp_path: Path) -> None:
    out = read(write(tmp_path, "victimas_homicidio.csv", REGISTER), country="CL")
    assert out and {o.extraction_method for o in out} == {"table.register"}
    # the rates (4.5 and 4.8 national, 5.3 and 5.7 in the capital...) are no count
    assert not {o.value for o in out} & {4.5, 4.8, 5.3, 5.7, 4.1, 3.5}
    assert all(float(o.value).is_integer() for o in out)
    # "MES2" is the month: every victim of these rows in January
    assert {(o.period_start, o.period_end) for o in out} == {
        ("2018-01-01", "2018-01-31"),
        ("2019-01-01", "2019-01-31"),
    }
    totals = {(o.period_start[:4], o.admin1): o.value for o in out if o.breakdown_dimension == "_T"}
    assert totals == {
        ("2018", "CL-RM"): 17, ("2018", "CL-VS"): 2, ("2018", "CL-BI"): 1,
        ("2019", "CL-RM"): 18, ("2019", "CL-VS"): 1, ("2019", "CL-BI"): 1,
    }  # fmt: skip
    women = [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "mujeres"]
    assert sum(o.value for o in women if o.period_start.startswith("2018")) == 3


# RD-Acogidas-2o-semestre-2025.xlsx (SERMIG, punp1n/delitos_violentos_propiedad_chile): its
# first 24 rows and three of its pooled rows, their counts suppressed ("*")
PERMITS = """\
SEXO,RANGO_ETARIO,PAÍS,ACTIVIDAD,ESTUDIOS,REGIÓN,AÑO,Total
Mujer,17 ó menos,Bolivia,Empleado,Medio,Antofagasta,2023,27
Mujer,17 ó menos,Bolivia,Empleado,Medio,Antofagasta,2024,10
Mujer,17 ó menos,Bolivia,Empleado,Medio,Antofagasta,2025,8
Mujer,17 ó menos,Bolivia,Empleado,Medio,Metropolitana de Santiago,2023,6
Mujer,17 ó menos,Bolivia,Empleado,Medio,Metropolitana de Santiago,2024,9
Mujer,17 ó menos,Bolivia,Empleado,Medio,Tarapacá,2023,11
Mujer,17 ó menos,Colombia,Empleado,Básico,Metropolitana de Santiago,2023,6
Mujer,17 ó menos,Colombia,Empleado,Medio,Antofagasta,2023,8
Mujer,17 ó menos,Colombia,Empleado,Medio,Antofagasta,2024,8
Mujer,17 ó menos,Colombia,Empleado,Medio,Metropolitana de Santiago,2023,21
Mujer,17 ó menos,Colombia,Empleado,Medio,Metropolitana de Santiago,2024,12
Mujer,17 ó menos,Colombia,Empleado,Medio,Metropolitana de Santiago,2025,13
Mujer,17 ó menos,Colombia,Empleado,No informa,Metropolitana de Santiago,2017,8
Mujer,17 ó menos,Colombia,Empleado,Técnico,Metropolitana de Santiago,2023,7
Mujer,17 ó menos,Colombia,Empleado,Técnico,Metropolitana de Santiago,2025,9
Mujer,17 ó menos,Colombia,Empleado,Universitario,Metropolitana de Santiago,2023,10
Mujer,17 ó menos,Haití,Empleado,Básico,Metropolitana de Santiago,2023,20
Mujer,17 ó menos,Haití,Empleado,Básico,Metropolitana de Santiago,2024,12
Mujer,17 ó menos,Haití,Empleado,Básico,Metropolitana de Santiago,2025,16
Mujer,17 ó menos,Haití,Empleado,Básico,Valparaíso,2024,7
Mujer,17 ó menos,Haití,Empleado,Medio,Metropolitana de Santiago,2023,32
Mujer,17 ó menos,Haití,Empleado,Medio,Metropolitana de Santiago,2024,36
Mujer,17 ó menos,Haití,Empleado,Medio,Metropolitana de Santiago,2025,27
Mujer,17 ó menos,Otros países dentro de los 25 primeros,Empleado,Básico,Antofagasta,2025,7
Mujer,Anonimizado,Otros países,Otras actividades,Otros estudios,Anonimizada,2000,*
Mujer,Anonimizado,Otros países,Otras actividades,Otros estudios,Anonimizada,2004,*
Mujer,Anonimizado,Otros países,Otras actividades,Otros estudios,Anonimizada,2006,*
"""


def test_the_peoples_country_beside_the_regions_is_a_breakdown(tmp_path: Path) -> None:
    out = read(write(tmp_path, "residencias.csv", PERMITS), country="CL")
    assert out and {o.country for o in out} == {"CL"}
    assert all("pais" in o.breakdown_dimension.split("+") for o in out)
    bolivia = {
        (o.admin1, o.period_start[:4]): o.value
        for o in out
        if "Bolivia" in o.breakdown_value.split(" | ")
    }
    assert bolivia == {
        ("CL-AN", "2023"): 27, ("CL-AN", "2024"): 10, ("CL-AN", "2025"): 8,
        ("CL-RM", "2023"): 6, ("CL-RM", "2024"): 9, ("CL-TA", "2023"): 11,
    }  # fmt: skip
    # one value a row: no nationality folded into another's
    assert sorted(o.value for o in out) == sorted(
        [27, 10, 8, 6, 9, 11, 6, 8, 8, 21, 12, 13, 8, 7, 9, 10, 20, 12, 16, 7, 32, 36, 27, 7]
    )
