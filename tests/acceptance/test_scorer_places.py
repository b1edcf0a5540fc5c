"""The table sets' scorer: an item naming a division by its code and its name is that division."""

from __future__ import annotations

from acceptance.corpus.run_corpus import _matches

# corpus_dev24/ec_mdi_homicidios_intencionales_2023_ene_sep.yaml: Pichincha's homicides of
# January-September 2023; Manabí has a canton named Pichincha (1311), Pichincha a canton Quito
ITEM = {"value": 220, "country": "EC", "sum": True, "period": "2023-01/2023-09",
        "place": ["EC-P", "Pichincha"], "breakdown": "_T"}  # fmt: skip


def _row(admin1: str, code: str, name: str) -> dict[str, str]:
    return {"country": "EC", "admin1": admin1, "municipality_code": code, "municipality": name,
            "period_start": "2023-01-01", "period_end": "2023-01-31",
            "breakdown_dimension": "_T", "breakdown_value": "_T"}  # fmt: skip


def test_a_homonym_municipality_of_another_division_is_not_the_division() -> None:
    assert _matches(_row("EC-P", "", ""), ITEM, within=True)
    assert _matches(_row("EC-P", "1701", "QUITO"), ITEM, within=True)
    assert not _matches(_row("EC-M", "1311", "PICHINCHA"), ITEM, within=True)
    # without a code among its places, an item is matched by name as before
    by_name = {**ITEM, "place": ["Pichincha"]}
    assert _matches(_row("EC-M", "1311", "PICHINCHA"), by_name, within=True)
