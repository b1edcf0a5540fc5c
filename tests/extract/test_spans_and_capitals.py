"""How many of a law's or a study's offences is no count of the body's work ("dos de los 11
delitos que sanciona la Ley", "los 13 delitos analizados"), and a national capital in a
dateline names its country when nothing else does ("Caracas, 21 de octubre 2024.-El fiscal
general ..."). Real documents of the text corpus (tests/acceptance/texts/docs), extracted whole
as an office wrote them (the corpus' first line, the address where each was found, blanked as
the text corpus' runner does), and sentences of other offices' pages."""

from __future__ import annotations

import tempfile
from pathlib import Path

from genero_etl.model.observation import Observation
from genero_etl.pipeline import IngestOptions, extract_document

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def _extract(name: str, text: str) -> list[Observation]:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / name
        copy.write_text(text, encoding="utf-8")
        return extract_document(copy, f"raw/{name}", IngestOptions()).observation_list()


def _document(name: str) -> list[Observation]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return _extract(name, "\n" + text.split("\n", 1)[1])


def _values(observations: list[Observation], locator: str) -> list[float]:
    return [o.value for o in observations if o.source_locator == locator]


def test_two_of_a_laws_offences_are_no_femicides() -> None:
    # sv_pnc_reserva_denuncias_feminicidios_laip_2022.txt, line 4: "La Policía Nacional Civil
    # (PNC) se negó a entregar las cifras de denuncias de feminicidios y feminicidios agravados,
    # dos de los 11 delitos que sanciona la Ley Especial Integral ...": the two offences of the
    # law's eleven (gold: both traps), once read as 2 femicides
    assert _values(_document("sv_pnc_reserva_denuncias_feminicidios_laip_2022.txt"), "line:4") == []


def test_the_offences_a_study_analysed_are_no_convictions() -> None:
    # mx_fge_puebla_solicitud_carpetas_violencia_familiar_2020.txt, line 10: "no existan
    # registros sobre carpetas de investigación concluidas por sentencia en los 13 delitos
    # analizados": the kinds of offence the request covered, once read as 13 convictions
    observations = _document("mx_fge_puebla_solicitud_carpetas_violencia_familiar_2020.txt")
    assert _values(observations, "line:10") == []
    # the report's counts stay: the 4,736 family-violence files of line 2
    assert 4736.0 in _values(observations, "line:2")


def test_a_part_of_a_laws_penal_types_in_other_words() -> None:
    # Venezuela's Ministerio Público (diariolavoz.net, 13 August 2013): "contabilizó 30.103
    # casos de diferentes tipos penales contra la mujer de los cuales 10.352 corresponden a
    # violencia física ... la Ley Orgánica ... establece además 19 tipos penales", its types
    # said as "dos de los 19 tipos penales": the two is no count, the cases stay
    text = (
        "\nEl Ministerio Público contabilizó 30.103 casos de diferentes tipos penales contra la "
        "mujer, de los cuales 10.352 corresponden a violencia física; la violencia psicológica "
        "y el acoso son dos de los 19 tipos penales que establece la Ley Orgánica sobre el "
        "Derecho de las Mujeres a una Vida Libre de Violencia.\n"
        "El estudio no encontró sentencias en ninguno de los 13 delitos analizados, aunque la "
        "Fiscalía abrió 4.736 carpetas de investigación.\n"
    )
    observations = _extract("ve_mp_tipos_penales.txt", text)
    assert _values(observations, "line:2") == [30103.0, 10352.0]
    assert _values(observations, "line:3") == [4736.0]
