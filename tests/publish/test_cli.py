"""The publish and push commands and the shell niceties: -h, completion, --quiet /
--verbose, unknown keys in genero-etl.yaml, push's exit codes without a portal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genero_etl.cli.app import app
from genero_etl.errors import ExitCode, UsageError
from genero_etl.workspace import Workspace

runner = CliRunner()


def test_dash_h_is_help_everywhere() -> None:
    for args in (["-h"], ["push", "-h"], ["publish", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, args
        assert "--help" in result.output and "-h" in result.output
    assert "--dry-run" in runner.invoke(app, ["push", "-h"]).output


def test_shell_completion_is_offered() -> None:
    output = runner.invoke(app, ["--help"]).output
    assert "--install-completion" in output and "--show-completion" in output


def test_quiet_and_verbose(staged_ws: Path, configure: Callable[..., None]) -> None:
    configure(staged_ws)
    quiet = runner.invoke(app, ["--quiet", "publish", "-w", str(staged_ws)])
    assert quiet.exit_code == 0
    assert quiet.output == ""
    verbose = runner.invoke(app, ["--verbose", "publish", "--force", "-w", str(staged_ws)])
    assert verbose.exit_code == 0
    assert "Publicado indicadores-genero 1.1.0" in verbose.output
    assert "Catálogo DCAT-AR de 1 conjunto(s) en published/data.json" in verbose.output
    normal = runner.invoke(app, ["publish", "--force", "-w", str(staged_ws)])
    assert "Catálogo DCAT-AR" not in normal.output  # an info line: only with --verbose
    assert "dataset.base_url" in normal.output  # a warning: shown
    failed = runner.invoke(app, ["-q", "publish", "-w", str(staged_ws), "--version", "1.0.0"])
    assert failed.exit_code == ExitCode.OUTPUT_CONFLICT
    assert failed.output.startswith("error: La versión '1.0.0' ya está publicada")


@pytest.mark.parametrize(
    ("yaml", "key", "suggestion"),
    [
        ("dataset:\n  publisehr: X\n", "dataset.publisehr", "dataset.publisher"),
        ("publisehr: X\n", "dataset.publisehr", "dataset.publisher"),
        ("dataset: {}\nckan:\n  ulr: http://x\n", "ckan.ulr", "ckan.url"),
        ("datset:\n  name: x\n", "dataset.datset", "dataset.dataset"),
    ],
)
def test_unknown_keys_name_the_closest_known_one(
    tmp_path: Path, yaml: str, key: str, suggestion: str
) -> None:
    (tmp_path / "genero-etl.yaml").write_text(yaml, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        Workspace(tmp_path).dataset()
    if err.value.code == "config-unknown-key-close":
        assert (err.value.params["key"], err.value.params["suggestion"]) == (key, suggestion)
    else:  # nothing close: every known key is listed
        assert err.value.params["key"] == key
        assert "publisher" in str(err.value.params["known"])


def test_unknown_key_exit_code_and_message(staged_ws: Path) -> None:
    (staged_ws / "genero-etl.yaml").write_text("dataset:\n  base_ulr: x\n", encoding="utf-8")
    result = runner.invoke(app, ["publish", "-w", str(staged_ws), "--lang", "en"])
    assert result.exit_code == ExitCode.USAGE
    assert (
        "Unknown key 'dataset.base_ulr' in genero-etl.yaml: did you mean 'dataset.base_url'?"
        in (result.output)
    )


def test_push_without_portal_settings(
    staged_ws: Path, configure: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CKAN_URL", raising=False)
    monkeypatch.delenv("CKAN_API_TOKEN", raising=False)
    configure(staged_ws)
    ws = ["-w", str(staged_ws), "--lang", "en"]
    result = runner.invoke(app, ["push", "ckan", *ws])
    assert result.exit_code == ExitCode.USAGE and "CKAN_URL" in result.output
    monkeypatch.setenv("CKAN_URL", "http://127.0.0.1:9")
    result = runner.invoke(app, ["push", "ckan", *ws])
    assert result.exit_code == ExitCode.USAGE and "CKAN_API_TOKEN" in result.output
    monkeypatch.setenv("CKAN_API_TOKEN", "secret-token")
    result = runner.invoke(app, ["push", "ckan", *ws])
    assert result.exit_code == ExitCode.INPUT_UNREADABLE  # nothing published yet
    assert runner.invoke(app, ["publish", "-w", str(staged_ws)]).exit_code == 0
    result = runner.invoke(app, ["push", "ckan", *ws])
    assert result.exit_code == ExitCode.PORTAL_UNREACHABLE == 22
    assert "Could not connect to http://127.0.0.1:9" in result.output
    assert "secret-token" not in result.output
    assert runner.invoke(app, ["push", "dcat", *ws]).exit_code == ExitCode.USAGE
    assert runner.invoke(app, ["push", "nada", *ws]).exit_code == ExitCode.USAGE


def test_push_needs_an_organisation(staged_ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CKAN_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("CKAN_API_TOKEN", "t")
    result = runner.invoke(app, ["push", "ckan", "-w", str(staged_ws), "--lang", "en"])
    assert result.exit_code == ExitCode.USAGE
    assert "dataset.owner_org" in result.output


def test_the_mit_license_ships_in_the_wheel() -> None:
    import tomllib

    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (project["license"], project["license-files"]) == ("MIT", ["LICENSE"])
    assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
