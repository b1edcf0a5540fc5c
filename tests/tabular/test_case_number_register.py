"""A register whose case column is headed "caso_numero", from the eighteenth development set
(tests/acceptance/corpus_dev18): Argentina's Ministerio de Justicia register of femicides, one
victim per row. "numero" names a count, but the number of the row's own case ("caso_numero",
"causa numero") is its identifier: the rows are counted, never published, and no case number
becomes a value. The rows are the real file's first rows.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

from genero_etl.tabular import lexicon

REGISTER = """caso_numero,victima_edad,victima_identidad_genero,victima_tipo,hecho_provincia,hecho_modalidad_comisiva,hecho_fecha,año,mes
1246,58,MUJER,PRINCIPAL,Corrientes,APUÑALAMIENTO,2018-10-29,2018,10
797,999,MUJER,PRINCIPAL,Buenos Aires,OTROS,2014-05-02,2014,7
943,39,MUJER,PRINCIPAL,Santiago del Estero,AHORCAMIENTO,2012-01-22,2012,1
37,34,MUJER,PRINCIPAL,Entre Rios,GOLPES,2012-05-21,2012,5
956,38,MUJER,PRINCIPAL,Misiones,ACUCHILLAMIENTO,2012-12-06,2012,12
437,32,MUJER,PRINCIPAL,Cordoba,ACUCHILLAMIENTO,2012-12-16,2012,12
421,50,MUJER,PRINCIPAL,Cordoba,ACUCHILLAMIENTO,2012-12-17,2012,12
117,45,MUJER,PRINCIPAL,Salta,DISPARO DE BALA,2012-12-30,2012,12
369,41,MUJER,PRINCIPAL,Santa Fe,DISPARO DE BALA,2012-12-30,2012,12
417,28,MUJER,PRINCIPAL,Buenos Aires,INDEFINIDO,2014-12-03,2013,7
96,21,MUJER,PRINCIPAL,Cordoba,QUEMADURAS,2013-01-01,2013,1
367,10,MUJER,VINCULADO,Buenos Aires,ACUCHILLAMIENTO,2013-01-02,2013,1
"""


def test_the_case_number_is_the_rows_identifier_not_a_count() -> None:
    lex = lexicon.load_lexicon()
    assert not any(p.search("caso numero") for p in lex.measure["count"])
    assert any(p.search("caso numero") for p in lex.identifier)
    assert any(p.search("numero de victimas") for p in lex.measure["count"])


def test_a_register_with_a_case_number_is_counted(tmp_path: Path) -> None:
    path = write(tmp_path, "registro_femicidios.csv", REGISTER)
    rows = read(path)
    assert rows
    assert {r.value for r in rows} <= set(range(1, 13))  # counts, no case number
    corrientes = [r for r in rows if r.admin1 == "AR-W" and r.breakdown_value in ("", "_T")]
    assert [(r.value, r.period_start[:4]) for r in corrientes] == [(1.0, "2018")]
    assert not any("APUÑALAMIENTO" in r.breakdown_value and r.value > 1 for r in rows)


def test_how_each_victim_was_killed_is_withheld(tmp_path: Path) -> None:
    # "hecho_modalidad_comisiva" is written per victim: counted by province and year, each of
    # its cells is one case (Salta's and Santa Fe's "DISPARO DE BALA" of 2012-12-30)
    lex = lexicon.load_lexicon()
    assert any(p.search("hecho modalidad comisiva") for p in lex.personal)
    rows = read(write(tmp_path, "registro_femicidios.csv", REGISTER))
    methods = {
        "APUÑALAMIENTO",
        "AHORCAMIENTO",
        "GOLPES",
        "ACUCHILLAMIENTO",
        "DISPARO DE BALA",
        "QUEMADURAS",
    }
    assert not [
        r for r in rows if r.breakdown_value in methods or r.breakdown_dimension == "modalidad"
    ]
    # the register is still counted: Córdoba's three cases of 2012 and 2013 by year
    cordoba = {
        (r.period_start[:4], r.value)
        for r in rows
        if r.admin1 == "AR-X" and r.breakdown_value in ("", "_T")
    }
    assert cordoba == {("2012", 2.0), ("2013", 1.0)}
