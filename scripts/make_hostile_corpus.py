"""Generate hostile inputs for `ingest`, `publish` and `validate`, and run each one.

Nothing here is committed as a big file: every case is built on the fly in a fresh
workspace. Each case states the command, the exit codes it may end with and the message
code it must name. The runner starts a subprocess per case and checks, besides those:

* never exit 70 and never a traceback;
* at most ``--max-seconds`` (30) of wall time and ``--max-mib`` (1024) of peak memory
  (``ru_maxrss`` of the command, measured by a small wrapper process; over 2x it is killed);
* the workspace is consistent afterwards: every staged record reads back with its exact
  Parquet bytes, and no temporary file is left in staging or published.

    python scripts/make_hostile_corpus.py --run            # every case
    python scripts/make_hostile_corpus.py --run --quick    # the quick ones (CI)
    python scripts/make_hostile_corpus.py --list
    python scripts/make_hostile_corpus.py --run --src OTHER/src   # another checkout
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOOD_REPORT = (
    "Informe de gestión 2024 de la Oficina de la Mujer de Luján.\n"
    "Durante 2024 se atendieron 45 mujeres en situación de violencia.\n"
    "Se realizaron 12 talleres de prevención.\n"
)


FORMULA_STARTS = set("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # makes the workspace; returns the command's arguments
    exits: tuple[int, ...]
    code: str = ""  # a message code (or text) the output must contain
    quick: bool = True
    before: list[list[str]] = field(default_factory=list)  # commands run first
    forbidden: tuple[str, ...] = ()  # strings that must not be staged or published
    cleanup: Callable[[Path], None] | None = None


CASES: list[Case] = []


def case(
    name: str,
    exits: tuple[int, ...],
    code: str = "",
    *,
    quick: bool = True,
    before: list[list[str]] | None = None,
    forbidden: tuple[str, ...] = (),
) -> Callable[[Callable[[Path], list[str]]], Callable[[Path], list[str]]]:
    def register(build: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
        CASES.append(Case(name, build, exits, code, quick, before or [], forbidden))
        return build

    return register


def raw(ws: Path) -> Path:
    folder = ws / "raw"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ingest(*extra: str) -> list[str]:
    return ["ingest", "--format", "json", *extra]


def zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return sink.getvalue()


ODT_CONTENT = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    + b"<text:p>Se atendieron 45 mujeres en 2024.</text:p>" * 50
    + b"</office:text></office:body></office:document-content>"
)


def _damage(data: bytes, member: bytes, offset: int = 60) -> bytes:
    """Overwrite bytes inside a member's data (after its local header): bad CRC or deflate."""
    at = data.index(member) + len(member) + offset
    return data[:at] + bytes((b ^ 0x5A) for b in data[at : at + 16]) + data[at + 16 :]


def _odf(mime: str, method: int) -> bytes:
    return zip_bytes(
        {"mimetype": mime.encode(), "content.xml": ODT_CONTENT, "styles.xml": b"<x/>"}, method
    )


# --- documents and text ---------------------------------------------------------------


@case("date-out-of-range", (0,))
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(
        GOOD_REPORT + "El 32 de enero de 2024 se realizaron 7 charlas.\n"
        "Periodo: del 30 de febrero de 2024 al 31 de junio de 2024.\n",
        encoding="utf-8",
    )
    return ingest()


@case("odt-bad-crc", (3,), "office-corrupted")
def _(ws: Path) -> list[str]:
    data = _odf("application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    (raw(ws) / "roto.odt").write_bytes(_damage(data, b"content.xml"))
    return ingest()


@case("odp-bad-deflate", (3,), "office-corrupted")
def _(ws: Path) -> list[str]:
    data = _odf("application/vnd.oasis.opendocument.presentation", zipfile.ZIP_DEFLATED)
    (raw(ws) / "roto.odp").write_bytes(_damage(data, b"content.xml", 5))
    return ingest()


@case("pptx-bad-crc", (3,), "office-corrupted")
def _(ws: Path) -> list[str]:
    from pptx import Presentation

    sink = io.BytesIO()
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Se atendieron 45 mujeres en 2024"
    deck.save(sink)
    (raw(ws) / "roto.pptx").write_bytes(_damage(sink.getvalue(), b"ppt/slides/slide1.xml", 30))
    return ingest()


@case("docx-bad-deflate", (3,), "office-corrupted")
def _(ws: Path) -> list[str]:
    import docx

    document = docx.Document()
    for _ in range(30):
        document.add_paragraph("Se atendieron 45 mujeres en 2024 en la oficina municipal.")
    sink = io.BytesIO()
    document.save(sink)
    (raw(ws) / "roto.docx").write_bytes(_damage(sink.getvalue(), b"word/document.xml", 8))
    return ingest()


def _pdf_with_stream(chunk: bytes, repeat: int) -> bytes:
    packer = zlib.compressobj(9)
    stream = b"".join(packer.compress(chunk) for _ in range(repeat)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@case("pdf-decompression-limit", (0, 3, 4), "pdf", quick=False)
def _(ws: Path) -> list[str]:
    (raw(ws) / "grande.pdf").write_bytes(_pdf_with_stream(b"0 0 m " * 100_000, 600))
    return ingest()


@case("pdf-stream-small-bomb", (0, 3, 4))
def _(ws: Path) -> list[str]:
    (raw(ws) / "grande.pdf").write_bytes(_pdf_with_stream(b"0 0 m " * 100_000, 200))
    return ingest()


@case("file-name-250-chars", (0,))
def _(ws: Path) -> list[str]:
    (raw(ws) / ("informe_" + "x" * 238 + ".txt")).write_text(GOOD_REPORT, encoding="utf-8")
    return ingest()


@case("file-name-not-utf8", (0,))
def _(ws: Path) -> list[str]:
    folder = os.fsencode(raw(ws))
    with open(folder + b"/informe_a\xf1o_2024.txt", "wb") as handle:
        handle.write(GOOD_REPORT.encode("utf-8"))
    return ingest()


@case("symlink-to-dev-zero", (4,), "symlink-outside")
def _(ws: Path) -> list[str]:
    (raw(ws) / "cero.txt").symlink_to("/dev/zero")
    return ingest()


@case("named-dev-zero-followed", (4,), "file-not-regular")
def _(ws: Path) -> list[str]:
    (raw(ws) / "cero.txt").symlink_to("/dev/zero")
    return ingest("--follow-symlinks", str(ws / "raw" / "cero.txt"))


@case("named-dev-urandom", (4,), "file-not-regular")
def _(ws: Path) -> list[str]:
    (raw(ws) / "azar.csv").symlink_to("/dev/urandom")
    return ingest(str(ws / "raw" / "azar.csv"))


@case("fifo", (4,), "file-not-regular")
def _(ws: Path) -> list[str]:
    (raw(ws) / "bueno.txt").write_text(GOOD_REPORT, encoding="utf-8")
    os.mkfifo(raw(ws) / "tuberia.txt")
    return ingest()


@case("symlink-to-etc-passwd", (4,), "symlink-outside", forbidden=("root:x:0:0",))
def _(ws: Path) -> list[str]:
    (raw(ws) / "bueno.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (raw(ws) / "passwd.txt").symlink_to("/etc/passwd")
    return ingest()


@case("symlink-dangling", (3,), "symlink-dangling")
def _(ws: Path) -> list[str]:
    (raw(ws) / "bueno.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (raw(ws) / "nada.txt").symlink_to(ws / "no-existe.txt")
    return ingest()


@case("symlink-loop", (3,), "symlink-loop")
def _(ws: Path) -> list[str]:
    (raw(ws) / "bueno.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (raw(ws) / "a.txt").symlink_to(raw(ws) / "b.txt")
    (raw(ws) / "b.txt").symlink_to(raw(ws) / "a.txt")
    return ingest()


@case("utf32-report", (4,), "encoding-unsupported")
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_bytes(GOOD_REPORT.encode("utf-32"))
    return ingest()


@case("utf32-report-no-bom", (4,), "UTF-32")
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_bytes(GOOD_REPORT.encode("utf-32-le"))
    return ingest()


@case("nul-after-64k", (0,), forbidden=("\x00", "\\u0000"))
def _(ws: Path) -> list[str]:
    filler = "Línea de relleno sin cifras para pasar los primeros 64 KB del archivo.\n" * 1200
    (raw(ws) / "informe.txt").write_text(
        GOOD_REPORT + filler + "Se entregaron 33\x00 kits\x07 de ayuda.\n", encoding="utf-8"
    )
    return ingest()


BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join('*' + chr(97 + i) for _ in range(9))}]"
        for i in range(8)
    ]
)


@case("billion-laughs-meta-yaml", (2,), "metadata-invalid")
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (raw(ws) / "informe.txt.meta.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    return ingest()


@case("billion-laughs-dataset-yaml", (2,), "alias", before=[["ingest"]])
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (ws / "genero-etl.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    return ["publish"]


def _one_line_csv(path: Path, size: int) -> None:
    with open(path, "wb") as handle:
        handle.write(b"a,b\n")
        block = b"x" * (1 << 20)
        for _ in range(size >> 20):
            handle.write(block)
        handle.write(b",1\n")


@case("csv-one-line-5mb", (4,), "text-too-wide")
def _(ws: Path) -> list[str]:
    _one_line_csv(raw(ws) / "linea.csv", 5 << 20)
    return ingest()


@case("csv-one-line-100mb", (4,), "text-too-wide", quick=False)
def _(ws: Path) -> list[str]:
    _one_line_csv(raw(ws) / "linea.csv", 100 << 20)
    return ingest()


@case("csv-10000-columns", (4,), "csv-too-many-columns")
def _(ws: Path) -> list[str]:
    header = ",".join(f"c{i}" for i in range(10_000))
    row = ",".join("1" for _ in range(10_000))
    (raw(ws) / "ancho.csv").write_text(f"{header}\n{row}\n{row}\n", encoding="utf-8")
    return ingest()


@case("text-one-line-19mb", (4,), "text-too-wide", quick=False)
def _(ws: Path) -> list[str]:
    (raw(ws) / "linea.txt").write_bytes(b"Se atendieron 45 mujeres. " * 730_000)
    return ingest()


@case("text-one-line-40kb", (0,))
def _(ws: Path) -> list[str]:
    (raw(ws) / "linea.txt").write_text(
        " ".join(f"Se atendieron {i} mujeres en el barrio {i}." for i in range(1000)),
        encoding="utf-8",
    )
    return ingest("--timeout", "25")


def _lying_zip(members: dict[str, bytes], liar: str, claimed: int) -> bytes:
    """A zip whose central directory claims ``claimed`` bytes for ``liar``."""
    data = bytearray(zip_bytes(members))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo(liar)
    # find this member's central directory record
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + name_length] == liar.encode():
            break
        position += 4
    data[position + 24 : position + 28] = claimed.to_bytes(4, "little")  # uncompressed size
    local = info.header_offset
    data[local + 22 : local + 26] = claimed.to_bytes(4, "little")
    return bytes(data)


@case("docx-member-lies-small", (3, 4), "office-corrupted")
def _(ws: Path) -> list[str]:
    import docx

    document = docx.Document()
    document.add_paragraph("Se atendieron 45 mujeres.")
    sink = io.BytesIO()
    document.save(sink)
    with zipfile.ZipFile(io.BytesIO(sink.getvalue())) as source:
        members = {n: source.read(n) for n in source.namelist()}
    members["word/document.xml"] += b"<!--" + b" " * 50_000_000 + b"-->"
    (raw(ws) / "miente.docx").write_bytes(_lying_zip(members, "word/document.xml", 4096))
    return ingest()


@case("docx-claims-2gb", (4,), "zip-bomb")
def _(ws: Path) -> list[str]:
    members = {"word/document.xml": b"<w/>" * 1000, "[Content_Types].xml": b"<Types/>"}
    (raw(ws) / "bomba.docx").write_bytes(_lying_zip(members, "word/document.xml", 2_000_000_000))
    return ingest()


@case("one-bad-file-in-a-batch", (3,), "office-corrupted")
def _(ws: Path) -> list[str]:
    (raw(ws) / "a_bueno.txt").write_text(GOOD_REPORT, encoding="utf-8")
    data = _odf("application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    (raw(ws) / "b_roto.odt").write_bytes(_damage(data, b"content.xml"))
    (raw(ws) / "c_bueno.txt").write_text(GOOD_REPORT.replace("45", "46"), encoding="utf-8")
    return ingest()


@case("staging-not-writable", (3,), "output-unwritable")
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (ws / ".genero-etl").mkdir()
    (ws / ".genero-etl" / "staging").write_text("un archivo donde va una carpeta")
    return ingest()


def _mount_small(folder: Path, kib: int, *, read_only: bool = False) -> bool:
    """A tmpfs of ``kib`` KiB at ``folder`` (root only); False when it cannot be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={kib}k" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


@case("disk-full-staging", (3,), "output-unwritable")
def _(ws: Path) -> list[str]:
    """ENOSPC on a full tmpfs when it can be mounted; otherwise a file-size limit (EFBIG)."""
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT * 200, encoding="utf-8")
    staging = ws / ".genero-etl" / "staging"
    if _mount_small(staging, 64):
        (staging / "relleno.bin").write_bytes(b"x" * (60 * 1024))
        return ingest()
    return ["--env", "HOSTILE_FSIZE=1024", *ingest()]


def _unmount(ws: Path) -> None:
    subprocess.run(["umount", str(ws / ".genero-etl" / "staging")], capture_output=True)


CASES[-1].cleanup = _unmount


@case("disk-full-published", (3,), "No space left|File too large", before=[["ingest"]])
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    if _mount_small(ws / "published", 32):
        return ["publish"]
    return ["--env", "HOSTILE_FSIZE=2048", "publish"]


def _unmount_published(ws: Path) -> None:
    subprocess.run(["umount", str(ws / "published")], capture_output=True)


CASES[-1].cleanup = _unmount_published


@case("staging-read-only", (3,), "output-unwritable")
def _(ws: Path) -> list[str]:
    """A read-only file system (EROFS) when it can be mounted; otherwise mode 0555."""
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    staging = ws / ".genero-etl" / "staging"
    if not _mount_small(staging, 64, read_only=True):
        _unwritable(staging)
    return ingest()


def _unwritable(folder: Path) -> None:
    """Without a read-only mount: mode 0555, or (root ignores modes) a file in its place."""
    if os.geteuid() == 0:
        folder.rmdir()
        folder.write_text("un archivo donde va una carpeta")
    else:
        folder.chmod(0o555)


CASES[-1].cleanup = _unmount


@case("published-read-only", (3,), "Read-only|Permission|Not a directory", before=[["ingest"]])
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    if not _mount_small(ws / "published", 64, read_only=True):
        _unwritable(ws / "published")
    return ["publish"]


CASES[-1].cleanup = _unmount_published


@case("published-not-writable", (3,), "published", before=[["ingest"]])
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    (ws / "published").write_text("un archivo donde va una carpeta")
    return ["publish"]


@case("stale-raw-file", (6,), "ingest", before=[["ingest"]])
def _(ws: Path) -> list[str]:
    report = raw(ws) / "informe.txt"
    report.write_text(GOOD_REPORT, encoding="utf-8")
    return ["--shell", f"echo 'Se atendieron 99 mujeres.' >> {report}", "publish"]


@case("versions-index-corrupt", (3,), "versions.json", before=[["ingest"], ["publish"]])
def _(ws: Path) -> list[str]:
    (raw(ws) / "informe.txt").write_text(GOOD_REPORT, encoding="utf-8")
    index = ws / "published" / "indicadores-genero" / "versions.json"
    return ["--shell", f"echo '{{broken' > {index}", "publish"]


@case("personal-data-in-a-table", (0,), before=[["ingest"]],
      forbidden=("María Pérez", "30.123.456", "1145678901", "maria@correo.com"))  # fmt: skip
def _(ws: Path) -> list[str]:
    (raw(ws) / "casos.csv").write_text(
        "provincia,descripcion,cantidad\n"
        "Buenos Aires,Víctima: María Pérez DNI 30.123.456,3\n"
        "Buenos Aires,tel 1145678901,4\n"
        "Buenos Aires,maria@correo.com,5\n"
        'Buenos Aires,"=HYPERLINK(""http://x"")",6\n'
        "Buenos Aires,＝1+1,7\n",
        encoding="utf-8",
    )
    return ["publish"]


# --- validate ------------------------------------------------------------------------


def _package(ws: Path, resource: dict[str, object], csv_text: str = "a,b\n1,2\n") -> list[str]:
    (ws / "data.csv").write_text(csv_text, encoding="utf-8")
    package = {"name": "p", "resources": [{"name": "r", "path": "data.csv", **resource}]}
    (ws / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    return ["validate", str(ws / "datapackage.json"), "--format", "json"]


@case("validate-nul-in-path", (3, 4), "")
def _(ws: Path) -> list[str]:
    args = _package(ws, {})
    text = (ws / "datapackage.json").read_text().replace("data.csv", "data\\u0000.csv")
    (ws / "datapackage.json").write_text(text)
    return args


@case("validate-malformed-dialect", (1, 2, 3, 4), "")
def _(ws: Path) -> list[str]:
    return _package(ws, {"dialect": {"delimiter": 5, "header": "yes", "quoteChar": ["x"]}})


@case("validate-dialect-not-object", (1, 2, 3, 4), "")
def _(ws: Path) -> list[str]:
    return _package(ws, {"dialect": "coma"})


@case("validate-keys-wrong-type", (1, 2, 3, 4), "")
def _(ws: Path) -> list[str]:
    schema = {
        "fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}],
        "primaryKey": 5,
        "uniqueKeys": "a",
        "foreignKeys": "b",
    }
    return _package(ws, {"schema": schema})


@case("validate-foreign-keys-items-wrong", (1, 2, 3, 4), "")
def _(ws: Path) -> list[str]:
    schema = {
        "fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}],
        "foreignKeys": [
            5,
            {"fields": 7, "reference": "x"},
            {"fields": "a", "reference": {"resource": 3, "fields": {}}},
        ],
    }
    return _package(ws, {"schema": schema})


@case("validate-catastrophic-pattern", (1,), "")
def _(ws: Path) -> list[str]:
    schema = {"fields": [{"name": "a", "type": "string", "constraints": {"pattern": "(a+)+$"}}]}
    rows = "\n".join("a" * 40 + "!" for _ in range(50))
    return _package(ws, {"schema": schema}, f"a\n{rows}\n")


@case("validate-catastrophic-pattern-unicode", (1,), "")
def _(ws: Path) -> list[str]:
    schema = {"fields": [{"name": "a", "type": "string", "constraints": {"pattern": "(ñ+)+$"}}]}
    rows = "\n".join("ñ" * 40 + "!" for _ in range(50))
    return _package(ws, {"schema": schema}, f"a\n{rows}\n")


@case("validate-enum-50000", (1,), "")
def _(ws: Path) -> list[str]:
    schema = {
        "fields": [
            {
                "name": "a",
                "type": "string",
                "constraints": {"enum": [f"v{i}" for i in range(50_000)]},
            }
        ]
    }
    rows = "\n".join(f"v{i * 7 % 60_000}" for i in range(100_000))
    return _package(ws, {"schema": schema}, f"a\n{rows}\n")


def _validate_bad_cells(ws: Path, fmt: str) -> list[str]:
    schema = {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "string"}]}
    (ws / "schema.json").write_text(json.dumps(schema))
    (ws / "data.csv").write_text(
        'a,b\nx\x01\x02y,ok\n"<img src=x onerror=alert(1)> [l](http://e.vil) @admin\nz",ok\n',
        encoding="utf-8",
    )
    return ["validate", str(ws / "data.csv"), "--schema", str(ws / "schema.json"), "--format", fmt]


@case("validate-junit-control-chars", (1,), "xml-valid")
def _(ws: Path) -> list[str]:
    return _validate_bad_cells(ws, "junit")


@case("validate-markdown-injection", (1,), "markdown-safe")
def _(ws: Path) -> list[str]:
    return _validate_bad_cells(ws, "markdown")


@case("validate-workbook-bomb", (4,), "bomba zip")
def _(ws: Path) -> list[str]:
    members = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b"<worksheet/>",
    }
    (ws / "libro.xlsx").write_bytes(_lying_zip(members, "xl/worksheets/sheet1.xml", 3_000_000_000))
    return ["validate", str(ws / "libro.xlsx"), "--format", "json"]


@case("validate-symlink-to-etc-passwd", (3, 4), "", forbidden=())
def _(ws: Path) -> list[str]:
    (ws / "datos.csv").symlink_to("/etc/passwd")
    return ["validate", str(ws / "datos.csv"), "--format", "json"]


# --- runner --------------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    exit: int
    seconds: float
    peak_mib: float
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


_WRAPPER = (
    "import os, resource, signal, subprocess, sys\n"
    "limit = int(os.environ.pop('HOSTILE_FSIZE', '0'))\n"
    "def cap():\n"
    "    if limit:\n"
    "        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
    "code = subprocess.run(sys.argv[2:], preexec_fn=cap).returncode\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "open(sys.argv[1], 'w').write(str(peak))\n"
    "sys.exit(code if code >= 0 else 128 - code)\n"
)


def _run(
    args: list[str], ws: Path, env: dict[str, str], limit: float
) -> tuple[int, str, float, float]:
    """Run one genero-etl command; (exit, output, seconds, peak MiB). Killed past 2x limits.

    The command runs under a small wrapper process so that its peak memory (the wrapper's
    RUSAGE_CHILDREN) does not inherit the generator's own high-water mark through fork.
    """
    command = [sys.executable, "-m", "genero_etl", *args]
    if args and args[0] != "validate":
        command += ["--workspace", str(ws)]
    with tempfile.TemporaryDirectory() as side, tempfile.TemporaryFile() as out:
        peak_file = Path(side) / "peak"
        wrapped = [sys.executable, "-c", _WRAPPER, str(peak_file), *command]
        code, text, seconds = _watch(wrapped, ws, env, limit, out)
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else _killed_peak
        if code > 128 and not peak_file.exists():
            code = -(code - 128)
        return code, text, seconds, peak


_killed_peak = 2048.0  # what a run killed for its memory or time is counted at


def _watch(
    command: list[str], ws: Path, env: dict[str, str], limit: float, out: Any
) -> tuple[int, str, float]:
    start = time.monotonic()
    child = subprocess.Popen(
        command,
        cwd=ws,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    while child.poll() is None:
        elapsed = time.monotonic() - start
        if elapsed > 2 * limit or _tree_rss_mib(child.pid) > 2 * 1024:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            break
        time.sleep(0.05)
    seconds = time.monotonic() - start
    code = child.returncode
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    return code, text, seconds


def _tree_rss_mib(pid: int) -> float:
    """RSS of the wrapper's children (the genero-etl process)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    return sum(_rss_mib(int(c)) for c in children)


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _consistency(ws: Path, env: dict[str, str]) -> list[str]:
    """Staged records read back with their exact Parquet bytes; no temporary files left."""
    problems = []
    staging = ws / ".genero-etl" / "staging"
    if staging.is_dir():
        leftovers = [p.name for p in staging.iterdir() if p.name.startswith(".")]
        if leftovers:
            problems.append(f"temporary files left in staging: {leftovers[:3]}")
        check = (
            "import sys; from pathlib import Path; from genero_etl.stage import read_staged; "
            "read_staged(Path(sys.argv[1]))"
        )
        done = subprocess.run(
            [sys.executable, "-c", check, str(staging)], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            problems.append(
                "staging does not read back: " + done.stderr.strip().splitlines()[-1][:200]
            )
    published = ws / "published"
    if published.is_dir():
        hidden = [p for p in published.rglob(".*")]
        if hidden:
            problems.append(f"temporary folders left in published: {[p.name for p in hidden][:3]}")
    return problems


def _leaks(ws: Path, forbidden: tuple[str, ...]) -> list[str]:
    """Forbidden strings staged or published, and published CSV cells a spreadsheet would run."""
    import csv

    problems = []
    for folder in (ws / ".genero-etl" / "staging", ws / "published"):
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if not path.is_file() or path.suffix not in {".csv", ".json"}:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            problems += [f"{s!r} in {path.name}" for s in forbidden if s in text]
            if path.suffix == ".csv":
                for row in csv.reader(io.StringIO(text)):
                    risky = [c for c in row if c[:1] in FORMULA_STARTS]
                    problems += [f"formula cell {c[:30]!r} in {path.name}" for c in risky]
    return problems


def _special_checks(case: Case, output: str) -> list[str]:
    if case.code == "xml-valid":
        import xml.etree.ElementTree as ET

        start = output.find("<?xml")
        try:
            ET.fromstring(output[start:].encode("utf-8") if start >= 0 else b"")
        except ET.ParseError as err:
            return [f"JUnit output is not XML: {err}"]
        return []
    if case.code == "markdown-safe":
        bad = [s for s in ("<img", "](http", '\n"', " @admin") if s in output]
        return [f"Markdown carries {bad}"] if bad else []
    if case.code and not re.search(case.code, output):
        return [f"output does not name {case.code!r}"]
    return []


def run_case(case: Case, src: Path, max_seconds: float, max_mib: float) -> Outcome:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENERO_ETL")}
    env["PYTHONPATH"] = str(src)
    env["GENERO_ETL_LOCK_WAIT"] = "5"
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        ws = Path(tmp)
        args = case.build(ws)
        for pre in case.before:
            _run(pre, ws, env, max_seconds)
        run_env = dict(env)
        while args and args[0] in ("--shell", "--env"):
            if args[0] == "--shell":
                subprocess.run(args[1], shell=True, check=True, cwd=ws)
            else:
                key, _, value = args[1].partition("=")
                run_env[key] = value
            args = args[2:]
        try:
            code, output, seconds, peak = _run(args, ws, run_env, max_seconds)
            problems = _check(case, ws, env, code, output, seconds, peak, max_seconds, max_mib)
        finally:
            if case.cleanup is not None:
                case.cleanup(ws)
        for path in ws.rglob("*"):  # let TemporaryDirectory remove a FIFO or a read-only tree
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        return Outcome(case.name, code, seconds, peak, problems)


def _check(
    case: Case,
    ws: Path,
    env: dict[str, str],
    code: int,
    output: str,
    seconds: float,
    peak: float,
    max_seconds: float,
    max_mib: float,
) -> list[str]:
    """Everything a case's run must satisfy; the problems found."""
    problems = []
    if code not in case.exits:
        problems.append(f"exit {code}, expected {case.exits}")
    if code == 70 or "Traceback" in output:
        problems.append("internal error")
    if code < 0:
        problems.append(f"killed (signal {-code})")
    if seconds > max_seconds:
        problems.append(f"{seconds:.1f} s > {max_seconds} s")
    if peak > max_mib:
        problems.append(f"{peak:.0f} MiB > {max_mib} MiB")
    problems += _special_checks(case, output)
    problems += _consistency(ws, env)
    problems += _leaks(ws, case.forbidden)
    if problems:
        problems.append("output: " + output.strip().replace("\n", " | ")[:400])
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run the cases")
    parser.add_argument("--list", action="store_true", help="list the cases")
    parser.add_argument("--quick", action="store_true", help="only the quick cases (CI)")
    parser.add_argument("--only", default="", help="only cases whose name contains this")
    parser.add_argument("--src", default=str(ROOT / "src"), help="genero_etl sources to run")
    parser.add_argument("--max-seconds", type=float, default=30.0)
    parser.add_argument("--max-mib", type=float, default=1024.0)
    parser.add_argument("--json", default="", help="write the outcomes here")
    args = parser.parse_args(argv)
    chosen = [c for c in CASES if (c.quick or not args.quick) and args.only in c.name]
    if args.list or not args.run:
        for c in chosen:
            print(f"{c.name:36} exits {c.exits} {c.code}{'' if c.quick else '  (full only)'}")
        return 0
    outcomes = []
    for c in chosen:
        outcome = run_case(c, Path(args.src), args.max_seconds, args.max_mib)
        outcomes.append(outcome)
        mark = "ok  " if outcome.ok else "FAIL"
        print(
            f"{mark} {c.name:36} exit {outcome.exit:3} {outcome.seconds:6.1f} s {outcome.peak_mib:7.0f} MiB",
            flush=True,
        )
        for problem in outcome.problems:
            print(f"       {problem}", flush=True)
    failed = [o for o in outcomes if not o.ok]
    summary = {
        "cases": len(outcomes),
        "passed": len(outcomes) - len(failed),
        "exit_70": sum(o.exit == 70 for o in outcomes),
        "over_time": sum(o.seconds > args.max_seconds or o.exit == -9 for o in outcomes),
        "over_memory": sum(o.peak_mib > args.max_mib for o in outcomes),
    }
    print(f"{summary['passed']} passed, {len(failed)} failed")
    print(json.dumps(summary))
    if args.json:
        Path(args.json).write_text(
            json.dumps([o.__dict__ for o in outcomes], indent=1, ensure_ascii=False),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
