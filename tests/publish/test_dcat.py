"""DCAT-AR data.json: stable identifiers, dates kept, coverage from the data, and
pydatajson's own validator (the profile's reference implementation)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from genero_etl.publish.build import Coverage, Release
from genero_etl.publish.portals.dcat import (
    SUPER_THEME_TAXONOMY,
    catalog,
    dataset_entry,
    dataset_identifier,
    first_issued,
    rebase,
    theme_taxonomy,
)
from genero_etl.workspace import DatasetConfig

SCHEMA = {"fields": [{"name": "value", "type": "number", "description": "Valor."}]}


def release(**config: object) -> Release:
    package = {
        "created": "2026-03-01T00:00:00Z",
        "resources": [
            {
                "name": "observations",
                "path": "data/observations.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "title": "Observaciones",
                "description": "Una fila por valor.",
                "bytes": 10,
                "hash": "sha256:ab",
                "schema": SCHEMA,
            }
        ],
    }
    settings: dict[str, object] = {"publisher": "Observatorio", "contact_email": "o@x.org"}
    settings.update(config)
    return Release(
        DatasetConfig(**settings),  # type: ignore[arg-type]
        "1.2.0",
        package,
        Coverage("2023-01-01", "2024-12-31", ("AR",), ("AR-B",), ("atencion",)),
        issued="2025-01-01T00:00:00Z",
        modified="2026-03-01T00:00:00Z",
    )


def test_identifier_is_a_uuid5_of_the_name_stable_across_versions() -> None:
    ident = dataset_identifier("indicadores-genero")
    assert ident == str(uuid.uuid5(uuid.NAMESPACE_URL, "genero-etl:dataset:indicadores-genero"))
    assert uuid.UUID(ident).version == 5
    assert dataset_identifier("otro") != ident
    assert dataset_entry(release())["identifier"] == ident


def test_entry_fields_follow_the_profile() -> None:
    entry = dataset_entry(release(base_url="https://datos.example.org/g/"))
    assert entry["language"] == ["spa"]
    assert (entry["issued"], entry["modified"]) == ("2025-01-01T00:00:00Z", "2026-03-01T00:00:00Z")
    assert entry["temporal"] == "2023-01-01/2024-12-31"
    assert entry["spatial"] == ["AR-B"]
    assert entry["theme"] == ["atencion"]
    assert entry["superTheme"] == ["SOCI", "JUST"]
    assert entry["publisher"] == {"name": "Observatorio", "mbox": "o@x.org"}
    assert entry["landingPage"] == "https://datos.example.org/g/indicadores-genero/"
    assert entry["license"] == "Creative Commons Attribution 4.0"
    dist = entry["distribution"][0]
    assert dist["downloadURL"] == (
        "https://datos.example.org/g/indicadores-genero/1.2.0/data/observations.csv"
    )
    assert (dist["fileName"], dist["mediaType"], dist["format"]) == (
        "observations.csv",
        "text/csv",
        "CSV",
    )
    assert dist["field"] == [{"title": "value", "type": "number", "description": "Valor."}]
    assert "fields" not in dist


def test_relative_urls_are_rebased_for_the_stable_catalogue() -> None:
    entry = dataset_entry(release())
    assert entry["distribution"][0]["downloadURL"] == "data/observations.csv"
    moved = rebase(entry, "indicadores-genero/1.2.0/")
    assert moved["distribution"][0]["downloadURL"] == (
        "indicadores-genero/1.2.0/data/observations.csv"
    )
    assert entry["distribution"][0]["downloadURL"] == "data/observations.csv"  # copy


def test_catalogue_carries_taxonomies() -> None:
    body = catalog([dataset_entry(release())], {"name": "Obs", "mbox": "o@x.org"}, "https://x.org")
    assert body["superThemeTaxonomy"] == SUPER_THEME_TAXONOMY
    assert body["themeTaxonomy"] == [
        {
            "id": "atencion",
            "label": "Atención",
            "description": "Atenciones, consultas, acompañamientos y derivaciones a personas "
            "en situación de violencia.",
        }
    ]
    assert (body["issued"], body["homepage"], body["spatial"]) == (
        "2025-01-01T00:00:00Z",
        "https://x.org",
        ["AR-B"],
    )
    assert theme_taxonomy(["tema_nuevo"]) == [
        {"id": "tema_nuevo", "label": "Tema nuevo", "description": "Tema nuevo"}
    ]


def test_first_issued_comes_from_versions_json(tmp_path: Path) -> None:
    assert first_issued(tmp_path, "2026-01-01T00:00:00Z") == "2026-01-01T00:00:00Z"
    (tmp_path / "versions.json").write_text(
        json.dumps(
            {"versions": [{"version": "1.0.0", "created": "2025-05-01T00:00:00Z"},
                          {"version": "1.1.0", "created": "2025-09-01T00:00:00Z"}]}
        ),
        encoding="utf-8",
    )  # fmt: skip
    assert first_issued(tmp_path, "2026-01-01T00:00:00Z") == "2025-05-01T00:00:00Z"


def pydatajson_report(path: Path) -> tuple[bool, dict[str, object], dict[str, float]]:
    """pydatajson's validation of a data.json and its field-use scores."""
    try:
        from pydatajson.core import DataJson
    except ImportError as err:  # a dev dependency: `make install` installs it
        pytest.fail(f"pydatajson is not installed ({err}); run `make install`")
    catalog = DataJson(str(path))
    report = catalog.validate_catalog(only_errors=True)
    indicators = catalog.generate_catalogs_indicators([str(path)])[1]
    scores = {k: v for k, v in indicators.items() if k.startswith("campos_")}
    return catalog.is_valid_catalog(), report, scores


@pytest.mark.filterwarnings("ignore:jsonschema.RefResolver is deprecated:DeprecationWarning")
def test_published_catalogues_pass_pydatajson(
    staged_ws: Path, configure: Callable[..., None]
) -> None:
    from genero_etl.publish.package import publish
    from genero_etl.workspace import Workspace

    configure(staged_ws, extra="  base_url: https://datos.example.org/genero\n")
    ws = Workspace(staged_ws)
    publish(ws)
    result = publish(ws, force=True)
    for path in (ws.published / "data.json", result.path / "data.json"):
        valid, report, scores = pydatajson_report(path)
        assert valid, json.dumps(report, ensure_ascii=False)[:2000]
        assert report["status"] == "OK"
        assert scores["campos_recomendados_pct"] == 1.0
        assert scores["campos_optativos_pct"] >= 0.65
