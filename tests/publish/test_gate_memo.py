"""The gate's cut points kept between versions (``publish.pieces.Memo``): the pieces whose
bytes did not change are kept as they were, only the rows between them are cut again, and a
change that puts a key in two places is cut whole again: the same pieces' invariant, the
same reports and the same published bytes as cutting every time."""

from __future__ import annotations

import hashlib
import itertools
import shutil
import tempfile
from pathlib import Path

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import gates, pieces
from genero_etl.publish.csvsplit import PIECE_ENV, cuts
from genero_etl.publish.gatecache import folder as cache_folder
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace

SCHEMA = {
    "fields": [{"name": "id", "type": "string"}, {"name": "value", "type": "string"}],
    "primaryKey": ["id"],
}
CSV_PIECE = 1500  # bytes: a CSV piece (``csvsplit``)


def _table(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = ["id,value"] + [f"{i},{v}" for i, v in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def _rows(count: int) -> list[tuple[str, str]]:
    # every 37th value has a line break inside quotes: rows and lines are numbered apart
    return [(f"r{n:05d}", '"a\nb"' if n % 37 == 0 else f"v{n:04d}") for n in range(count)]


def _csv_pieces(path: Path) -> list[tuple[int, str]]:
    data = path.read_bytes()
    ranges = cuts(path, CSV_PIECE)
    header = data[: ranges[0][0]]
    return [
        (len(header) + b - a, hashlib.sha256(header + data[a:b]).hexdigest()) for a, b in ranges
    ]


def _cut(path: Path, store: Path) -> tuple[list[pieces.Piece], pieces.Memo]:
    """``split`` with a memo, saved as the gate saves it (each piece named by its bytes)."""
    memo = pieces.Memo(store, "code", _csv_pieces(path))
    cut = pieces.split(path, SCHEMA, [], "t", memo)
    data = path.read_bytes()
    named = {
        (p.start, p.end): hashlib.sha256(data[: p.header_end] + data[p.start : p.end]).hexdigest()
        for p in cut
    }
    memo.save(named, [])
    return cut, memo


def _numbered(path: Path, cut: list[pieces.Piece]) -> list[tuple[int, int]]:
    """Each piece's first row and line as counted in the whole file."""
    ends, lines = pieces.record_ends(path)
    at = {int(e): i for i, e in enumerate(ends)}
    return [(at[p.start] + 2, int(lines[at[p.start]]) + 1) for p in cut]  # header = row 1


def _spanning(path: Path, cut: list[pieces.Piece]) -> set[str]:
    """The ids found in more than one piece."""
    data = path.read_bytes()
    seen: dict[str, int] = {}
    spanning = set()
    for number, piece in enumerate(cut):
        text = data[piece.start : piece.end].decode("utf-8").replace('"a\nb"', "x")
        for line in text.splitlines():
            key = line.split(",")[0]
            if seen.setdefault(key, number) != number:
                spanning.add(key)
    return spanning


@pytest.fixture
def gate_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pieces.PIECE_ENV, "0.006")  # 6,291 bytes: a table of 1,200 rows in ~3


def test_unchanged_pieces_are_kept_and_numbered_as_in_the_whole_file(
    tmp_path: Path, gate_pieces: None
) -> None:
    store = tmp_path / "store"
    rows = _rows(1200)
    first, _ = _cut(_table(tmp_path / "a.csv", rows), store)
    assert len(first) >= 3
    # in the middle, one value changed and 5 rows (65 bytes) replaced by 13 (the same bytes:
    # the CSV pieces after them keep their bytes, 8 rows further down)
    rows[600] = (rows[600][0], "zzzzz")
    assert len("".join(f"{i},{v}\n" for i, v in rows[601:606])) == 65
    rows[601:606] = [(f"t{chr(97 + n)}", "x") for n in range(13)]
    changed = _table(tmp_path / "b.csv", rows)
    memo = pieces.Memo(store, "code", _csv_pieces(changed))
    again = pieces.split(changed, SCHEMA, [], "t", memo)
    assert memo.reused >= 1  # pieces kept from the version before
    whole = pieces.split(changed, SCHEMA, [], "t")  # cut without a memo
    assert next((p.start, p.end) for p in again) == (whole[0].start, whole[0].end)
    assert again[-1].end == changed.stat().st_size
    assert all(a.end == b.start for a, b in itertools.pairwise(again))
    assert [(p.first_row, p.first_line) for p in again] == _numbered(changed, again)
    # the first and last pieces are kept; the last one's rows are 8 further down
    assert memo.reused == 2 and len(first) == 3
    assert (again[0].start, again[0].end) == (first[0].start, first[0].end)
    assert again[-1].first_row == first[-1].first_row + 8
    assert again[-1].end - again[-1].start == first[-1].end - first[-1].start
    assert _spanning(changed, again) == set()


def test_a_key_put_in_a_kept_piece_cuts_the_table_whole_again(
    tmp_path: Path, gate_pieces: None
) -> None:
    store = tmp_path / "store"
    rows = _rows(1200)
    _first, _ = _cut(_table(tmp_path / "a.csv", rows), store)
    # row 100 (the first piece) takes the id of row 1100 (the last piece): the rows that
    # were read again now share a key with a kept piece
    rows[100] = (rows[1100][0], rows[100][1])
    changed = _table(tmp_path / "b.csv", rows)
    memo = pieces.Memo(store, "code", _csv_pieces(changed))
    again = pieces.split(changed, SCHEMA, [], "t", memo)
    assert memo.reused == 0
    assert again == pieces.split(changed, SCHEMA, [], "t")
    assert _spanning(changed, again) == set()
    data = changed.read_bytes()
    both = [data.index(b"r01100,"), data.index(b"r01100,", data.index(b"r01100,") + 1)]
    holding = [p for p in again if p.start <= both[0] < p.end]
    assert len(holding) == 1 and both[1] < holding[0].end  # both rows in one piece


def test_kept_cut_points_chain_over_versions(tmp_path: Path, gate_pieces: None) -> None:
    """A memo saved from kept pieces serves the next version as one saved from a whole cut."""
    store = tmp_path / "store"
    rows = _rows(1200)
    _cut(_table(tmp_path / "a.csv", rows), store)
    rows[300] = (rows[300][0], "yyyyy")
    _, memo = _cut(_table(tmp_path / "b.csv", rows), store)
    assert memo.reused >= 1
    rows[1000] = (rows[300][0], rows[1000][1])  # the key of a row read again last time
    changed = _table(tmp_path / "c.csv", rows)
    memo = pieces.Memo(store, "code", _csv_pieces(changed))
    again = pieces.split(changed, SCHEMA, [], "t", memo)
    assert memo.reused == 0
    assert again == pieces.split(changed, SCHEMA, [], "t")
    # and a memo of other code is not read
    memo = pieces.Memo(store, "other code", _csv_pieces(changed))
    assert pieces.split(changed, SCHEMA, [], "t", memo) == again and memo.reused == 0


def _change_last_report(ws: Workspace) -> None:
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def test_publish_again_with_kept_cut_points_writes_the_same_files_and_findings(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PIECE_ENV, "0.004")
    monkeypatch.setenv(pieces.PIECE_ENV, "0.012")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    memo_file = cache_folder(staged_ws) / "cuts-observations.memo"
    assert memo_file.is_file()
    _change_last_report(ws)
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    (cache_folder(other) / "cuts-observations.memo").unlink()  # cut whole there
    kept: list[int] = []
    real = pieces.Memo.reuse

    def spied(self: pieces.Memo, *args: object) -> list[pieces.Piece] | None:
        found = real(self, *args)  # type: ignore[arg-type]
        kept.append(self.reused if found is not None else -1)
        return found

    monkeypatch.setattr(pieces.Memo, "reuse", spied)
    again = publish(ws)
    assert kept and kept[0] >= 1
    kept.clear()
    plain = publish(Workspace(other))
    assert kept == [-1]
    assert again.version == plain.version != first.version
    listed = sorted(r for r in again.files if r.startswith("data/observations-csv/"))
    assert listed and listed == sorted(r for r in plain.files if r.startswith("data/observations-"))
    for rel in (*listed, "CHANGES.md", "README.md", "datapackage.json"):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
    assert again.gate.report.files == plain.gate.report.files
    assert again.gate.report.warnings == plain.gate.report.warnings > 0
    # the findings name rows as in the whole file
    rows = [f.row for f in again.gate.report.files[0].findings if f.row is not None]
    assert rows and all(r >= 2 for r in rows)
    assert gates._validate  # the gate ran through the pieces (memo saved again)
    assert memo_file.is_file()


def test_bytes_copied_from_the_version_before_keep_the_gate_pieces_around_them(
    tmp_path: Path, gate_pieces: None
) -> None:
    """A gate piece is kept when its bytes were copied from the version the memo was saved
    with (``Memo.copied``), though the CSV piece holding a changed row spans its edge."""
    store = tmp_path / "store"
    rows = _rows(1200)
    old = _table(tmp_path / "a.csv", rows)
    first, _ = _cut(old, store)
    assert len(first) == 3
    old_pieces = _csv_pieces(old)
    data = old.read_bytes()
    # change a value (the same length) in the second row of the second gate piece, inside
    # the CSV piece that holds the first gate piece's end
    at = first[1].start
    cut_row = data.index(b"\n", at) + 1  # the second row of the second gate piece
    assert any(
        s <= first[0].end < s + size for s, (size, _) in zip(_starts(old), old_pieces, strict=True)
    )
    row = data[cut_row : data.index(b"\n", cut_row)].decode()
    ident = row.split(",")[0]
    index = next(i for i, (k, _) in enumerate(rows) if k == ident)
    rows[index] = (ident, "q" * len(rows[index][1]))
    changed = _table(tmp_path / "b.csv", rows)
    new = changed.read_bytes()
    assert len(new) == len(data)
    start = next(i for i in range(len(data)) if data[i] != new[i])
    end = len(data) - next(i for i in range(len(data)) if data[-1 - i] != new[-1 - i])
    header_end = data.index(b"\n") + 1
    regions = [(header_end, header_end, start - header_end), (end, end, len(data) - end)]
    plain = pieces.Memo(store, "code", _csv_pieces(changed))
    by_pieces = pieces.split(changed, SCHEMA, [], "t", plain)
    plain.discard()
    memo = pieces.Memo(store, "code", _csv_pieces(changed))
    memo.copied = (old_pieces, regions)
    again = pieces.split(changed, SCHEMA, [], "t", memo)
    # the CSV piece holding the change spans the first gate piece's end: by CSV pieces only
    # the last gate piece is kept; by the bytes copied, the first one too
    assert plain.reused == 1 and memo.reused == 2
    assert (again[0].start, again[0].end) == (first[0].start, first[0].end)
    assert again[-1].end == changed.stat().st_size
    assert all(a.end == b.start for a, b in itertools.pairwise(again))
    assert [(p.first_row, p.first_line) for p in again] == _numbered(changed, again)
    assert _spanning(changed, again) == set()
    assert len(by_pieces) == len(again) == 3
    # copied bytes of another version than the memo's are not used
    other = pieces.Memo(store, "code", _csv_pieces(changed))
    other.copied = (old_pieces[1:], regions)
    pieces.split(changed, SCHEMA, [], "t", other)
    assert other.reused == 1
    other.discard()


def _starts(path: Path) -> list[int]:
    return [a for a, _ in cuts(path, CSV_PIECE)]


def _groups(store: Path) -> tuple[list[list[str]], list[list[tuple[int, int]]]]:
    """The stored memo's group files per piece, and each relation's groups (key hash, first
    row counted in the whole table) read from them."""
    import json

    import numpy as np

    stored = json.loads((store / "cuts-t.memo").read_text("utf-8"))
    found: list[list[tuple[int, int]]] = [[] for _ in stored["relations"]]
    for piece, names in zip(stored["pieces"], stored["groups"], strict=True):
        for i, name in enumerate(names):
            data = (store / name).read_bytes()
            count = len(data) // 12
            assert len(data) == count * 12
            keys = np.frombuffer(data[: count * 8], dtype=np.uint64)
            rows = np.frombuffer(data[count * 8 :], dtype=np.uint32)
            assert bool(np.all(keys[1:] > keys[:-1]))  # sorted, one group a key
            assert bool(np.all(rows < piece[3]))  # inside its piece
            found[i] += [(int(k), int(r) + int(piece[2])) for k, r in zip(keys, rows, strict=True)]
    return stored["groups"], [sorted(groups) for groups in found]


def test_publishing_again_writes_the_groups_of_the_pieces_cut_again_only(
    tmp_path: Path, gate_pieces: None
) -> None:
    """A kept piece keeps its group files (the same files, not written again); the groups
    held are those of cutting the new table whole, and a table cut again after a discarded
    memo still finds the stored memo's files."""
    store = tmp_path / "store"
    rows = _rows(1200)
    first, _ = _cut(_table(tmp_path / "a.csv", rows), store)
    names, _ = _groups(store)
    assert len(first) == len(names) == 3 and all(len(n) == 1 for n in names)  # one relation
    written = {name: (store / name).stat().st_mtime_ns for n in names for name in n}
    rows[600] = (rows[600][0], "zzzzz")  # the middle piece's bytes change
    changed = _table(tmp_path / "b.csv", rows)
    discarded = pieces.Memo(store, "code", _csv_pieces(changed))
    assert pieces.split(changed, SCHEMA, [], "t", discarded) and discarded.reused == 2
    discarded.discard()  # the stored memo's files stay
    assert all((store / name).is_file() for name in written)
    again, memo = _cut(changed, store)
    assert memo.reused == 2
    kept_names, kept_groups = _groups(store)
    assert kept_names[0] == names[0] and kept_names[2] == names[2]  # the same files
    assert kept_names[1] != names[1] and not (store / names[1][0]).exists()
    for name in (*names[0], *names[2]):
        assert (store / name).stat().st_mtime_ns == written[name]
    # the groups equal a memo saved from cutting the new table whole
    whole_store = tmp_path / "whole"
    whole, _ = _cut(changed, whole_store)
    assert [(p.start, p.end) for p in whole] == [(p.start, p.end) for p in again]
    _, whole_groups = _groups(whole_store)
    assert kept_groups == whole_groups
    # a group per id, each id on one row: every row is a group's first row
    assert sorted(row for _, row in kept_groups[0]) == list(range(1200))
    assert sorted(p.name for p in store.iterdir() if p.suffix == ".bin") == sorted(
        name for n in kept_names for name in n
    )


def test_a_key_shared_with_a_kept_piece_is_found_both_ways(tmp_path: Path) -> None:
    """``_shared``: a few keys looked up in a large mapped file, or a file read in blocks
    against many keys; one shared key is found either way, none found when none is."""
    import numpy as np

    kept_keys = np.arange(0, 2_000_000, 2, dtype=np.uint64) * np.uint64(7919)  # 1,000,000
    rows = np.zeros(len(kept_keys), dtype=np.uint32)
    file = pieces._write_groups(tmp_path, kept_keys, rows)
    kept = pieces._group_keys(file)
    assert len(kept) == 1_000_000 and int(kept[-1]) == 1_999_998 * 7919
    odd = np.uint64(7919)
    few = np.array([3, 5, 1_999_997], dtype=np.uint64) * odd  # odd multiples: none kept
    many = np.arange(1, 200_001, 2, dtype=np.uint64) * odd  # 100,000 (the blocks' way)
    assert not pieces._shared(few, kept) and not pieces._shared(many, kept)
    assert pieces._shared(np.sort(np.r_[few, np.uint64(1_999_998) * odd]), kept)
    assert pieces._shared(np.sort(np.r_[many, np.uint64(1_234_568) * odd]), kept)
    assert not pieces._shared(np.empty(0, dtype=np.uint64), kept)


def test_cut_points_sorted_in_buckets_on_disk_are_those_of_one_sort(
    tmp_path: Path, gate_pieces: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keys spread over buckets on disk by their hash's top bits and sorted one bucket
    at a time, the groups placed in their pieces a few at a time and the pieces planned a
    few rows at a time: the same pieces and the same groups file per piece, byte for byte,
    as with every key in one sort. A repeated id and a relation checked across pieces (a
    ``unique_together`` rule over ``value``, whose groups are saved row by row) included."""
    from types import SimpleNamespace

    rows = _rows(1200)
    rows[900] = rows[100]  # the same id 800 rows apart: no cut between them
    for n in range(0, 1200, 50):
        rows[n] = (rows[n][0], "repetido")  # one value in every piece
    path = _table(tmp_path / "a.csv", rows)
    rule = SimpleNamespace(
        table="t", kind="unique_together", id="valor-unico", params={"fields": ["value"]}
    )

    def cut(store: Path) -> tuple[list[pieces.Piece], list[list[bytes]]]:
        memo = pieces.Memo(store, "code", _csv_pieces(path))
        found = pieces.split(path, SCHEMA, [rule], "t", memo)
        return found, [[f.read_bytes() for f in files] for files in memo.group_files]

    whole, whole_groups = cut(tmp_path / "one")
    assert pieces._KeySpill(1, 2 * 1201).bits == 0  # in memory, one sort
    monkeypatch.setattr(pieces, "_KEY_BUCKET_ROWS", 40)  # 2 x 1,200 pairs: 60, made 64
    monkeypatch.setattr(pieces, "_SPLIT_GROUPS", 7)
    monkeypatch.setattr(pieces, "_SCAN", 3)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert pieces._KeySpill(1, 2 * 1200).bits == 6
    spread, spread_groups = cut(tmp_path / "spread")
    assert len(whole) >= 3 and spread == whole
    assert spread_groups == whole_groups and len(whole_groups) == len(whole)
    assert all(len(files) == 2 for files in whole_groups)  # the key, and the rule's value
    assert not list(scratch.iterdir())  # the buckets and the record ends removed
    # the repeated id's rows lie in one piece, and the value met before is given to the
    # pieces after the first (``Piece.earlier``)
    assert _spanning(path, whole) == set()
    assert not whole[0].earlier and all(p.earlier for p in whole[1:])
