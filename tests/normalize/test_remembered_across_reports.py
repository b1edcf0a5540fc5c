"""What the text ingest remembers from report to report gives the answers it gives when
nothing is remembered: a capitalised run that names no municipality is remembered under
the hints it was read with."""

from __future__ import annotations

import pytest

from genero_etl.normalize import places
from genero_etl.normalize.places import gazetteer, infer_place

_TEXT = "Informe anual\nInstituto Municipal de las Mujeres de Zapopan\nSe atendieron 712 mujeres.\n"


def _where(text: str, country_hint: str = "") -> tuple[str, str, str]:
    place = infer_place(text, country_hint=country_hint).place
    return place.country, place.admin1, place.municipality_code


def test_a_name_of_no_municipality_under_a_country_hint_is_still_read_without_it() -> None:
    gazetteer().memo.clear()
    assert _where(_TEXT, "AR") == ("AR", "", "")  # Zapopan is no Argentine municipality
    assert _where(_TEXT) == ("MX", "MX-JAL", "14120")
    assert _where(_TEXT, "AR") == ("AR", "", "")
    assert _where(_TEXT) == ("MX", "MX-JAL", "14120")


def test_runs_of_no_municipality_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    gazetteer().memo.clear()
    asked: list[str] = []
    lookup = places.lookup_municipality

    def counted(name: str, country: str = "", admin1: str = "") -> list[places.Municipality]:
        asked.append(name)
        return lookup(name, country, admin1)

    monkeypatch.setattr(places, "lookup_municipality", counted)
    assert _where(_TEXT) == ("MX", "MX-JAL", "14120")
    first = list(asked)
    # "Instituto Municipal" names no municipality: looked up the first time only
    assert "Instituto Municipal" in first
    asked.clear()
    other = _TEXT.replace("712", "38")  # the next report of the same office
    assert _where(other) == ("MX", "MX-JAL", "14120")
    assert "Instituto Municipal" not in asked
    assert "Zapopan" in asked  # a name that is a municipality is weighed every time
    assert len(asked) < len(first)
