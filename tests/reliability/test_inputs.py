"""Bounded inputs: what is refused before reading, and how each refusal is named."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.readers.container import open_office_zip
from genero_etl.readers.encoding import NotText, UnsupportedEncoding, check_shape, decode_bytes
from genero_etl.readers.files import read_raw, time_budget
from genero_etl.workspace import Workspace, load_yaml

GOOD = "Informe 2024.\nDurante 2024 se atendieron 45 mujeres en la oficina.\n"


def test_special_files_are_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "cero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnsupportedInput) as err:
        read_raw(link, "cero.txt", 10_000)
    assert err.value.code == "file-not-regular"
    fifo = tmp_path / "tubo.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(UnsupportedInput) as err:
        read_raw(fifo, "tubo.txt", 10_000)
    assert err.value.code == "file-not-regular" and time.monotonic() - started < 1


def test_read_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(UnsupportedInput) as err:
        read_raw(path, "a.txt", 100)
    assert err.value.code == "file-too-large"
    assert read_raw(path, "a.txt", 101) == b"x" * 101


def test_utf32_is_named_not_decoded_as_utf16() -> None:
    for data in (GOOD.encode("utf-32"), GOOD.encode("utf-32-le"), GOOD.encode("utf-32-be")):
        with pytest.raises(UnsupportedEncoding) as err:
            decode_bytes(data)
        assert err.value.kind == "UTF-32"
    with pytest.raises(NotText):
        decode_bytes(b"\x00\x01\x02\x03" * 10)
    assert decode_bytes(GOOD.encode("utf-16"))[0] == GOOD


def test_line_and_column_caps() -> None:
    with pytest.raises(UnsupportedInput) as err:
        check_shape(b"a\n" + b"x" * 1_000_001 + b"\nb\n", "largo.txt")
    assert err.value.code == "text-too-wide" and err.value.params["size"] == 1_000_001
    check_shape(b"a\n" + b"x" * 1_000_000 + b"\n", "justo.txt")
    with pytest.raises(UnsupportedInput) as err:
        check_shape(",".join(["1"] * 2001).encode() + b"\n", "ancho.csv", table=True)
    assert err.value.code == "csv-too-many-columns" and err.value.params["columns"] == 2001
    check_shape(",".join(["1"] * 2000).encode() + b"\n", "ok.csv", table=True)


def _odt(content: bytes, method: int) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", method) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return sink.getvalue()


def _open(data: bytes) -> zipfile.ZipFile:
    return open_office_zip(
        data,
        "x.odt",
        kind="OpenDocument",
        suffix=".odt",
        required=["content.xml"],
        convert_to="odt",
    )


def test_damaged_zip_members_are_office_corrupted() -> None:
    data = _odt(b"<p>" + b"Se atendieron 45 mujeres. " * 200 + b"</p>", zipfile.ZIP_DEFLATED)
    at = data.index(b"content.xml") + len(b"content.xml") + 5
    damaged = data[:at] + bytes(b ^ 0x5A for b in data[at : at + 16]) + data[at + 16 :]
    with pytest.raises(InputUnreadable) as err:
        _open(damaged)
    assert err.value.code == "office-corrupted"
    assert "content.xml" in err.value.params["reason"]
    assert _open(data).read("content.xml").startswith(b"<p>")


def test_zip_members_are_counted_by_the_bytes_they_inflate_to() -> None:
    from genero_etl.readers import container

    data = _odt(b"0" * 5_000_000, zipfile.ZIP_DEFLATED)
    archive = zipfile.ZipFile(io.BytesIO(data))
    with pytest.raises(UnsupportedInput) as err:
        container.verify_members(archive, "x.odt", "OpenDocument", max_member=1_000_000)
    assert err.value.code == "zip-bomb"


def test_time_budget_turns_a_slow_file_into_file_timeout() -> None:
    with pytest.raises(UnsupportedInput) as err, time_budget(0.2, "lento.txt"):
        time.sleep(2)
    assert err.value.code == "file-timeout"
    with time_budget(1.0, "rapido.txt"):
        pass


def test_a_slow_file_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import genero_etl.pipeline as pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD, encoding="utf-8")
    (raw / "b_lento.txt").write_text(GOOD, encoding="utf-8")
    real = pipeline.extract_document

    def slow(path: Path, display: str, options: IngestOptions) -> object:
        if "lento" in path.name:
            time.sleep(20)
        return real(path, display, options)

    monkeypatch.setattr(pipeline, "extract_document", slow)
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions(timeout=4))
    by_name = {f.source_file: f for f in result.files}
    assert by_name["raw/a.txt"].ok
    error = by_name["raw/b_lento.txt"].error
    assert error is not None and error.code == "file-timeout" and int(error.exit_code) == 4


def test_every_skip_is_reported(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bueno.txt").write_text(GOOD, encoding="utf-8")
    (raw / "nada.txt").symlink_to(tmp_path / "no-existe.txt")
    (raw / "a.txt").symlink_to(raw / "b.txt")
    (raw / "b.txt").symlink_to(raw / "a.txt")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "dentro.txt").symlink_to(raw / "bueno.txt")
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions(dry_run=True))
    codes = {f.source_file: (f.error.code if f.error else "ok") for f in result.files}
    assert codes == {
        "raw/bueno.txt": "ok",
        "raw/dentro.txt": "ok",
        "raw/nada.txt": "symlink-dangling",
        "raw/a.txt": "symlink-loop",
        "raw/b.txt": "symlink-loop",
        "raw/passwd.txt": "symlink-outside",
    }
    followed = ingest_paths(
        [raw], Workspace(tmp_path), IngestOptions(dry_run=True, follow_symlinks=True)
    )
    assert {f.source_file for f in followed.files if f.ok} >= {"raw/passwd.txt"}


def test_file_names_too_long_or_not_utf8_are_ingested(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / ("informe_" + "x" * 238 + ".txt")).write_text(GOOD, encoding="utf-8")
    with open(os.fsencode(raw) + b"/a\xf1o.txt", "wb") as handle:
        handle.write(GOOD.encode())
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions())
    assert all(f.ok for f in result.files), [f.error for f in result.files]
    assert "raw/a\ufffdo.txt" in {f.source_file for f in result.files}
    from genero_etl.stage import staged_records

    assert len(staged_records(tmp_path / ".genero-etl" / "staging")) == 2


def test_yaml_aliases_are_bounded() -> None:
    assert load_yaml("a: &x [1, 2]\nb: *x\n", "m.yaml") == {"a": [1, 2], "b": [1, 2]}
    laughs = ["a: &a [1,1,1,1,1,1,1,1,1,1]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join('*' + chr(97 + i) for _ in range(10))}]"
        for i in range(6)
    ]
    with pytest.raises(Exception) as err:
        load_yaml("\n".join(laughs), "m.yaml")
    assert getattr(err.value, "code", "") == "metadata-invalid"


def test_impossible_day_in_a_period_is_clamped(tmp_path: Path) -> None:
    from genero_etl.extract.periods import find_periods

    (found,) = find_periods("del 30 de febrero de 2024 al 31 de junio de 2024")
    assert (found.start, found.end) == ("2024-02-29", "2024-06-30")
