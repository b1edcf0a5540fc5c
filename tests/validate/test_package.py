"""Data packages: every resource, foreign keys between resources, hash/bytes, refused paths."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from genero_etl.errors import ExitCode
from genero_etl.validate.api import Options, validate_paths
from genero_etl.validate.errors import UnsupportedInput

INDICATORS = "indicator_id,label\nviolencia_1,Denuncias\ncap_2,Capacitaciones\n"
OBS = "obs_id,indicator_id,value\n1,violencia_1,10\n2,cap_9,5\n3,,1\n4,violencia_1,x\n"


def _package(tmp_path: Path, **overrides: Any) -> Path:
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "indicators.csv").write_text(INDICATORS, encoding="utf-8")
    (tmp_path / "data" / "obs.csv").write_text(OBS, encoding="utf-8")
    descriptor: dict[str, Any] = {
        "name": "prueba",
        "resources": [
            {
                "name": "indicators",
                "path": "data/indicators.csv",
                "schema": {
                    "fields": [
                        {"name": "indicator_id", "type": "string"},
                        {"name": "label", "type": "string"},
                    ],
                    "primaryKey": ["indicator_id"],
                },
            },
            {
                "name": "obs",
                "path": "data/obs.csv",
                "schema": {
                    "fields": [
                        {"name": "obs_id", "type": "integer"},
                        {"name": "indicator_id", "type": "string"},
                        {"name": "value", "type": "number"},
                    ],
                    "primaryKey": ["obs_id"],
                    "foreignKeys": [
                        {
                            "fields": ["indicator_id"],
                            "reference": {"resource": "indicators", "fields": ["indicator_id"]},
                        }
                    ],
                },
            },
        ],
    }
    descriptor.update(overrides)
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return path


def _frictionless(package: Path) -> Counter[tuple[str, Any, Any]]:
    from frictionless import Package

    report = Package(str(package.name), basepath=str(package.parent)).validate(limit_errors=10**6)
    out: Counter[tuple[str, Any, Any]] = Counter()
    for task in report.tasks:
        for e in task.errors:
            out[(e.type, getattr(e, "row_number", None), task.name)] += 1
    return out


def _ours(package: Path) -> Counter[tuple[str, Any, Any]]:
    report = validate_paths([package], Options(rules=False))
    return Counter((f.type, f.row, f.resource) for f in report.findings if f.severity == "error")


def test_foreign_key_between_resources_matches_frictionless(tmp_path: Path) -> None:
    package = _package(tmp_path)
    ours = _ours(package)
    assert ours == _frictionless(package)
    assert ours[("foreign-key", 3, "obs")] == 1
    assert ours[("type-error", 5, "obs")] == 1


def test_hash_and_bytes_are_checked(tmp_path: Path) -> None:
    package = _package(tmp_path)
    descriptor = json.loads(package.read_text())
    data = (tmp_path / "data" / "indicators.csv").read_bytes()
    descriptor["resources"][0]["hash"] = "sha256:" + "0" * 64
    descriptor["resources"][0]["bytes"] = len(data) + 1
    descriptor["resources"][1]["hash"] = (
        "sha256:" + hashlib.sha256((tmp_path / "data" / "obs.csv").read_bytes()).hexdigest()
    )
    package.write_text(json.dumps(descriptor))
    ours = _ours(package)
    assert ours[("hash-count", None, "indicators")] == 1
    assert ours[("byte-count", None, "indicators")] == 1
    assert ours[("hash-count", None, "obs")] == 0
    theirs = _frictionless(package)
    assert theirs[("hash-count", None, "indicators")] == 1
    assert theirs[("byte-count", None, "indicators")] == 1


@pytest.mark.parametrize(
    "target", ["../fuera.csv", "/etc/passwd", "https://example.org/x.csv", "data/../../fuera.csv"]
)
def test_paths_outside_the_package_are_refused_unread(tmp_path: Path, target: str) -> None:
    package_dir = tmp_path / "pkg"
    package_dir.mkdir()
    package = _package(package_dir)
    descriptor = json.loads(package.read_text())
    descriptor["resources"][1]["path"] = target
    package.write_text(json.dumps(descriptor))
    with pytest.raises(UnsupportedInput) as caught:
        validate_paths([package], Options(rules=False))
    assert caught.value.exit_code == ExitCode.UNSUPPORTED_INPUT
    assert caught.value.code == "path-refused"
    assert target in caught.value.message("es")


def test_symlink_escaping_the_package_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secreto.csv"
    outside.write_text("a\n1\n")
    package_dir = tmp_path / "pkg"
    package_dir.mkdir()
    package = _package(package_dir)
    (package_dir / "link.csv").symlink_to(outside)
    descriptor = json.loads(package.read_text())
    descriptor["resources"][1]["path"] = "link.csv"
    package.write_text(json.dumps(descriptor))
    with pytest.raises(UnsupportedInput):
        validate_paths([package], Options(rules=False))


def test_inline_data_resource(tmp_path: Path) -> None:
    package = tmp_path / "datapackage.json"
    package.write_text(
        json.dumps(
            {
                "resources": [
                    {
                        "name": "inline",
                        "data": [["a", "b"], [1, "x"], ["y", "z"]],
                        "schema": {
                            "fields": [
                                {"name": "a", "type": "integer"},
                                {"name": "b", "type": "string"},
                            ]
                        },
                    }
                ]
            }
        )
    )
    report = validate_paths([package], Options(rules=False))
    assert [(f.type, f.row, f.field) for f in report.findings] == [("type-error", 3, "a")]


def test_folder_with_package_uses_it(tmp_path: Path) -> None:
    _package(tmp_path)
    report = validate_paths([tmp_path], Options(rules=False))
    assert {fr.resource for fr in report.files} == {"indicators", "obs"}


def test_bare_file_inside_package_uses_declared_schema(tmp_path: Path) -> None:
    _package(tmp_path)
    report = validate_paths([tmp_path / "data" / "obs.csv"], Options(rules=False))
    assert report.files[0].schema.endswith("obs")
    assert ("type-error", 5) in [(f.type, f.row) for f in report.findings]


def test_schema_file_and_composite_foreign_key(tmp_path: Path) -> None:
    (tmp_path / "lugares.csv").write_text("pais,codigo\nMX,14039\nAR,06497\n")
    (tmp_path / "valores.csv").write_text("pais,codigo,valor\nMX,14039,1\nAR,14039,2\nAR,,3\n")
    (tmp_path / "lugares.schema.json").write_text(
        json.dumps(
            {"fields": [{"name": "pais"}, {"name": "codigo"}], "primaryKey": ["pais", "codigo"]}
        )
    )
    package = tmp_path / "datapackage.json"
    package.write_text(
        json.dumps(
            {
                "resources": [
                    {"name": "lugares", "path": "lugares.csv", "schema": "lugares.schema.json"},
                    {
                        "name": "valores",
                        "path": "valores.csv",
                        "schema": {
                            "fields": [
                                {"name": "pais", "type": "string"},
                                {"name": "codigo", "type": "string"},
                                {"name": "valor", "type": "integer"},
                            ],
                            "foreignKeys": [
                                {
                                    "fields": ["pais", "codigo"],
                                    "reference": {
                                        "resource": "lugares",
                                        "fields": ["pais", "codigo"],
                                    },
                                }
                            ],
                        },
                    },
                ]
            }
        )
    )
    ours = _ours(package)
    assert ours == _frictionless(package)
    assert ours == Counter({("foreign-key", 3, "valores"): 1, ("foreign-key", 4, "valores"): 1})
