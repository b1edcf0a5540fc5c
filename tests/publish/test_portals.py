"""The portals registry: what is registered and what each portal adds to a version."""

from __future__ import annotations

import pytest

from genero_etl.errors import UsageError
from genero_etl.publish.portals import PORTALS, Portal, get_portal, portal, portals, pushable


def test_registered_portals_in_order() -> None:
    assert list(portals()) == ["dcat", "ckan"]
    assert pushable() == ["ckan"]


def test_unknown_portal_lists_the_known_ones() -> None:
    with pytest.raises(UsageError) as err:
        get_portal("zenodo")
    assert err.value.code == "unknown-name"
    assert err.value.params["known"] == "dcat, ckan"


def test_a_portal_is_one_decorated_class() -> None:
    @portal("prueba")
    class Prueba(Portal):
        pass

    try:
        assert PORTALS["prueba"] is Prueba and Prueba.name == "prueba"
        assert "prueba" in portals() and "prueba" not in pushable()
        with pytest.raises(UsageError) as err:
            Prueba().push(None, None)  # type: ignore[arg-type]
        assert err.value.code == "portal-no-push"
    finally:
        del PORTALS["prueba"]
