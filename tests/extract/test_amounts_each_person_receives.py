"""What each person receives, read as a budget in the development corpus (tests/acceptance/texts,
parts dev90 and dev100): "de esas ganadoras, 32.010 recibirán 240 mil pesos" (a housing
programme's winners, AR) and "accedan al apoyo económico de 600 soles que ofrece el Estado"
(Peru's assistance to the orphans of feminicide). Each is the amount of one person, never a
sum paid out; the counts of people beside them stay values. Guards: a shelter's grant ("un
segundo refugio ... recibirá 6 millones de pesos"), services received ("682,148 hondureñas
recibieron 1,641,836 servicios") and a programme's budget ("un presupuesto de 600 millones de
soles")."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def values(tmp_path: Path, text: str) -> list[float]:
    return [float(o.value) for o in extracted(tmp_path, text) if o.value is not None]


def test_the_winners_each_receive_an_amount(tmp_path: Path) -> None:
    """ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021 (dev90, line 3): the 240 mil
    pesos each of the 32.010 winners will receive are no budget; the women stay."""
    found = corpus_document(tmp_path, "ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021")
    line3 = [float(o.value) for o in found if o.source_locator.split()[0] == "line:3"]
    assert 240000.0 not in line3
    assert {105957.0, 35186.0, 12000.0, 32010.0} <= set(line3)


def test_the_support_each_orphan_accesses(tmp_path: Path) -> None:
    """pe_aurora_arequipa_asistencia_huerfanos_feminicidio_2020 (dev100, line 4): "accedan al
    apoyo económico de 600 soles que ofrece el Estado" is what each child receives; the 77
    women killed stay."""
    found = corpus_document(tmp_path, "pe_aurora_arequipa_asistencia_huerfanos_feminicidio_2020")
    line4 = [float(o.value) for o in found if o.source_locator.split()[0] == "line:4"]
    assert 600.0 not in line4
    assert 77.0 in line4


def test_the_class_in_other_words(tmp_path: Path) -> None:
    """The same roles, other offices' words: a count of beneficiaries then what each receives;
    the support named before its amount."""
    text = (
        "Informe del programa\n"
        "Del total de beneficiarias, 1.250 reciben 50 mil pesos para iniciar su emprendimiento.\n"
        "Las familias podrán acceder a una asistencia económica de 300 soles.\n"
    )
    found = values(tmp_path, text)
    assert 50000.0 not in found and 300.0 not in found
    assert 1250.0 in found


def test_guards_a_grant_services_and_a_budget_stay(tmp_path: Path) -> None:
    """A shelter receives a grant (a noun before the verb, not a count); services received are
    no money; a budget named as such stays."""
    text = (
        "Informe de la dependencia\n"
        "Por primera vez un segundo refugio operado por la dependencia recibirá 6 millones de "
        "pesos.\n"
        "Desde marzo de 2017, 682,148 hondureñas recibieron 1,641,836 servicios integrados.\n"
        "El programa cuenta con un presupuesto de 600 millones de soles para 2024.\n"
    )
    found = values(tmp_path, text)
    assert 6000000.0 in found
    assert 1641836.0 in found
    assert 600000000.0 in found
