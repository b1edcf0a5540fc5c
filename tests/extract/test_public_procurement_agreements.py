"""Public procurement, agreements and resolutions of women's offices and gender-violence
programmes, met in the development corpus (tests/acceptance/texts, part dev83): an amount in
millions written with a decimal ("S/8,3 millones") is the number the text says, not one a
binary fraction off; the cap on each transfer of a programme ("tiene un tope de $300.000") is
no amount transferred; a speaker's uncertain recollection ("me parece que fueron 240 millones,
200 y picos de millones") is no figure; the shelters, centres or projects counted after a sum
("para la construcción de 12 casas de acogida") are no amount; the centres a sum is to finance
("para financiar 80 CEM") are a target. Each document case reads the real document as the
corpus runner does (its source line blanked); each guard case reads a real document whose
values must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts


def test_an_amount_in_millions_with_a_decimal_is_the_number_written(tmp_path: Path) -> None:
    """pe_mef_transferencia_violencia_mujer_ds_192_2018 (dev83): "el MIMP dispondrá de S/8,3
    millones, el Poder Judicial de S/9,1 millones y el Ministerio Público de S/6,4 millones"
    (line 7): 8.3 times a million was 8300000.000000001, no value of the gold."""
    found = corpus_document(tmp_path, "pe_mef_transferencia_violencia_mujer_ds_192_2018")
    line7 = [
        (float(o.value), o.indicator_id, o.unit)
        for o in found
        if o.source_locator.split()[0] == "line:7"
    ]
    assert line7 == [
        (8300000.0, "presupuesto_genero", "PEN"),
        (9100000.0, "presupuesto_genero", "PEN"),
        (6400000.0, "presupuesto_genero", "PEN"),
    ]


def test_the_cap_on_each_transfer_is_no_amount_transferred(tmp_path: Path) -> None:
    """ar_rio_negro_plan_consolidarnos_transferencias_municipios_2021 (dev83): "Este primer
    desembolso ... tiene un tope de $300.000." (line 6) gave $300.000 as a gender budget; the
    19 municipalities that applied (line 9) stay."""
    found = corpus_facts(tmp_path, "ar_rio_negro_plan_consolidarnos_transferencias_municipios_2021")
    assert "line:6" not in [f[0] for f in found]
    assert ("line:9", 19.0, "AR", "AR-R") in [(f[0], f[1], f[3], f[4]) for f in found]


def test_a_speakers_uncertain_recollection_of_a_sum_is_no_figure(tmp_path: Path) -> None:
    """do_despacho_primera_dama_casas_acogida_2021 (dev83): "me parece que fueron 240
    millones, 200 y picos de millones" (line 5) gave 240 million and 200; the police unit's
    allocation this year (line 6, more than 140 million) stays."""
    found = corpus_facts(tmp_path, "do_despacho_primera_dama_casas_acogida_2021")
    assert "line:5" not in [f[0] for f in found]
    assert ("line:6", 140000000.0, "presupuesto_genero", "DO") in [f[:4] for f in found]


def test_shelters_counted_after_a_sum_are_centres_not_an_amount(tmp_path: Path) -> None:
    """do_despacho_primera_dama_casas_acogida_2021 (dev83): "entre 200 y 240 millones de pesos
    fueron transferidos al Ministerio de la Mujer para la construcción de 12 casas de acogida"
    (line 3) gave 12 as a gender budget in pesos; ec_sdh_presupuesto_casas_acogida_centros_2022
    (dev83): "explicar el presupuesto que reciben cinco casas de acogida y 16 centros" (line 5)
    gave five as a budget."""
    found = corpus_document(tmp_path, "do_despacho_primera_dama_casas_acogida_2021")
    line3 = [
        (float(o.value), o.indicator_id, o.unit)
        for o in found
        if o.source_locator.split()[0] == "line:3"
    ]
    assert line3 == [(12.0, "centros_atencion", "centros")]
    found = corpus_facts(tmp_path, "ec_sdh_presupuesto_casas_acogida_centros_2022")
    assert [(f[0], f[1], f[2]) for f in found if f[0] == "line:5"] == [
        ("line:5", 5.0, "centros_atencion"),
        ("line:5", 16.0, "centros_atencion"),
    ]


def test_projects_counted_after_an_investment_word_are_no_amount(tmp_path: Path) -> None:
    """pe_mininter_cem_comisarias_presupuesto_2019 (dev83): "la continuidad de 50 proyectos de
    inversión, de los cuales 22 corresponden a comisarías" (line 11) gave 50 and 22 as gender
    budgets in soles."""
    found = corpus_document(tmp_path, "pe_mininter_cem_comisarias_presupuesto_2019")
    line11 = [
        (float(o.value), o.indicator_id, o.unit)
        for o in found
        if o.source_locator.split()[0] == "line:11"
    ]
    assert [v for v, _, _ in line11] == [50.0, 22.0]
    assert all(i != "presupuesto_genero" and u != "PEN" for _, i, u in line11)


def test_centres_a_sum_is_to_finance_are_a_target(tmp_path: Path) -> None:
    """pe_mininter_cem_comisarias_presupuesto_2019 (dev83): "se destinarán S/ 40 millones para
    financiar 80 CEM en convenio con el Ministerio de la Mujer" (line 8): the 80 centres are to
    be financed, not there, and were observed; the 40 million stays a budget."""
    found = corpus_document(tmp_path, "pe_mininter_cem_comisarias_presupuesto_2019")
    line8 = [
        (float(o.value), o.indicator_id, o.value_kind)
        for o in found
        if o.source_locator.split()[0] == "line:8"
    ]
    assert (80.0, "centros_atencion", "target") in line8
    assert (40000000.0, "presupuesto_genero", "budget") in line8
