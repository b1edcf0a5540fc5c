"""The observations CSV written from the previous version's bytes for the staged files whose
rows did not change (``publish.csvcopy``): the same bytes as every row rendered."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pyarrow.csv as pcsv
import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import csvcopy, csvsplit, tables
from genero_etl.publish.package import publish
from genero_etl.review.decisions import Decision, save_decisions
from genero_etl.workspace import Workspace

from .files import folder_bytes


def _change_last_report(ws: Workspace) -> None:
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18" in text
    path.write_text(text.replace("impactaron 18", "impactaron 1800"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[csvcopy.Plan | None]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    made: list[csvcopy.Plan | None] = []
    real = csvcopy.plan

    def spied(*args: object) -> csvcopy.Plan | None:
        found = real(*args)  # type: ignore[arg-type]
        made.append(found)
        return found

    monkeypatch.setattr(csvcopy, "plan", spied)
    return made


def _rows_of(csv: Path, source_file: str) -> int:
    table = pcsv.read_csv(csv, convert_options=pcsv.ConvertOptions(include_columns=["source_file"]))
    return table.column("source_file").to_pylist().count(source_file)


@pytest.mark.parametrize("batch_rows", [65_536, 7])
def test_unchanged_files_are_copied_and_the_version_is_the_same_as_rendered(
    staged_ws: Path,
    tmp_path: Path,
    plans: list[csvcopy.Plan | None],
    monkeypatch: pytest.MonkeyPatch,
    batch_rows: int,
) -> None:
    # batches of all the rows, or of 7 (most of one file's rows only, a file over several)
    monkeypatch.setattr(tables, "BATCH_ROWS", batch_rows)
    ws = Workspace(staged_ws)
    first = publish(ws)
    store = json.loads(csvcopy.store_path(ws, first.dataset).read_text(encoding="utf-8"))
    csv = first.path / "data" / "observations.csv"
    spans = sorted(store["files"].values())
    assert store["version"] == "1.0.0" and store["bytes"] == csv.stat().st_size
    assert len(spans) == 4  # one per report, end to end after the header, to the file's end
    header = csv.read_bytes().index(b"\n") + 1
    assert spans[0][0] == header and sum(s[1] for s in spans) == csv.stat().st_size - header
    assert all(a[0] + a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert plans[0] is not None and plans[0].copied == 0
    # a number of the last report, two digits longer: its rows and every later byte move
    _change_last_report(ws)
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    shutil.rmtree(other / ".genero-etl" / "cache")
    again = publish(ws)
    plain = publish(Workspace(other))
    made, rendered = plans[1], plans[2]
    assert made is not None and rendered is not None
    new_csv = again.path / "data" / "observations.csv"
    juarez = _rows_of(new_csv, "raw/mx_juarez_avgm_2022.md")
    assert juarez >= 10
    assert (made.copied, made.rendered) == (3, juarez)
    assert (rendered.copied, rendered.rendered) == (0, again.rows["observations"])
    assert folder_bytes(again.path) == folder_bytes(plain.path)
    assert b"1800" in new_csv.read_bytes() and b"1800" not in csv.read_bytes()


def test_a_decision_renders_every_file_and_a_kept_one_still_copies(
    staged_ws: Path, tmp_path: Path, plans: list[csvcopy.Plan | None]
) -> None:
    ws = Workspace(staged_ws)
    publish(ws)
    csv = ws.published / "indicadores-genero" / "1.0.0" / "data" / "observations.csv"
    rows = pcsv.read_csv(csv).to_pylist()
    lujan = [r for r in rows if r["source_file"] == "raw/ar_lujan_informe_2024.txt"]
    target = lujan[1]["observation_id"]
    dropped = lujan[2]["observation_id"]
    save_decisions(
        ws,
        {
            target: Decision(target, "correct", changes={"value": 999.0}, original={}),
            dropped: Decision(dropped, "reject"),
        },
    )
    _change_last_report(ws)
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    shutil.rmtree(other / ".genero-etl" / "cache")
    second = publish(ws)  # the decisions are new: every key changed, nothing copied
    assert plans[1] is not None and plans[1].copied == 0
    assert folder_bytes(second.path) == folder_bytes(publish(Workspace(other)).path)
    text = (second.path / "data" / "observations.csv").read_text(encoding="utf-8")
    assert dropped not in text and "999.0" in text
    # the same decisions, one more change of the last report: the three others copied,
    # through the decisions (one row corrected, one rejected)
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("impactaron 1800", "impactaron 7"),
        encoding="utf-8",
    )
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    shutil.rmtree(other)
    shutil.copytree(staged_ws, other)
    shutil.rmtree(other / ".genero-etl" / "cache")
    third = publish(ws)
    plain = publish(Workspace(other))
    assert plans[3] is not None and plans[3].copied == 3
    assert third.version == plain.version == "1.2.0"
    assert folder_bytes(third.path) == folder_bytes(plain.path)


def test_a_store_of_another_version_or_size_is_not_used(
    staged_ws: Path, plans: list[csvcopy.Plan | None]
) -> None:
    ws = Workspace(staged_ws)
    first = publish(ws)
    store = csvcopy.store_path(ws, first.dataset)
    data = json.loads(store.read_text(encoding="utf-8"))
    store.write_text(json.dumps({**data, "bytes": data["bytes"] + 1}), encoding="utf-8")
    _change_last_report(ws)
    publish(ws)
    assert plans[1] is not None and plans[1].copied == 0 and not plans[1].kept


def _change_first_report(ws: Workspace) -> None:
    path = ws.root / "raw" / "ar_lujan_informe_2024.txt"
    text = path.read_text(encoding="utf-8")
    assert "159" in text
    path.write_text(text.replace("159", "1590", 1), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


@pytest.mark.parametrize("first_report", [False, True])
def test_pieces_in_copied_bytes_are_cut_as_before_without_reading_them(
    staged_ws: Path,
    tmp_path: Path,
    plans: list[csvcopy.Plan | None],
    monkeypatch: pytest.MonkeyPatch,
    first_report: bool,
) -> None:
    monkeypatch.setenv(csvsplit.PIECE_ENV, "0.004")  # 4,194 bytes: pieces of a few rows
    ws = Workspace(staged_ws)
    first = publish(ws)
    # one report's number longer: the bytes after it move; the first report's: every cut
    # after it is found again from the copied bytes of the three others
    (_change_first_report if first_report else _change_last_report)(ws)
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    shutil.rmtree(other / ".genero-etl" / "cache")
    known: list[csvsplit._Known] = []
    real = csvsplit._Known.cuts

    def spied(self: csvsplit._Known) -> list[tuple[int, int]]:
        known.append(self)
        return real(self)

    monkeypatch.setattr(csvsplit._Known, "cuts", spied)
    again = publish(ws)
    assert len(known) == 1
    plain = publish(Workspace(other))
    assert len(known) == 1  # nothing copied there: cut by reading the whole file
    whole = csvsplit.table_csv(again.path)  # its pieces read as one file
    assert whole is not None and not (again.path / csvsplit.WHOLE).exists()
    pieces = sorted(r for r in again.files if r.startswith(csvsplit.PIECES_DIR + "/"))
    spans = csvsplit.piece_spans(whole, [again.files[r] for r in pieces])
    assert spans == csvsplit.cuts(whole, csvsplit.piece_limit())
    old = {first.files[r][1] for r in first.files if r.startswith(csvsplit.PIECES_DIR + "/")}
    same = [r for r in pieces if again.files[r][1] in old]
    # the pieces known without being read are previous pieces (their own files)
    found = known[0].found
    assert 1 <= len(found) <= len(same)
    if not first_report:  # every piece before the changed report's rows
        assert len(found) == len(same) >= 3
    else:  # pieces after the changed rows, cut where the previous version cut them
        assert min(start for start, _ in found) > spans[0][0]
    for rel in same:
        assert any(
            (again.path / rel).samefile(first.path / r)
            for r in first.files
            if r.startswith(csvsplit.PIECES_DIR + "/")
        )
    assert folder_bytes(again.path) == folder_bytes(plain.path)
