"""What a text says will be, published as a target, not as what happened (field errors of the
development parts, issue 10): a future perfect ("al cierre del presente ejercicio se habrá
atendido más de 13 mil mujeres"), "cerrará con", "se centrarán en", "estará integrada por", a
purpose ("a fin de comprar ... y llegar a 1.500"), a plan said with "se va a" or "queremos
capacitar", and people who "serán beneficiadas" after the count; the counts beside them that
did happen stay observed."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import extracted


def _kinds(tmp_path: Path, text: str) -> dict[float, str]:
    return {o.value: o.value_kind for o in extracted(tmp_path, text)}


def test_a_projection_in_the_future_perfect(tmp_path: Path) -> None:
    # mx_slp_cjm_nuevo_centro, line 8 (dev)
    found = _kinds(
        tmp_path,
        "SLP incrementará atención a mujeres que viven violencia con nuevo Centro de Justicia\n"
        "La titular del CJM refirió que la demanda de servicios del Centro de Justicia del "
        "municipio de San Luis Potosí ha tenido un incremento promedio anual del 49 por ciento "
        "entre 2015 a 2018, por lo cual de mantenerse esta tendencia, al cierre del presente "
        "ejercicio se habrá atendido más de 13 mil mujeres en la capital del Estado y al cierre "
        "de la administración más de 20 mil.\n",
    )
    assert found[13000.0] == "target"
    assert found[20000.0] == "target"


def test_what_a_year_will_close_with(tmp_path: Path) -> None:
    # co_bogota_balance_violencias_2022, line 6 (dev)
    found = _kinds(
        tmp_path,
        "Bogotá sigue avanzando en atención y prevención de violencias contra las mujeres\n"
        "- Esta administración terminó con el ‘ping-pong’ que sufrían las mujeres, yendo de una "
        "entidad a otra, y se instalaron todos los servicios en un solo lugar. Ya son 5 Casas de "
        "Justicia con atención integral, y el 2022 cerrará con siete.\n",
    )
    assert found[7.0] == "target"
    assert found[5.0] == "observed"


def test_a_purchase_meant_to_reach_a_number_and_a_promise(tmp_path: Path) -> None:
    # uy_tobilleras_compra_2020, line 2 (dev); uy_inmujeres_mvot_subsidios_alquiler_convenio
    # _2022, line 3 (dev40)
    found = _kinds(
        tmp_path,
        "“Está culminado el proceso de compra de tobilleras electrónicas”, anunció la "
        "vicepresidenta de la República. Agregó que el Ministerio de Economía y Finanzas ya "
        "destinó los fondos para la ampliación del presupuesto para estos dispositivos en 4 "
        "millones de dólares, a fin de comprar un 50% más de tobilleras en 2020 y llegar a 1.500 "
        "al finalizar el año.\n"
        "Con la ampliación de los cupos, se alcanzó una “cifra récord” de 466 subsidios, destacó "
        "la directora de Inmujeres. “Se va a hacer todo hasta llegar a 500, que es la promesa que "
        "asumimos”, aseveró.\n",
    )
    assert found[1500.0] == "target"
    assert found[500.0] == "target"
    assert found[466.0] == "observed"


def test_a_project_centred_on_municipalities_and_a_unit_made_of_three(tmp_path: Path) -> None:
    # sv_isdemu_conamype_empoderamiento_economico_2024, line 5 (dev50); py_csj_secretaria_genero
    # _unidad_paraguari_2026, line 5 (dev15)
    found = _kinds(
        tmp_path,
        "Las acciones del proyecto se centrarán en 23 municipios de alta vulnerabilidad social y "
        "económica en diversos departamentos de El Salvador.\n"
        "Cada unidad estará integrada por tres funcionarios: una coordinadora, una asistente y "
        "personal administrativo.\n",
    )
    assert found[23.0] == "target"
    assert found[3.0] == "target"


def test_people_who_will_be_served_said_after_the_count(tmp_path: Path) -> None:
    # sv_ciudad_mujer_morazan_inauguracion_2014, line 5 (dev33); ni_inifom_escuelas_oficios
    # _protagonistas_semestre, lines 2 and 5 (dev26)
    found = _kinds(
        tmp_path,
        "Según dijo, más de 47 mil mujeres de Morazán serán beneficiadas directamente con el "
        "centro de atención.\n"
        "Durante el último semestre, desde las escuelas de oficios que hay en 135 municipios se "
        "han capacitado más de 14 mil protagonistas para manejar sus propios negocios.\n"
        "Este mes de agosto ya comienza el segundo semestre y queremos capacitar a unos 20 mil "
        "protagonistas en estas escuelas de oficios”, comentó la compañera.\n",
    )
    assert found[47000.0] == "target"
    assert found[20000.0] == "target"
    assert found[14000.0] == "observed"
