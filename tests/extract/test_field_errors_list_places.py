"""A count followed by "a" and a first-level division ("18.131 corresponden al departamento de
Santa Cruz, 12.428 a La Paz, 8.196 a Cochabamba") is that division's, and the division closing
one item is not the next count's (field errors of the development parts, issue 10: each count
of the list was given the division of the item before it)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import corpus_document


def test_each_count_is_the_division_after_it(tmp_path: Path) -> None:
    # bo_fiscal_general_casos_ley348_departamentos_2023, line 8 (dev29): "Explicó que, del total
    # de casos, en todo el país, 18.131 corresponden al departamento de Santa Cruz, 12.428 a La
    # Paz, 8.196 a Cochabamba, 3.749 a Tarija, 3.064 a Potosí, 2.543 a Chuquisaca, 1.484 a
    # Oruro, 1.644 a Beni y 531 a Pando, ..."
    places = {
        o.value: (o.country, o.admin1)
        for o in corpus_document(tmp_path, "bo_fiscal_general_casos_ley348_departamentos_2023")
        if o.source_locator.split()[0] == "line:8"
    }
    assert places[12428.0] == ("BO", "BO-L")
    assert places[8196.0] == ("BO", "BO-C")
    assert places[3749.0] == ("BO", "BO-T")
    assert places[3064.0] == ("BO", "BO-P")
    assert places[2543.0] == ("BO", "BO-H")
    assert places[1484.0] == ("BO", "BO-O")
    assert places[1644.0] == ("BO", "BO-B")
    assert places[531.0] == ("BO", "BO-N")
