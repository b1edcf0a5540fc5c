"""The words that read a count in its sentence are lexicon data (``phrases`` and ``scope`` in
``schemas/lexicon/es.yaml``): a workspace's lexicon extends them. The sentence is from
Ecuador's prosecutor's report on femicides (ec_fge_femicidios_primer_trimestre_2021, line 7),
its ranking word changed to one the shipped lexicon does not list."""

from __future__ import annotations

from pathlib import Path

from genero_etl.countries import use_workspace
from genero_etl.knowledge import Knowledge
from genero_etl.model import Place
from genero_etl.normalize.observations import _words

from .test_reading_classes import read

TEXT = (
    "Desde que el femicidio es catalogado como delito (10 de agosto 2014), Guayas y "
    "Pichincha son las provincias con más casos en el Ecuador.\n"
    "Guayas, con 89 episodios de este tipo, se mantiene como la provincia con más "
    "incidencia de este problema social, {ranking} Pichincha con la cifra de 84."
)


def test_the_shipped_ranking_words_read_the_next_item() -> None:
    found = read(TEXT.format(ranking="seguida de"), Place(country="EC"))
    assert [(line, value, ind) for line, value, ind, *_ in found] == [
        (2, 89.0, "femicidios"),
        (2, 84.0, "femicidios"),
    ]
    # a ranking word the lexicon lacks leaves the second count unclassified
    found = read(TEXT.format(ranking="detrás está"), Place(country="EC"))
    assert [(line, value, ind) for line, value, ind, *_ in found] == [
        (2, 89.0, "femicidios"),
        (2, 84.0, None),
    ]


def test_a_workspace_lexicon_adds_ranking_words(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    (schemas / "lexicon").mkdir(parents=True)
    (schemas / "lexicon" / "oficina.yaml").write_text(
        "phrases:\n  ranked_next: [detrás está]\n", encoding="utf-8"
    )
    try:
        Knowledge.of(schemas).activate()
        assert _words().ranked_next.split("con más incidencia, detrás está ") == [
            "con más incidencia, ",
            " ",
        ]
        found = read(TEXT.format(ranking="detrás está"), Place(country="EC"))
        assert [(line, value, ind) for line, value, ind, *_ in found] == [
            (2, 89.0, "femicidios"),
            (2, 84.0, "femicidios"),
        ]
    finally:
        use_workspace(None)
    # the shipped words again, once the workspace is left
    assert _words().ranked_next.split("detrás está ") == ["detrás está "]


def test_the_normalisation_reads_the_active_workspaces_lexicon(tmp_path: Path) -> None:
    """Currency words, street cues, outlets and national offices are read from the active
    workspace's lexicon too, not only the shipped one."""
    from genero_etl.normalize.document import _scope
    from genero_etl.normalize.places import _outlet
    from genero_etl.normalize.units import currency_code

    schemas = tmp_path / "schemas"
    (schemas / "lexicon").mkdir(parents=True)
    (schemas / "lexicon" / "oficina.yaml").write_text(
        "currency:\n  word_codes: {reales: BRL}\n"
        "scope:\n  outlets: [boletín]\n  national_offices: [secretaría de las mujeres del país]\n",
        encoding="utf-8",
    )
    assert currency_code("reales", "AR") == "ARS"  # shipped: the country's own currency
    assert _outlet()[0].search("según el boletín ") is None
    assert _scope().national.search("la Secretaría de las Mujeres del País informó") is None
    try:
        Knowledge.of(schemas).activate()
        assert currency_code("reales", "AR") == "BRL"
        assert _outlet()[0].search("según el boletín ") is not None
        found = _scope().national.search("la Secretaría de las Mujeres del País informó")
        assert found is not None and found.group(0) == "Secretaría de las Mujeres del País"
    finally:
        use_workspace(None)
    assert currency_code("reales", "AR") == "ARS"
