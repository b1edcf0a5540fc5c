"""publish(): versions never overwritten, the stable catalogue, dates kept, portals' files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from genero_etl.errors import OutputConflict
from genero_etl.publish.package import publish
from genero_etl.publish.portals.dcat import dataset_identifier
from genero_etl.workspace import Workspace


def read(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


def test_without_publisher_no_data_json_and_a_clear_warning(staged_ws: Path) -> None:
    ws = Workspace(staged_ws)
    result = publish(ws)
    assert not (result.path / "data.json").exists()
    assert not (ws.published / "data.json").exists()
    assert (result.path / "ckan.json").is_file()
    [notice] = [n for n in result.notices if n.code == "dcat-publisher-missing"]
    assert "dataset.publisher, dataset.contact_email" in notice.message_en


def test_two_versions_one_identifier_first_issued_kept(
    staged_ws: Path, configure: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(staged_ws)
    ws = Workspace(staged_ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    first = publish(ws)
    assert [n.code for n in first.notices] == ["dcat-no-base-url", "catalogue-written"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1769904000")  # 2026-02-01
    second = publish(ws, force=True)
    assert (first.version, second.version) == ("1.0.0", "1.1.0")
    one = read(first.path / "data.json")["dataset"][0]
    two = read(second.path / "data.json")["dataset"][0]
    assert one["identifier"] == two["identifier"] == dataset_identifier("indicadores-genero")
    assert (one["issued"], one["modified"]) == ("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
    assert (two["issued"], two["modified"]) == ("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")
    assert two["temporal"] == "2022-01-01/2024-12-31"
    assert "AR-B" in two["spatial"] and "CL-VS" in two["spatial"]
    # the stable catalogue lists the latest version, with URLs relative to published/
    stable = read(ws.published / "data.json")
    [entry] = stable["dataset"]
    assert entry["version"] == "1.1.0"
    assert entry["distribution"][0]["downloadURL"] == (
        "indicadores-genero/1.1.0/data/observations.csv"
    )
    index = read(ws.published / "indicadores-genero" / "versions.json")
    assert [v["version"] for v in index["versions"]] == ["1.0.0", "1.1.0"]


def test_stable_catalogue_holds_every_dataset(
    staged_ws: Path, configure: Callable[..., None]
) -> None:
    configure(staged_ws, extra="  base_url: https://datos.example.org/g\n")
    ws = Workspace(staged_ws)
    publish(ws)
    publish(ws, "otro-conjunto")
    publish(ws, force=True)
    stable = read(ws.published / "data.json")
    assert [(d["title"], d["version"]) for d in stable["dataset"]] == [
        ("Indicadores de las oficinas municipales de género", "1.1.0"),
        ("Indicadores de las oficinas municipales de género", "1.0.0"),
    ]
    urls = [d["distribution"][0]["downloadURL"] for d in stable["dataset"]]
    assert urls == [
        "https://datos.example.org/g/indicadores-genero/1.1.0/data/observations.csv",
        "https://datos.example.org/g/otro-conjunto/1.0.0/data/observations.csv",
    ]
    assert len({d["identifier"] for d in stable["dataset"]}) == 2


def test_existing_version_is_never_overwritten_and_no_temp_left(staged_ws: Path) -> None:
    ws = Workspace(staged_ws)
    first = publish(ws, version="2.0.0")
    before = (first.path / "datapackage.json").read_bytes()
    with pytest.raises(OutputConflict):
        publish(ws, version="2.0.0")
    assert (first.path / "datapackage.json").read_bytes() == before
    assert sorted(p.name for p in (ws.published / "indicadores-genero").iterdir()) == [
        "2.0.0",
        "versions.json",
    ]


def test_ckan_json_maps_licence_and_people(staged_ws: Path, configure: Callable[..., None]) -> None:
    configure(staged_ws, extra="  homepage: https://observatorio.example.org\n")
    result = publish(Workspace(staged_ws))
    body = read(result.path / "ckan.json")
    assert body["license_id"] == "cc-by"
    assert (body["author"], body["author_email"], body["url"]) == (
        "Observatorio de Género de la Provincia",
        "datos@observatorio.example.org",
        "https://observatorio.example.org",
    )
    assert body["owner_org"] == "observatorio-genero"
    assert [r["name"] for r in body["resources"]][:2] == ["observations", "observations-parquet"]
    assert body["resources"][0]["url"] == "data/observations.csv"


def test_published_package_still_validates_with_frictionless(staged_ws: Path) -> None:
    from frictionless import validate

    result = publish(Workspace(staged_ws))
    report = validate(str(result.path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])[:5]
