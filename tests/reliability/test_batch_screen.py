"""The privacy screen asked once of a batch's rows (``StagingWriter.add(..., later=True)``,
``privacy.batch_look``): what is staged is what screening each file by itself stages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow as pa
import pytest

from genero_etl import pipeline
from genero_etl.normalize import privacy
from genero_etl.pipeline import IngestOptions
from genero_etl.stage import MANIFEST, StagedFile, StagingWriter, _screened_together

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "raw"
DOCS = ROOT / "tests" / "acceptance" / "texts" / "docs"

# reports whose texts all pass the screen's tests (none names a street, a person's or an ID's
# cue word): the project's sample plan of Chile and two of the texts corpus's development part
CLEAN = (
    RAW / "cl_plan_equidad.txt",
    DOCS / "ar_comisaria_mujer_familia_denuncias_2017.txt",
    DOCS / "ar_la_pampa_observatorio_genero_boletin_2021.txt",
)
# the project's sample reports, whose sentences, labels or breakdowns the screen looks at
# (and leaves as they are)
LOOKED_AT = (
    RAW / "ar_lujan_informe_2024.txt",
    RAW / "mx_jocotepec_poa_2024.txt",
    RAW / "mx_juarez_avgm_2022.md",
)


def _extract(paths: list[Path]) -> list[StagedFile]:
    options = IngestOptions()
    return [pipeline.extract_document(p, f"raw/{p.name}", options) for p in paths]


def _staged_bytes(staging: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(staging.iterdir()) if p.is_file()}


def _stage(tmp: Path, files: list[StagedFile], *, later: bool) -> dict[str, bytes]:
    writer = StagingWriter(tmp)
    for staged in files:
        writer.add(staged, options_fingerprint="f", later=later)
    writer.commit()
    return _staged_bytes(tmp)


def _per_file_screens(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the tables screened one by one (``screen_observations`` calls)."""
    calls = [0]
    original = privacy.screen_observations

    def counted(table: pa.Table, look: privacy.BatchLook | None = None) -> object:
        calls[0] += 1
        return original(table, look)

    monkeypatch.setattr(privacy, "screen_observations", counted)
    return calls


def test_a_clean_batch_is_asked_once_and_stages_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = list(CLEAN)
    alone = _stage(tmp_path / "alone", _extract(paths), later=False)
    calls = _per_file_screens(monkeypatch)
    together = _stage(tmp_path / "together", _extract(paths), later=True)
    assert calls[0] == 0  # no table screened by itself: the batch passed as a whole
    assert together == alone
    assert MANIFEST in together and sum(n.startswith("part-") for n in together) == 1


def test_the_look_at_a_clean_batch_clears_every_text_column(tmp_path: Path) -> None:
    tables = [f.table() for f in _extract(list(CLEAN))]
    assert _screened_together(tables)
    look = privacy.batch_look(tables)
    assert look.nothing
    assert {"source_text", "indicator_label", "value_raw", "source_file"} <= look.cleared


def test_a_batch_with_sentences_the_screen_looks_at_stages_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [*CLEAN, *LOOKED_AT]
    alone = _stage(tmp_path / "alone", _extract(paths), later=False)
    tables = [f.table() for f in _extract(paths)]
    look = privacy.batch_look(tables)
    # sentences, labels and breakdowns pass the prefilter in the batch: those columns are
    # looked at file by file, the others are cleared for every file
    assert {"source_text", "indicator_label", "breakdown_value"}.isdisjoint(look.cleared)
    assert {"value_raw", "source_file", "unit", "observation_id"} <= look.cleared
    assert not look.nothing
    calls = _per_file_screens(monkeypatch)
    together = _stage(tmp_path / "together", _extract(paths), later=True)
    assert calls[0] == len(paths)
    assert together == alone


def test_personal_data_in_one_file_of_a_batch_is_screened_as_alone(tmp_path: Path) -> None:
    # the sentence of tests/reliability/test_staging.py's report with a DNI, an address, a
    # phone and an e-mail, beside the sample reports
    report = tmp_path / "caso.txt"
    report.write_text(
        "Informe 2024 de la Oficina de la Mujer de Luján.\n"
        "Víctima: María Pérez, DNI 30.123.456, domicilio: Belgrano 567, tel 1145678901.\n"
        "Se atendieron 45 mujeres; contacto maria.perez@gmail.com.\n",
        encoding="utf-8",
    )
    paths = [*CLEAN, report]
    alone = _stage(tmp_path / "alone", _extract(paths), later=False)
    together = _stage(tmp_path / "together", _extract(paths), later=True)
    assert together == alone
    text = together[MANIFEST].decode("utf-8")
    assert "personal-data-hidden" in text and "30.123.456" not in text


def test_an_unused_dictionary_value_the_cleaning_would_change_sends_the_batch_file_by_file(
    tmp_path: Path,
) -> None:
    def with_unused(staged: StagedFile) -> StagedFile:
        """The file's indicator labels with an unused formula start in their dictionary."""
        table = staged.table()
        index = table.column_names.index("indicator_label")
        column = table.column(index).combine_chunks()
        if not pa.types.is_dictionary(column.type):
            column = column.dictionary_encode()
        values = pa.concat_arrays([column.dictionary, pa.array(["=HYPERLINK(1)"])])
        encoded = pa.DictionaryArray.from_arrays(column.indices, values)
        table = table.set_column(index, pa.field("indicator_label", encoded.type), encoded)
        return dataclasses.replace(staged, frame=table)

    paths = list(CLEAN)
    first, *rest = _extract(paths)
    tables = [with_unused(first).table(), *(f.table() for f in rest)]
    look = privacy.batch_look(tables)
    assert "indicator_label" not in look.cleared  # seen though no row holds it
    first, *rest = _extract(paths)
    alone = _stage(tmp_path / "alone", [with_unused(first), *rest], later=False)
    first, *rest = _extract(paths)
    together = _stage(tmp_path / "together", [with_unused(first), *rest], later=True)
    assert together == alone


def test_a_table_in_two_chunks_is_never_screened_with_its_batch(tmp_path: Path) -> None:
    first, second = (f.table() for f in _extract(list(CLEAN[:2])))
    assert _screened_together([first, second])
    halves = pa.concat_tables([first.slice(0, 1), first.slice(1)])
    assert len(halves.to_batches()) == 2
    assert not _screened_together([halves, second])


def test_a_file_added_twice_in_a_batch_keeps_its_last_rows(tmp_path: Path) -> None:
    paths = list(CLEAN)
    files = _extract(paths)
    again = _extract(paths[:1])
    alone = _stage(tmp_path / "alone", files + again, later=False)
    files = _extract(paths)
    again = _extract(paths[:1])
    together = _stage(tmp_path / "together", files + again, later=True)
    assert together == alone


def test_batches_cut_by_rows_are_the_same_as_when_each_file_is_screened_alone(
    tmp_path: Path,
) -> None:
    # 5, 22 and 12 rows, then the sample reports: a batch is full past 20 rows, which the
    # screen could lower (it drops rows of personal data), so the files waiting are screened
    # before the count is read
    paths = [*CLEAN, *LOOKED_AT]

    def staged_in_batches(folder: Path, later: bool) -> tuple[dict[str, bytes], int]:
        writer = StagingWriter(folder, batch_rows=20)
        commits = 0
        for staged in _extract(paths):
            writer.add(staged, options_fingerprint="f", later=later)
            if writer.full:
                writer.commit()
                commits += 1
        writer.commit()
        return _staged_bytes(folder), commits

    alone, commits_alone = staged_in_batches(tmp_path / "alone", later=False)
    together, commits_together = staged_in_batches(tmp_path / "together", later=True)
    assert commits_together == commits_alone == 3
    assert together == alone
