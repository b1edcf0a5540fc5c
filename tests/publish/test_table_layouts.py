"""A version's observations CSV is read the same from either layout: one file (a version
published before 2026-12-04, or a table within the piece limit) or its pieces alone."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import csvcopy, csvsplit
from genero_etl.publish.csvtable import JoinedCsv, table_csv
from genero_etl.publish.package import publish
from genero_etl.publish.pieces import record_ends
from genero_etl.review.diff import csv_batches, csv_header, diff_files, diff_versions, render
from genero_etl.workspace import Workspace

from .files import folder_bytes, table_bytes

LIMIT_MB = 0.004  # 4,194 bytes: the four sample reports' CSV is several times that


def _version_of_pieces(folder: Path, whole: bytes, limit: int) -> list[str]:
    """``whole`` written as a version's pieces and a datapackage.json declaring them."""
    source = folder / "whole.csv"
    source.write_bytes(whole)
    header = whole[: whole.index(b"\n") + 1]
    resources = []
    rels = []
    for number, (start, end) in enumerate(csvsplit.cuts(source, limit), start=1):
        rel = f"{csvsplit.PIECES_DIR}/observations-{number:05d}.csv"
        data = header + whole[start:end]
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
        sha = hashlib.sha256(data).hexdigest()
        resources.append({"path": rel, "bytes": len(data), "hash": f"sha256:{sha}"})
        rels.append(rel)
    source.unlink()
    (folder / "datapackage.json").write_text(json.dumps({"resources": resources}))
    return rels


def test_pieces_read_as_one_file_give_the_whole_csv_s_bytes_and_rows(tmp_path: Path) -> None:
    rows = [b'%d,"%s",%d\n' % (i, b"x" * (i % 13) + (b'\n""q' if i % 5 == 0 else b""), i * 7)
            for i in range(300)]  # fmt: skip
    whole = b"id,note,n\n" + b"".join(rows)
    version = tmp_path / "1.0.0"
    version.mkdir()
    rels = _version_of_pieces(version, whole, 200)
    assert len(rels) > 20
    table = table_csv(version)
    assert isinstance(table, JoinedCsv) and table.size == len(whole)
    with table.open() as handle:
        assert handle.read() == whole
        # from anywhere, in reads of any length (within a piece, across several)
        draw = random.Random(7)
        for _ in range(300):
            start = draw.randrange(len(whole))
            length = draw.randrange(1, 700)
            handle.seek(start)
            assert handle.read(length) == whole[start : start + length]
    # the same record ends, header and rows as the whole file's
    plain = tmp_path / "whole.csv"
    plain.write_bytes(whole)
    for got, expected in zip(record_ends(table), record_ends(plain), strict=True):
        assert got.tolist() == expected.tolist()
    assert csv_header(table) == ["id", "note", "n"]
    read = [r for t in csv_batches(table, ["id", "note"]) for r in t.to_pylist()]
    assert read == [r for t in csv_batches(plain, ["id", "note"]) for r in t.to_pylist()]
    assert len(read) == 300 and read[5] == {"id": "5", "note": 'xxxxx\n"q'}
    # a version holding the whole CSV is read from it, pieces or not
    (version / csvsplit.WHOLE).parent.mkdir(exist_ok=True)
    (version / csvsplit.WHOLE).write_bytes(whole)
    assert table_csv(version) == version / csvsplit.WHOLE
    (version / csvsplit.WHOLE).unlink()
    # a piece missing, or of another header: an error, never a table short of rows
    data = (version / rels[3]).read_bytes()
    (version / rels[3]).write_bytes(data.replace(b"id,note,n", b"id,note,m", 1))
    with pytest.raises(ValueError, match="another header"):
        table_csv(version)
    (version / rels[3]).unlink()
    with pytest.raises(FileNotFoundError, match="missing"):
        table_csv(version)
    assert table_csv(tmp_path) is None  # neither: no table


def test_a_version_s_datapackage_is_parsed_once_while_it_is_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from genero_etl.publish import csvtable

    whole = b"id,n\n" + b"".join(b"%d,%d\n" % (i, i * 3) for i in range(200))
    version = tmp_path / "1.0.0"
    version.mkdir()
    rels = _version_of_pieces(version, whole, 300)
    parsed: list[str] = []
    loads = json.loads

    def counted(text: str | bytes, **kwargs: Any) -> Any:
        parsed.append(str(text)[:20])
        return loads(text, **kwargs)

    monkeypatch.setattr(json, "loads", counted)
    sizes = {rel: (version / rel).stat().st_size for rel in rels}
    for _ in range(5):  # as a publish asks of the version before: once parsed
        found = csvtable.declared(version)
        assert {rel: size for rel, (size, _sha) in found.items()} == sizes
        with table_csv(version).open() as handle:  # type: ignore[union-attr]
            assert handle.read() == whole
    assert len(parsed) == 1
    # a piece cut short is still seen at once (its size is asked each time, not kept)
    (version / rels[2]).write_bytes((version / rels[2]).read_bytes()[:-3])
    assert rels[2] not in csvtable.declared(version)
    assert rels[2] in csvtable.declared(version, checked=False)
    assert len(parsed) == 1
    # other bytes in its place are parsed again, once
    package = json.loads((version / "datapackage.json").read_text())
    del package["resources"][-1]
    replaced = version / "datapackage.json.new"
    replaced.write_text(json.dumps(package))
    replaced.replace(version / "datapackage.json")
    assert len(parsed) == 2  # the test's own read
    assert sorted(csvtable.declared(version, checked=False)) == sorted(rels[:-1])
    assert sorted(csvtable.declared(version)) == sorted(r for r in rels[:-1] if r != rels[2])
    assert len(parsed) == 3
    # rewritten in place to the same size at once (the same file, its time maybe the same):
    # its bytes say it changed
    text = (version / "datapackage.json").read_text()
    sha = package["resources"][0]["hash"].removeprefix("sha256:")
    other = ("0" if sha[0] != "0" else "1") + sha[1:]
    (version / "datapackage.json").write_text(text.replace(sha, other))
    assert csvtable.declared(version, checked=False)[rels[0]] == (sizes[rels[0]], other)
    assert len(parsed) == 4


def _change_last_report(ws: Workspace) -> None:
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18 recomendaciones" in text
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def _as_before(version: Path) -> None:
    """A version as publish left it before 2026-12-04: the whole CSV beside its pieces."""
    (version / csvsplit.WHOLE).write_bytes(table_bytes(version))


def test_diff_and_publish_again_across_the_two_layouts(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(csvsplit.PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    assert not (first.path / csvsplit.WHOLE).exists()
    _change_last_report(ws)
    # 1.0.0 as an older publish left it (the whole CSV kept): publish again over each
    older = tmp_path / "older"
    shutil.copytree(staged_ws, older)
    _as_before(older / "published" / first.dataset / first.version)
    scratch = tmp_path / "scratch"
    shutil.copytree(staged_ws, scratch)
    shutil.rmtree(scratch / ".genero-etl" / "cache")  # nothing kept: every byte written
    joined: list[tuple[int, int]] = []  # (bytes rendered, bytes of the CSV)
    real = csvcopy.write_joined

    def spied(plan: csvcopy.Plan, *args: Any) -> None:
        real(plan, *args)
        folder = args[3]
        table = table_csv(folder)
        assert isinstance(table, JoinedCsv)
        joined.append(((folder / csvcopy.RENDERED).stat().st_size, table.size))

    monkeypatch.setattr(csvcopy, "write_joined", spied)
    again = publish(ws)  # over 1.0.0's pieces: the CSV joined, its kept bytes not copied
    assert len(joined) == 1 and 0 < joined[0][0] < joined[0][1] // 2
    over_older = publish(Workspace(older))  # over a whole CSV: its bytes copied
    fresh = publish(Workspace(scratch))  # nothing kept: every row rendered
    assert len(joined) == 1
    ours = folder_bytes(again.path)
    assert ours == folder_bytes(over_older.path) == folder_bytes(fresh.path)
    assert csvsplit.WHOLE not in ours and any(r.startswith(csvsplit.PIECES_DIR) for r in ours)
    # the unchanged pieces are the previous version's own files, whichever layout it had
    for done in (again, over_older):
        before = done.path.parent / first.version
        linked = [
            r
            for r in ours
            if r.startswith(csvsplit.PIECES_DIR)
            and (before / r).exists()
            and (done.path / r).samefile(before / r)
        ]
        assert 1 <= len(linked) < len([r for r in ours if r.startswith(csvsplit.PIECES_DIR)])
    # the comparison of the two versions, from pieces (new layout) or the whole CSV (old)
    whole_old, whole_new = tmp_path / "old.csv", tmp_path / "new.csv"
    whole_old.write_bytes(table_bytes(first.path))
    whole_new.write_bytes(table_bytes(again.path))
    expected = diff_files(whole_old, whole_new, "1.0.0", "1.1.0")
    assert expected.totals == {"added": 13, "removed": 13, "changed": 0}
    dataset_dir = again.path.parent
    for folder in (dataset_dir, over_older.path.parent):
        found = diff_versions(folder, "1.0.0", "1.1.0")
        assert found.totals == expected.totals
        assert found.added == expected.added and found.removed == expected.removed
        assert render(found, "json", "es") == render(expected, "json", "es")
    assert {r["value"] for r in expected.added} - {r["value"] for r in expected.removed} == {"19.0"}
