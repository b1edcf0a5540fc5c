"""A figure followed by its base ("por cada 100.000 habitantes", lexicon ``phrases.rate_per``)
is a rate, never a count of what its noun names: "2 homicidios a mujeres por cada 100.000
habitantes" is not two homicides. The sentences are those of real reports: the Uruguayan
interior ministry's study of women killed by their partners (tests/acceptance/corpus_dev13,
p. 22) and Costa Rica's health ministry on family violence (texts part dev8); the last test is a
guard written for it (a count, then a rate in the next clause)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document


def _values(tmp_path: Path, text: str) -> dict[str, tuple[object, ...]]:
    path = tmp_path / "informe.txt"
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    return {
        o.value_raw: (o.value, o.unit, o.value_kind, o.indicator_id, o.source_locator)
        for o in staged.observation_list()
    }


def test_a_figure_with_its_noun_before_por_cada_is_a_rate(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Ministerio del Interior - Uruguay\n\n"
        "En 2016 se registraron 2 homicidios a mujeres por cada 100.000 habitantes.\n",
    )
    assert values["2"] == (2.0, "tasa", "rate", "sin_clasificar", "line:3")


def test_figures_with_the_base_right_after_them_are_rates(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Ministerio de Salud de Costa Rica\n"
        "Según los datos de las atenciones por el ente de Salud, pasaron de ser 170 por cada "
        "100.000 habitantes en el 2020 a un total de 420 por cada 100.000 durante este 2023, "
        "en un periodo de tiempo que finalizó su corte al 11 de noviembre.\n",
    )
    assert values["170"][:3] == (170.0, "tasa", "rate")
    assert values["420"][:3] == (420.0, "tasa", "rate")
    assert "100.000" not in values  # the base is never a value


def test_a_femicide_rate_takes_the_rate_indicator_and_its_unit(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Observatorio de Violencia de Género\n"
        "En 2016 se registraron 1,2 femicidios por cada 100 mil mujeres.\n",
    )
    assert values["1,2"] == (1.2, "por 100.000 mujeres", "rate", "tasa_femicidios", "line:2")


def test_a_count_followed_by_another_clause_with_por_cada_stays_a_count(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Ministerio de la Mujer\n"
        "En 2023 se atendieron 340 mujeres y la tasa fue de 12 por cada 10 mil habitantes.\n",
    )
    assert values["340"][:3] == (340.0, "personas", "observed")
    assert values["12"][:3] == (12.0, "tasa", "rate")
