"""The CKAN mapping and push plan, without a server: licences, fields, resources, the
diff that decides what a push changes, and the checks made before anything is sent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from genero_etl.errors import ExitCode, InputUnreadable, UsageError
from genero_etl.publish.build import Coverage, Release
from genero_etl.publish.package import publish
from genero_etl.publish.portals.ckan import license_id, package_fields, resource_specs
from genero_etl.publish.portals.ckan_push import credentials, load_release, plan
from genero_etl.workspace import DatasetConfig, Workspace


@pytest.mark.parametrize(
    ("name", "ckan"),
    [
        ("CC-BY-4.0", "cc-by"),
        ("cc-by-sa-4.0", "cc-by-sa"),
        ("ODbL-1.0", "odc-odbl"),
        ("CC0-1.0", "cc-zero"),
        ("PDDL-1.0", "odc-pddl"),
        ("odc-odbl", "odc-odbl"),
    ],
)
def test_licences_map_to_ckan_ids(name: str, ckan: str) -> None:
    assert license_id(name) == (ckan, [])


def test_unknown_licence_is_sent_as_is_with_a_warning() -> None:
    found, [notice] = license_id("Licencia-Propia")
    assert found == "Licencia-Propia"
    assert notice.code == "ckan-license-unknown"


def _release(**config: object) -> Release:
    settings: dict[str, object] = {
        "publisher": "Observatorio",
        "contact_email": "o@x.org",
        "owner_org": "obs",
        "keywords": ["género", "violencia de género"],
    }
    settings.update(config)
    package = {
        "resources": [
            {"name": "observations", "path": "data/observations.csv", "format": "csv",
             "mediatype": "text/csv", "title": "Obs", "description": "Filas", "bytes": 5,
             "hash": "sha256:aa", "schema": {"fields": [{"name": "value", "type": "number"}]}},
            {"name": "observations-parquet", "path": "data/observations.parquet",
             "format": "parquet", "mediatype": "application/vnd.apache.parquet", "title": "Obs",
             "description": "Filas", "bytes": 7, "hash": "sha256:bb"},
        ]
    }  # fmt: skip
    return Release(
        DatasetConfig(**settings),  # type: ignore[arg-type]
        "1.1.0",
        package,
        Coverage("2023-01-01", "2024-12-31", ("AR",), ("AR-B", "AR-X"), ("atencion",)),
        "2025-01-01T00:00:00Z",
        "2026-01-01T00:00:00Z",
        {"datapackage.json": (99, "cc")},
    )


def test_package_fields_carry_people_dates_and_coverage() -> None:
    fields, notices = package_fields(_release(maintainer="Mesa de datos"))
    assert notices == []
    assert (fields["author"], fields["author_email"]) == ("Observatorio", "o@x.org")
    assert (fields["maintainer"], fields["maintainer_email"]) == ("Mesa de datos", "o@x.org")
    assert (fields["version"], fields["license_id"], fields["owner_org"]) == (
        "1.1.0",
        "cc-by",
        "obs",
    )
    assert fields["tags"] == [{"name": "género"}, {"name": "violencia de género"}]
    extras = {e["key"]: e["value"] for e in fields["extras"]}
    assert extras["temporal_start"] == "2023-01-01" and extras["temporal_end"] == "2024-12-31"
    assert extras["spatial_text"] == "AR-B, AR-X"
    assert extras["issued"] == "2025-01-01T00:00:00Z"
    assert extras["language"] == "spa" and extras["frequency"] == "anual"


def test_resources_attach_the_schema_and_the_data_dictionary() -> None:
    specs = resource_specs(_release())
    assert [s["name"] for s in specs] == ["observations", "observations-parquet", "datapackage"]
    assert json.loads(specs[0]["schema"]) == {"fields": [{"name": "value", "type": "number"}]}
    assert "schema" not in specs[1]
    assert (specs[2]["format"], specs[2]["hash"], specs[2]["size"]) == ("JSON", "sha256:cc", 99)
    assert all("url" not in s for s in specs)  # uploaded, not linked
    linked = resource_specs(_release(base_url="https://d.org/g/"))
    assert linked[0]["url"] == "https://d.org/g/indicadores-genero/1.1.0/data/observations.csv"


def _on_portal(fields: dict, specs: list[dict]) -> dict:  # type: ignore[type-arg]
    """What package_show answers once this exact version has been pushed (uploads)."""
    return {
        **{k: v for k, v in fields.items() if k != "owner_org"},
        "id": "pkg-1",
        "state": "active",
        "organization": {"name": fields["owner_org"]},
        "resources": [
            {**{k: v for k, v in s.items() if k != "path"}, "id": f"res-{i}",
             "url_type": "upload", "url": "http://x/download/f"}
            for i, s in enumerate(specs)
        ],
    }  # fmt: skip


def test_plan_of_a_new_dataset_creates_everything() -> None:
    fields, _ = package_fields(_release())
    work = plan(None, fields, resource_specs(_release()))
    assert work.action == "create"
    assert set(work.resources.values()) == {"create"}
    assert "version" in work.changes


def test_plan_of_the_same_version_changes_nothing() -> None:
    fields, _ = package_fields(_release())
    specs = resource_specs(_release())
    work = plan(_on_portal(fields, specs), fields, specs)
    assert (work.action, work.changes) == ("unchanged", [])
    assert work.ids == {"observations": "res-0", "observations-parquet": "res-1",
                        "datapackage": "res-2"}  # fmt: skip


def test_plan_of_a_new_version_updates_changed_files_in_place() -> None:
    fields, _ = package_fields(_release())
    specs = resource_specs(_release())
    current = _on_portal(fields, specs)
    newer = _release()
    newer.version = "1.2.0"
    newer.package["resources"][0]["hash"] = "sha256:new"
    new_fields, _ = package_fields(newer)
    work = plan(current, new_fields, resource_specs(newer))
    assert work.action == "update"
    assert work.changes == ["version"]
    assert work.resources == {
        "observations": "update",
        "observations-parquet": "unchanged",
        "datapackage": "unchanged",
    }
    assert work.ids["observations"] == "res-0"  # the same resource, so links survive


def test_a_draft_left_by_an_interrupted_push_is_finished() -> None:
    fields, _ = package_fields(_release())
    specs = resource_specs(_release())
    current = _on_portal(fields, specs)
    current["state"] = "draft"
    work = plan(current, fields, specs)
    assert (work.action, work.changes, work.draft) == ("update", ["state"], True)


def test_credentials_come_from_env_or_config_never_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CKAN_URL", raising=False)
    monkeypatch.delenv("CKAN_API_TOKEN", raising=False)
    ws = Workspace(tmp_path)
    with pytest.raises(UsageError) as err:
        credentials(ws, dry_run=False)
    assert err.value.code == "ckan-url-missing" and err.value.exit_code == ExitCode.USAGE
    (tmp_path / "genero-etl.yaml").write_text("ckan:\n  url: https://p.org/\n", encoding="utf-8")
    assert credentials(ws, dry_run=True) == ("https://p.org", "")
    with pytest.raises(UsageError) as err:
        credentials(ws, dry_run=False)
    assert err.value.code == "ckan-token-missing"
    monkeypatch.setenv("CKAN_API_TOKEN", "t0k")
    monkeypatch.setenv("CKAN_URL", "http://127.0.0.1:9")
    assert credentials(ws, dry_run=False) == ("http://127.0.0.1:9", "t0k")


def test_load_release_checks_every_file_against_its_hash(
    staged_ws: Path, configure: Callable[..., None]
) -> None:
    configure(staged_ws)
    ws = Workspace(staged_ws)
    result = publish(ws)
    release, folder = load_release(ws, ws.dataset(), None)
    assert (release.version, folder) == ("1.0.0", result.path)
    assert release.coverage.start == "2022-01-01"
    assert release.files["data/observations.csv"] == result.files["data/observations.csv"]
    with (folder / "data" / "sources.csv").open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(InputUnreadable) as err:
        load_release(ws, ws.dataset(), None)
    assert err.value.code == "push-file-mismatch"
    assert err.value.path == "published/indicadores-genero/1.0.0/data/sources.csv"
    with pytest.raises(InputUnreadable) as err:
        load_release(ws, ws.dataset(), "9.9.9")
    assert err.value.code == "push-version-missing"


def test_load_release_of_a_partitioned_version_reads_its_coverage_from_the_partitions(
    staged_ws: Path, configure: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large table has no whole-table Parquet: what it covers is read from the partitions
    (and a missing year, hive's null name, is no country or date)."""
    from genero_etl.publish.build import PARTITION_ENV

    monkeypatch.setenv(PARTITION_ENV, "1")
    configure(staged_ws)
    ws = Workspace(staged_ws)
    result = publish(ws)
    assert not (result.path / "data" / "observations.parquet").exists()
    release, _ = load_release(ws, ws.dataset(), None)
    assert release.coverage.start == "2022-01-01"
    assert release.coverage.end == "2024-12-31"
    assert release.coverage.countries == ("AR", "CL", "MX")
    names = [r["name"] for r in release.package["resources"]]
    assert "observations-parquet" not in names
    assert sum(name.startswith("observations-") and "part-0" in name for name in names) == 4
