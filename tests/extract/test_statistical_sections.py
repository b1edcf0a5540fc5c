"""Statistical sections of reports saved from PDF or a data page to text, met in the development
corpus (tests/acceptance/texts, part dev76): a share going from one level to another with its
percent sign written once, after the second level ("pasó del 14 al 17 por ciento"), is a
percentage at both levels, never a count at the first; a budget table's amount column whose
heading carries its money in brackets ("Programas Monto ($)") makes each row's last number an
amount, even when the row's label runs over two lines. Each document case reads the real
document as the corpus runner does (its source line blanked); each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.text import words_last_amount

from .reports import corpus_document, extracted


def test_a_share_from_one_level_to_another_is_a_percentage_at_both(tmp_path: Path) -> None:
    """gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022 (dev76): "su porcentaje respecto
    al total de muertes pasó del 14 al 17 por ciento durante el primer semestre entre los años
    2020-2022" (line 6) gave 14 as deaths of women (unit victimas), 17 as a percentage."""
    found = corpus_document(tmp_path, "gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022")
    line6 = [(o.value, o.unit) for o in found if o.source_locator.split()[0] == "line:6"]
    assert line6 == [(14.0, "%"), (17.0, "%")]


def test_counts_from_one_level_to_another_stay_counts(tmp_path: Path) -> None:
    """The same document's "De 306 mujeres se pasó a 341 (11% de incremento)" (line 9): two
    counts of women, their rise's percentage apart."""
    found = corpus_document(tmp_path, "gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022")
    line9 = {o.value: o.unit for o in found if o.source_locator.split()[0] == "line:9"}
    assert line9[306.0] != "%"
    assert line9[341.0] != "%"


def test_a_level_with_its_own_percent_sign_and_a_range_stay_as_they_were(tmp_path: Path) -> None:
    """A first level written with its own sign keeps it; a count going to a share is no share
    ("de 40 a 17 %" reads a count of the first only when its words say so: not touched here)."""
    found = extracted(
        tmp_path,
        "\nEn Guatemala el porcentaje de mujeres pasó del 14% al 17% en 2022.\n",
    )
    assert [(o.value, o.unit) for o in found] == [(14.0, "%"), (17.0, "%")]


def test_a_budget_tables_amounts_under_a_bracketed_money_heading(tmp_path: Path) -> None:
    """cl_sernam_antofagasta_cuenta_publica_presupuesto_2015 (dev76): under "Programas Monto
    ($)" (line 15), "la Reproducción 47.014.000" (line 17), "Participación 26.400.000" (line 19)
    and "Programa 4 a 7 36.750.000" (line 20) were of no indicator and no currency, the second
    people taking part in activities."""
    found = corpus_document(tmp_path, "cl_sernam_antofagasta_cuenta_publica_presupuesto_2015")
    rows = [
        (o.source_locator.split()[0], o.value, o.indicator_id, o.unit, o.admin1)
        for o in found
        if o.source_locator.split()[0] in {"line:17", "line:19", "line:20"}
    ]
    assert rows == [
        ("line:17", 47014000.0, "presupuesto_genero", "CLP", "CL-AN"),
        ("line:19", 26400000.0, "presupuesto_genero", "CLP", "CL-AN"),
        ("line:20", 36750000.0, "presupuesto_genero", "CLP", "CL-AN"),
    ]


def test_only_an_amount_heading_with_its_money_in_brackets_opens_a_table_of_amounts() -> None:
    """The bracket is set aside only when it holds no number: a heading's count in brackets or
    a row's label stays what it was."""
    assert words_last_amount("Programas Monto ($)")
    assert words_last_amount("Unidad Importe (US$)")
    assert not words_last_amount("Programas Monto (2015)")
    assert not words_last_amount("Programa 4 a 7 36.750.000")
    assert not words_last_amount("Casos atendidos (%)")
