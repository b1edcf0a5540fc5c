"""People who took part in a thing their sentence refers back to (issue 10): "En esta iniciativa
... participaron 10.268 mujeres" after a count of women who took part in a learning process are
people trained, not participants in events (codebook ``participantes_actividades.refers_back``
and ``takes_up``, ``normalize/observations.py:_referred_back``). The case reads the real
sentences of a development document (named in it); the guards read close sentences that must
not change."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import corpus_document, extracted


def test_participants_of_the_initiative_before_are_trained(tmp_path: Path) -> None:
    # "Un total de 53.007 mujeres de todas las regiones del país participaron durante los últimos
    # cuatro años en el proceso de aprendizaje virtual ... En esta iniciativa -enmarcada en el
    # Programa Avanzamos Mujeres y la Estrategia Puente al Desarrollo- participaron 10.268 mujeres
    # de la Región Brunca; 8.671 de la Región Chorotega; ... y 1.694 de Alajuela." (dev50, lines
    # 6 and 7): the nine regions' women went out as participants in events
    found = {
        o.value: o.indicator_id
        for o in corpus_document(tmp_path, "cr_imas_inamu_avanzamos_mujeres_graduadas_2022")
        if o.source_locator.split()[0] == "line:7"
    }
    assert found[10268.0] == "personas_capacitadas_genero"
    assert found[8671.0] == "personas_capacitadas_genero"
    assert found[1694.0] == "personas_capacitadas_genero"


def test_participants_of_an_event_referred_back_stay(tmp_path: Path) -> None:
    # guards: a reference back after a count of activities, and participants with no reference
    # back after a training, stay participants in events
    found = {
        o.value_raw: o.indicator_id
        for o in extracted(
            tmp_path,
            "Se realizaron 12 ferias en los municipios del departamento.\n"
            "En esta iniciativa participaron 800 personas de las comunidades.\n"
            "Un total de 300 mujeres fueron capacitadas en derechos humanos.\n"
            "En la marcha del 8 de marzo participaron 2.000 personas.\n",
        )
    }
    assert found["300"] == "personas_capacitadas_genero"
    assert found["800"] == "participantes_actividades"
    assert found["2.000"] == "participantes_actividades"
