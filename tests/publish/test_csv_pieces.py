"""A version whose observations CSV is larger than a portal accepts lists it in pieces."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
from pathlib import Path

import pytest

from genero_etl.publish.csvsplit import PIECE_ENV, PIECE_MB, cuts, piece_limit, table_csv
from genero_etl.publish.csvtable import JoinedCsv
from genero_etl.publish.gates import PublishUnchanged
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace

LIMIT_MB = 0.004  # 4,194 bytes: the four sample reports' CSV is several times that


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def test_a_large_csv_is_listed_as_pieces_that_validate(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import shutil

    from frictionless import validate

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    unsplit = tmp_path / "unsplit"
    shutil.copytree(staged_ws, unsplit)
    monkeypatch.setenv(PIECE_ENV, "0")  # never split: the whole CSV, as a version held it
    one = publish(Workspace(unsplit))
    whole = (one.path / "data" / "observations.csv").read_bytes()
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    limit = piece_limit()
    assert limit == int(LIMIT_MB * 1024**2)
    result = publish(Workspace(staged_ws))
    assert len(whole) > 3 * limit
    # the version holds the pieces and no whole CSV; read as one table they are its bytes
    assert not (result.path / "data" / "observations.csv").exists()
    assert "data/observations.csv" not in result.files
    table = table_csv(result.path)
    assert isinstance(table, JoinedCsv) and table.size == len(whole)
    with table.open() as handle:
        assert handle.read() == whole
        handle.seek(len(whole) - 100)  # from anywhere: the bytes of the whole file there
        assert handle.read(60) == whole[-100:-40]
    package = json.loads((result.path / "datapackage.json").read_text(encoding="utf-8"))
    listed = [r for r in package["resources"] if r["format"] == "csv"]
    assert "data/observations.csv" not in {r["path"] for r in listed}
    pieces = [r for r in listed if r["path"].startswith("data/observations-csv/")]
    count = len(pieces)
    assert count >= 4
    assert [r["path"] for r in pieces] == [
        f"data/observations-csv/observations-{i:05d}.csv" for i in range(1, count + 1)
    ]
    assert [r["name"] for r in pieces] == [f"observations-{i:05d}" for i in range(1, count + 1)]
    observations = next(r for r in package["resources"] if r["name"] == "observations-parquet")
    header = whole.split(b"\n", 1)[0] + b"\n"
    bodies = b""
    rows = 0
    for number, resource in enumerate(pieces, start=1):
        data = (result.path / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data) <= limit
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["schema"] == observations["schema"]  # the table's schema
        assert resource["dialect"]["header"] is True and resource["encoding"] == "utf-8"
        assert resource["title"].endswith(f"({number}/{count})")
        assert data.startswith(header)
        table = _rows(data)
        assert table[0] == _rows(header)[0]
        rows += len(table) - 1
        bodies += data[len(header) :]
    assert bodies == whole[len(header) :]  # the whole CSV's records, in order, none split
    assert rows == result.rows["observations"] == len(_rows(whole)) - 1
    assert sum(r["bytes"] for r in pieces) == len(whole) + (count - 1) * len(header)
    report = validate(str(result.path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "note"])[:5]
    # the same package as the unsplit version's but for the CSV resources it lists
    unsplit_package = json.loads((one.path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r for r in package["resources"] if not r["path"].startswith("data/observations")] == [
        r for r in unsplit_package["resources"] if not r["path"].startswith("data/observations")
    ]
    # README.md names the pieces, not the whole CSV, and its loading lines read the table
    readme = (result.path / "README.md").read_text(encoding="utf-8")
    assert "'data/observations.csv'" not in readme and "`data/observations.csv`" not in readme
    assert (
        f"`data/observations-csv/observations-00001.csv` … `observations-{count:05d}.csv` ("
        f"{count}) | {rows} | {sum(r['bytes'] for r in pieces)} |" in readme
    )
    _loaded_as_readme_says(readme, result.path, whole)
    # README.md otherwise as the unsplit version's: the same lines but for the CSV's
    lines = readme.splitlines()
    said = next(i for i, ln in enumerate(lines) if ln.startswith("El CSV de observaciones está"))
    assert lines[said + 1] == ""  # the paragraph saying the table is held as pieces
    del lines[said : said + 2]
    kept = [ln for ln in lines if "observations" not in ln and "glob" not in ln
            and "pd.concat" not in ln]  # fmt: skip
    assert kept == [
        ln
        for ln in (one.path / "README.md").read_text(encoding="utf-8").splitlines()
        if "observations" not in ln
    ]
    # nothing changed: still no new version, although the package lists pieces
    with pytest.raises(PublishUnchanged):
        publish(Workspace(staged_ws))


def _loaded_as_readme_says(readme: str, version: Path, whole: bytes) -> None:
    """The README's pandas, polars and DuckDB lines, run in the version's folder, read the
    rows of the whole CSV."""
    import os
    import re

    import duckdb
    import pandas as pd
    import polars as pl

    blocks = re.findall(r"```(python|sql)\n(.*?)```", readme, re.S)
    pandas_code = next(code for kind, code in blocks if "import pandas" in code)
    polars_code = next(code for kind, code in blocks if "import polars" in code)
    sql = next(code for kind, code in blocks if kind == "sql").splitlines()[0]
    expected = pd.read_csv(io.BytesIO(whole), dtype=str, keep_default_na=False)
    cells = expected.to_numpy().tolist()
    here = os.getcwd()
    os.chdir(version)
    try:
        scope: dict[str, object] = {}
        exec(pandas_code.split("obs = pd.read_parquet")[0], scope)
        got = scope["obs"]
        assert isinstance(got, pd.DataFrame)
        pd.testing.assert_frame_equal(got, expected)  # every cell, as text
        scope = {}
        exec(polars_code, scope)  # an empty cell is read as null
        frame = scope["obs"]
        assert isinstance(frame, pl.DataFrame)
        assert frame.columns == list(expected.columns)
        assert [["" if v is None else v for v in row] for row in frame.rows()] == cells
        read = duckdb.sql(sql.rstrip(";")).fetchall()  # an empty cell is NULL here too
        assert [["" if v is None else v for v in row] for row in read] == cells
    finally:
        os.chdir(here)


def test_the_limit_defaults_to_ckan_s_and_a_small_csv_is_not_split(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(PIECE_ENV, raising=False)
    assert piece_limit() == PIECE_MB * 1024**2 == 10 * 1024**2
    monkeypatch.setenv(PIECE_ENV, "0")
    assert piece_limit() == 0
    monkeypatch.setenv(PIECE_ENV, "10")
    result = publish(Workspace(staged_ws))
    assert not (result.path / "data" / "observations-csv").exists()
    paths = [r["path"] for r in json.loads((result.path / "datapackage.json").read_text())[
        "resources"]]  # fmt: skip
    assert "data/observations.csv" in paths
    # a record longer than the limit is a piece of its own; quoted line breaks are not cuts
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,"a\nb"\n2,' + b"x" * 50 + b"\n3,c\n4,d\n")
    ranges = cuts(path, 20)
    data = path.read_bytes()
    assert [data[a:b] for a, b in ranges] == [
        b'1,"a\nb"\n',
        b"2," + b"x" * 50 + b"\n",
        b"3,c\n4,d\n",
    ]


@pytest.mark.parametrize("block", [7, 64, 1 << 20])
@pytest.mark.parametrize("limit", [12, 30, 55, 200])
def test_cuts_read_in_blocks_agree_with_the_whole_file_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, limit: int
) -> None:
    from genero_etl.publish import csvsplit
    from genero_etl.publish.pieces import record_ends

    monkeypatch.setattr(csvsplit, "_COPY", block)
    lines = [b"id,note\n"] + [
        b'%d,"%s"\n' % (i, b"x" * (i % 9) + (b'\n""q' if i % 4 == 0 else b"")) for i in range(40)
    ]
    path = tmp_path / "t.csv"
    path.write_bytes(b"".join(lines) + b"41,end")  # the last record without a newline
    data = path.read_bytes()
    ranges = cuts(path, limit)
    ends, _ = record_ends(path)
    header = int(ends[0])
    assert ranges[0][0] == header and ranges[-1][1] == len(data)
    assert all(a == b for (_, a), (b, _) in itertools.pairwise(ranges))
    boundaries = {int(e) for e in ends}
    for start, end in ranges:
        assert end in boundaries
        fits = header + end - start <= limit
        one_record = len([e for e in ends if start < e <= end]) == 1
        assert fits or one_record
        # greedy: the next record would not have fitted
        later = [int(e) for e in ends if e > end]
        if later and end != len(data):
            assert header + later[0] - start > limit


def test_pieces_with_the_previous_version_s_bytes_are_linked(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import shutil

    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.publish.reuse import REUSE_ENV

    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    # the last file in publish order changes: the pieces before its rows keep their bytes
    path = staged_ws / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18 recomendaciones" in text
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(staged_ws, rebuilt)
    again = publish(ws)
    monkeypatch.setenv(REUSE_ENV, "0")
    full = publish(Workspace(rebuilt))
    pieces = sorted(r for r in again.files if r.startswith("data/observations-csv/"))
    for rel in pieces:
        assert (again.path / rel).read_bytes() == (full.path / rel).read_bytes()
        assert again.files[rel] == full.files[rel]
    assert (again.path / "datapackage.json").read_bytes() == (
        full.path / "datapackage.json"
    ).read_bytes()
    linked = [
        rel
        for rel in pieces
        if (first.path / rel).exists()
        and (again.path / rel).stat().st_ino == (first.path / rel).stat().st_ino
    ]
    assert linked == pieces[: len(linked)] and 0 < len(linked) < len(pieces)
    assert all((full.path / rel).stat().st_nlink == 1 for rel in pieces)
    changed = pieces[len(linked)]
    assert (again.path / changed).read_bytes() != (first.path / changed).read_bytes()


def test_the_corpus_runner_reads_a_version_held_as_pieces(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The table acceptance runner scores the rows of the last version published, whether it
    holds its whole CSV or only its pieces (a table past the piece limit)."""
    import shutil

    from acceptance.corpus.run_corpus import published_rows

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    unsplit = tmp_path / "unsplit"
    shutil.copytree(staged_ws, unsplit)
    monkeypatch.setenv(PIECE_ENV, "0")
    whole = publish(Workspace(unsplit)).path / "data" / "observations.csv"
    with whole.open(encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle))
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    pieces = publish(Workspace(staged_ws))
    assert not (pieces.path / "data" / "observations.csv").exists()
    rows = published_rows(staged_ws / "published")
    assert len(rows) == len(expected) > 30
    assert rows == expected
    assert published_rows(unsplit / "published") == expected
    assert published_rows(tmp_path / "nothing") == []
