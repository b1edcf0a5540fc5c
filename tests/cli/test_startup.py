"""Start-up: `validate` runs without importing pandas (pyarrow would import it for nothing),
with the same findings; `--help` does not import the heavy libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
RUN = """
import sys
sys.argv = ["genero-etl", *sys.argv[1:]]
from genero_etl.cli.main import main
try:
    main()
except SystemExit as done:
    code = done.code
heavy = sorted(m for m in ("pandas", "pyarrow", "numpy") if m in sys.modules)
print("IMPORTED", ",".join(heavy), file=sys.stderr)
slow = ("typer", "pydantic", "numpy.ma", "yaml", "xml.sax", "rich")
print("STARTUP", ",".join(sorted(m for m in slow if m in sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-c", RUN, *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_validate_finds_errors_without_pandas(tmp_path: Path) -> None:
    (tmp_path / "small.csv").write_text(
        "id,municipio,valor,fecha\n1,09001,1.5,2024-01-01\n2,9002,-3,2024-13-01\n1,09003,2,\n",
        encoding="utf-8",
    )
    schema = {
        "fields": [
            {"name": "id", "type": "integer"},
            {"name": "municipio", "type": "string", "constraints": {"pattern": "[0-9]{5}"}},
            {"name": "valor", "type": "number", "constraints": {"minimum": 0}},
            {"name": "fecha", "type": "date"},
        ],
        "primaryKey": ["id"],
    }
    (tmp_path / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    done = _run("validate", "small.csv", "--schema", "schema.json", "-f", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    found = {(e["code"], e["row"], e["field"]) for e in json.loads(done.stdout)["errors"]}
    assert found == {
        ("constraint-pattern", 3, "municipio"),
        ("constraint-minimum", 3, "valor"),
        ("type-error", 3, "fecha"),
        ("primary-key", 4, "id"),
    }
    assert "IMPORTED numpy,pyarrow\n" in done.stderr  # pandas refused, not needed
    # the quick path: no typer (nor the pydantic it builds options with), no numpy.ma (only
    # pa.array of a numpy array asks for it), no YAML rules for a table they do not apply to
    assert "STARTUP \n" in done.stderr


def test_help_imports_no_data_library(tmp_path: Path) -> None:
    done = _run("--help", cwd=tmp_path)
    assert done.returncode == 0 and "validate" in done.stdout
    assert "IMPORTED \n" in done.stderr
