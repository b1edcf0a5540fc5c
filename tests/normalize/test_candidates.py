"""The one road: text and tables become candidates, one normalisation makes observations.

The pinned ids, values and flags below are what the project published for these sample
files before text and tables shared the normalisation: they must never change.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from genero_etl.extract.numbers import Convention
from genero_etl.model.coded import Coded
from genero_etl.normalize.candidates import Candidates
from genero_etl.normalize.codebook import load_codebook
from genero_etl.normalize.ids import key_id, observation_id, text_key
from genero_etl.normalize.table import SourceFile, observations_from_table, observations_table
from genero_etl.pipeline import IngestOptions, extract_document

RAW = Path(__file__).resolve().parents[2] / "raw"
SHA = "ab" * 32


def _rows(path: Path) -> dict[str, Any]:
    staged = extract_document(path, f"raw/{path.relative_to(RAW)}", IngestOptions())
    return {o.observation_id: o for o in staged.observation_list()}


def test_text_report_keeps_its_ids_values_parents_and_confidence() -> None:
    found = _rows(RAW / "ar_lujan_informe_2024.txt")
    total, part = found["o512b64412aca17ea"], found["oef860383e63989ae"]
    assert (total.value, total.unit, total.source_locator, total.confidence) == (
        1009.0,
        "personas",
        "line:8",
        0.90,
    )
    assert (total.indicator_id, total.admin1, total.period_label) == (
        "personas_capacitadas_genero",
        "AR-B",
        "2024",
    )
    assert (part.value, part.parent_observation_id, part.breakdown_dimension) == (
        612.0,
        "o512b64412aca17ea",
        "modalidad",
    )
    assert (part.breakdown_value, part.confidence) == ("presencial", 0.96)
    # the document checks still flag the staged rows (612 + 497 is not 1009)
    assert total.quality_flags == part.quality_flags == ["parts_mismatch"]
    assert found["ob70c89a6a6731376"].value == 159.0


def test_budget_lines_keep_currency_kind_and_activity() -> None:
    found = _rows(RAW / "mx_jocotepec_poa_2024.txt")
    budget = found["o6383863f3fb16e80"]
    assert (budget.value, budget.unit, budget.value_kind, budget.confidence) == (
        30000.0,
        "MXN",
        "budget",
        0.87,
    )
    assert (
        budget.breakdown_value == "Actividad 1: Atención integral a mujeres víctimas de violencia."
    )


def test_spreadsheet_cells_and_register_counts_keep_their_ids() -> None:
    cells = _rows(RAW / "planillas" / "sesnsp_idm_2024.csv")
    first = cells["ob6b327d294022a83"]
    assert (first.value, first.source_locator, first.indicator_id, first.admin1) == (
        3.0,
        "J2",
        "femicidios",
        "MX-AGU",
    )
    assert (first.period_label, first.breakdown_value, first.confidence) == (
        "Enero 2024",
        "Con arma de fuego",
        0.95,
    )
    register = _rows(RAW / "planillas" / "linea144_registro_2024.xlsx")
    total = register["o78392a87ac2bdbd1"]
    assert (total.value, total.source_locator, total.period_label) == (
        5.0,
        "Casos!A5:A64",
        "2024-02",
    )
    # the types of violence, thin by province and month, are counted for the whole span
    whole, part = register["od5627860cc8afb88"], register["o829c77d12ee32c6d"]
    assert (whole.value, whole.admin1, whole.period_label) == (60.0, "", "2024-01 - 2024-03")
    assert (part.value, part.parent_observation_id, part.breakdown_value) == (
        23.0,
        "od5627860cc8afb88",
        "fisica",
    )


def test_one_id_function_for_both_roads() -> None:
    expected = "o" + hashlib.sha256(f"{SHA}|line:3|17|1.009".encode()).hexdigest()[:16]
    assert observation_id(SHA, "line:3", 17, "1.009") == expected
    assert key_id(SHA, text_key("line:3", 17, "1.009")) == expected
    register = Candidates.from_records(
        [_record(locator_override="Casos!A5:A64", id_key="AR-B|2024-02|=")]
    )
    assert register.text_at("id_key", 0) == "Casos!A5:A64#AR-B|2024-02|="
    cell = Candidates.from_records([_record(id_key="ignored without a range")])
    assert cell.text_at("id_key", 0) == ""


def _record(**extra: Any) -> dict[str, Any]:
    base = {"row": 1, "col": 2, "raw": "5", "confidence": 0.9, "is_total": False}
    return {**base, "link_parent": False, **extra}


def _text(n: int, **columns: list[str]) -> dict[str, Coded]:
    return {name: Coded.of(values) for name, values in columns.items()} | {
        "locator_override": Coded.of([f"line:{i + 1}" for i in range(n)]),
        "id_key": Coded.of([f"line:{i + 1}|0|{i}" for i in range(n)]),
    }


def _normalise(candidates: Candidates) -> list[Any]:
    source = SourceFile("informe.txt", SHA, "Oficina", load_codebook(), Convention.UNKNOWN, [])
    return observations_from_table(observations_table(candidates, source))


def test_read_values_parents_units_and_flags_through_the_normalisation() -> None:
    n = 4
    text = _text(
        n,
        raw=["1.009", "S/ 2 500", "12,5 %", "tres"],
        indicator_id=["personas_capacitadas_genero", "presupuesto_genero", "", ""],
        value_kind=["observed", "budget", "observed", "observed"],
        unit=["personas", "moneda", "", ""],
        currency=["", "S/", "", ""],
        country=["PE", "PE", "PE", ""],
        flags=["ambiguous_number", "", "", "upper_bound;redacted"],
    )
    candidates = Candidates.build(
        n,
        text,
        row=np.zeros(n, dtype=np.int64),
        col=np.zeros(n, dtype=np.int64),
        confidence=Coded.of([0.8, 0.66, 0.5, 0.4]),
        value=np.array([1009.0, 2500.0, 12.5, 3.0]),
        percent=np.array([False, False, True, False]),
        approximate=np.array([False, True, False, False]),
        lower_bound=np.array([False, False, False, True]),
        parent=np.array([-1, -1, -1, 0]),
    )
    people, money, share, part = _normalise(candidates)
    assert people.observation_id == key_id(SHA, "line:1|0|0")
    assert (people.value, people.value_raw, people.unit) == (1009.0, "1.009", "personas")
    assert people.quality_flags == ["ambiguous_number"]
    assert (money.unit, money.value_kind, money.approximate) == ("PEN", "budget", True)
    assert (share.unit, share.indicator_id, share.value_raw) == ("%", "sin_clasificar", "12,5 %")
    assert share.quality_flags == ["unclassified"]
    assert (part.parent_observation_id, part.lower_bound) == (people.observation_id, True)
    assert part.quality_flags == ["upper_bound", "redacted", "unclassified"]
    assert (part.source_locator, part.confidence) == ("line:4", 0.4)


def test_an_amount_in_an_unknown_currency_is_flagged() -> None:
    text = _text(1, raw=["5000"], value_kind=["budget"], unit=["moneda"], country=[""])
    one = np.zeros(1, dtype=np.int64)
    candidates = Candidates.build(
        1, text, row=one, col=one, confidence=0.5, value=np.array([5000.0])
    )
    (amount,) = _normalise(candidates)
    assert (amount.unit, amount.quality_flags) == ("", ["currency_unknown", "unclassified"])


def test_filter_and_concat_keep_explicit_parents_pointing_at_their_totals() -> None:
    def text_candidates(n: int, parents: list[int]) -> Candidates:
        zeros = np.zeros(n, dtype=np.int64)
        return Candidates.build(
            n,
            {"raw": Coded.of([str(i) for i in range(n)])},
            row=zeros,
            col=zeros,
            confidence=0.5,
            value=np.arange(n, dtype=np.float64),
            parent=np.array(parents),
        )

    joined = Candidates.concat([text_candidates(2, [-1, 0]), text_candidates(3, [-1, 0, 0])])
    assert joined.parent.tolist() == [-1, 0, -1, 2, 2]
    kept = joined.filter(np.array([True, True, False, True, True]))
    assert kept.parent.tolist() == [-1, 0, -1, -1]  # their total was dropped
    with pytest.raises(ValueError):
        Candidates.concat([text_candidates(1, [-1]), Candidates.from_records([_record()])])


def test_short_tables_locate_cells_as_the_vectorised_path_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import genero_etl.normalize.table as table

    n = 4
    cells = Candidates.build(
        n,
        {
            "sheet": Coded.of(["Hoja1", "Hoja1", "", "Datos 2"]),
            "locator_override": Coded.of(["", "Casos!A5:A64", "", ""]),
        },
        row=np.array([6, 0, 2, 40]),
        col=np.array([2, 0, 27, 0]),
        confidence=0.9,
    )
    short = table.cell_locators(cells)
    monkeypatch.setattr(table, "_SMALL_TABLE", 0)
    long = table.cell_locators(cells)
    assert short.to_pylist() == ["Hoja1!C7", "Casos!A5:A64", "AB3", "Datos 2!A41"]
    assert short.equals(long) and short.type == long.type and short.num_chunks == 1
