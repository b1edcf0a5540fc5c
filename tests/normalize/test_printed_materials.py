"""Printed materials are counted as copies, never as what they are about, on the real lines of
Uruguay's Ministry of the Interior report (uy_minterior_homicidios_mujeres_pareja_1996_2016.pdf,
corpus_dev13, page 68): "55.000 folletos sobre Medidas de Seguridad" are 55,000 leaflets, not
55,000 protection measures, nor people reached or detained."""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

LINES = """\
· Materiales de información y difusión:
Para información, sensibilización y difusión de la ciudadanía se han elaborado distintos tipos de materiales, en formato digital disponibles en la pagina web, así como impresos, tales como:
- 55.000 folletos sobre Medidas de Seguridad personal a tener en cuenta en situaciones de Violencia Doméstica.
- 10.000 folletos sobre la Intervención Policial en Violencia Doméstica (“Paso a Paso”)
- 13.000 librillos edición de bolsillo del Decreto N°317/010 “Reglamentación de la Ley N° 18.315 de procedimiento policial para la actuación en Violencia Doméstica”.
- 1.000 librillos de “Protocolo de actuación ante situaciones de acoso sexual en funcionarios/as y personal del Ministerio del Interior”.
- 1.500 afiches informativos del Ministerio del Interior de donde denunciar, para situaciones de violencia doméstica.
"""


def test_leaflets_and_booklets_count_copies(tmp_path: Path) -> None:
    out = read(write(tmp_path, "uy_minterior_materiales.txt", LINES), country="UY")
    by_line = {o.source_locator: o for o in out}
    leaflets = by_line["line:3"]
    assert (leaflets.value, leaflets.unit, leaflets.country) == (55000, "folletos", "UY")
    assert leaflets.indicator_id == "sin_clasificar"  # no 55,000 protection measures
    # a booklet of a protocol: 1,000 copies, no 1,000 situations the protocol intervened in
    booklets = by_line["line:6"]
    assert (booklets.value, booklets.unit, booklets.indicator_id) == (
        1000, "librillos", "sin_clasificar",
    )  # fmt: skip
    assert {o.value for o in out} == {55000, 10000, 13000, 1000, 1500}
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
