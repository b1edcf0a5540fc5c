"""`genero-etl push ckan` against a real CKAN (2.12, stock settings), not a mock.

.ci/run starts one with ../shared/ckan/setup_ckan.sh and exports CKAN_URL and
CKAN_API_TOKEN (a sysadmin's). Each test pushes datasets with fresh names.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from typer.testing import CliRunner

from genero_etl.cli.app import app
from genero_etl.errors import ExitCode, PortalPartial
from genero_etl.publish.package import publish
from genero_etl.publish.portals import PushOptions
from genero_etl.publish.portals.ckan_push import push
from genero_etl.stage import StagingWriter, read_staged, stage_key
from genero_etl.workspace import Workspace

pytestmark = pytest.mark.ckan
ORG = "genero-etl-pruebas"
runner = CliRunner()


@pytest.fixture
def portal(ckan_env: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """``portal(action, **data)``: a call to CKAN's action API as its sysadmin."""
    import ckanapi

    url, token = ckan_env
    monkeypatch.setenv("CKAN_URL", url)
    monkeypatch.setenv("CKAN_API_TOKEN", token)
    client = ckanapi.RemoteCKAN(url, apikey=token)
    return lambda action, **data: client.call_action(action, data)


def _fresh(staged_ws: Path, configure: Callable[..., None], **kw: str) -> tuple[Workspace, str]:
    name = f"prueba-{uuid.uuid4().hex[:10]}"
    configure(staged_ws, name=name, org=kw.get("org", ORG))
    return Workspace(staged_ws), name


def _download(url: str) -> bytes:
    return requests.get(url, timeout=30).content


def _drop_one_report(ws: Workspace) -> None:
    """Change the data between versions: unstage one report."""
    writer = StagingWriter(ws.staging)
    writer.remove(stage_key(read_staged(ws.staging)[0].source.source_file))
    writer.commit()


class FailingSession(requests.Session):
    """A connection that breaks during the ``fail_at``-th file upload, or when it calls
    the action ``fail_action``."""

    def __init__(self, fail_at: int = 0, fail_action: str = "") -> None:
        super().__init__()
        self.fail_at, self.fail_action, self.uploads = fail_at, fail_action, 0

    def post(self, url: Any, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if kwargs.get("files"):
            self.uploads += 1
            if self.uploads == self.fail_at:
                raise requests.ConnectionError("connection reset by peer during upload")
        if self.fail_action and str(url).endswith(f"/action/{self.fail_action}"):
            raise requests.ConnectionError("connection reset by peer")
        return super().post(url, *args, **kwargs)


def test_first_push_second_version_and_repush(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    ws, name = _fresh(staged_ws, configure)
    first = publish(ws)
    result = runner.invoke(app, ["push", "ckan", "-w", str(ws.root), "--create-org"])
    assert result.exit_code == 0, result.output
    shown = portal("package_show", id=name)
    assert (shown["state"], shown["version"], shown["license_id"], shown["isopen"]) == (
        "active", "1.0.0", "cc-by", True,
    )  # fmt: skip
    assert shown["organization"]["name"] == ORG
    assert shown["author"] == "Observatorio de Género de la Provincia"
    assert shown["maintainer_email"] == "datos@observatorio.example.org"
    extras = {e["key"]: e["value"] for e in shown["extras"]}
    assert (extras["temporal_start"], extras["temporal_end"]) == ("2022-01-01", "2024-12-31")
    assert "CL-VS" in extras["spatial_text"]
    assert [t["name"] for t in shown["tags"]] == sorted(
        ["género", "violencia de género", "igualdad", "municipios"]
    )
    resources = {r["name"]: r for r in shown["resources"]}
    assert list(resources)[:3] == ["observations", "observations-parquet", "indicators"]
    assert list(resources)[-1] == "datapackage"
    assert '"primaryKey": ["observation_id"]' in resources["observations"]["schema"]
    csv = (first.path / "data" / "observations.csv").read_bytes()
    assert resources["observations"]["url_type"] == "upload"
    assert _download(resources["observations"]["url"]) == csv
    ids_v1 = {n: r["id"] for n, r in resources.items()}

    # second version, with different data: same resource ids, files replaced in place
    _drop_one_report(ws)
    second = publish(ws)
    assert second.version == "1.1.0"
    dry = runner.invoke(app, ["push", "ckan", "-w", str(ws.root), "--dry-run", "--lang", "en"])
    assert dry.exit_code == 0 and portal("package_show", id=name)["version"] == "1.0.0"
    assert f"Dataset '{name}' on " in dry.output and "updated to version 1.1.0" in dry.output
    assert "metadata that change: version, extras" in dry.output
    assert "resource observations: update" in dry.output
    assert "resource indicators: unchanged" in dry.output
    report = push(ws, PushOptions())
    assert report.action == "update" and "version" in report.changes
    assert report.resources["observations"] == "update"
    assert report.resources["indicators"] == "unchanged"  # the codebook did not change
    shown = portal("package_show", id=name)
    ids_v2 = {r["name"]: r["id"] for r in shown["resources"]}
    assert ids_v2 == ids_v1
    assert shown["version"] == "1.1.0"
    new_csv = (second.path / "data" / "observations.csv").read_bytes()
    assert new_csv != csv
    observations = next(r for r in shown["resources"] if r["name"] == "observations")
    assert observations["hash"] == "sha256:" + hashlib.sha256(new_csv).hexdigest()
    assert _download(observations["url"]) == new_csv
    print(f"\nresource ids 1.0.0: {ids_v1}\nresource ids 1.1.0: {ids_v2}")

    # the same version again: nothing written on the portal
    before = shown["metadata_modified"]
    again = push(ws, PushOptions())
    assert again.action == "unchanged"
    assert set(again.resources.values()) == {"unchanged"}
    assert portal("package_show", id=name)["metadata_modified"] == before


def test_missing_organisation_is_refused_without_the_flag(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    import ckanapi

    org = f"org-{uuid.uuid4().hex[:8]}"
    ws, name = _fresh(staged_ws, configure, org=org)
    publish(ws)
    result = runner.invoke(app, ["push", "ckan", "-w", str(ws.root), "--lang", "en"])
    assert result.exit_code == ExitCode.PORTAL_REFUSED
    assert f"Organisation '{org}' does not exist" in result.output
    assert "--create-org" in result.output
    with pytest.raises(ckanapi.NotFound):
        portal("package_show", id=name)
    with pytest.raises(ckanapi.NotFound):
        portal("organization_show", id=org)


def test_bad_token_is_refused_before_anything_is_written(
    staged_ws: Path,
    configure: Callable[..., None],
    portal: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ckanapi

    if not _exists(portal, f"{ORG}-token"):
        portal("organization_create", name=f"{ORG}-token")
    ws, name = _fresh(staged_ws, configure, org=f"{ORG}-token")
    publish(ws)
    monkeypatch.setenv("CKAN_API_TOKEN", "not-a-valid-token")
    result = runner.invoke(app, ["push", "ckan", "-w", str(ws.root), "--lang", "en"])
    assert result.exit_code == ExitCode.PORTAL_AUTH
    assert "does not accept the API token" in result.output
    assert "not-a-valid-token" not in result.output
    with pytest.raises(ckanapi.NotFound):
        portal("package_show", id=name)


def _exists(portal: Callable[..., Any], org: str) -> bool:
    import ckanapi

    try:
        portal("organization_show", id=org)
    except ckanapi.NotFound:
        return False
    return True


def test_interrupted_first_push_stays_draft_and_a_rerun_completes(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    ws, name = _fresh(staged_ws, configure)
    publish(ws)
    with pytest.raises(PortalPartial) as err:
        push(ws, PushOptions(create_org=True), session=FailingSession(fail_at=3))
    message = err.value.message("en")
    assert "Already sent: observations, observations-parquet." in message
    assert "Pending: indicators, indicators-parquet, sources," in message
    assert f"Dataset '{name}' stays hidden from the public until the push is complete" in message
    assert err.value.exit_code == ExitCode.PORTAL_PARTIAL == 23
    shown = portal("package_show", id=name)
    assert shown["state"] == "draft"
    assert [r["name"] for r in shown["resources"]] == ["observations", "observations-parquet"]
    kept = {r["name"]: r["id"] for r in shown["resources"]}
    done = push(ws, PushOptions())
    assert done.resources["observations"] == "unchanged"
    assert done.resources["indicators"] == "create"
    shown = portal("package_show", id=name)
    assert shown["state"] == "active" and len(shown["resources"]) == 9
    assert {r["name"]: r["id"] for r in shown["resources"][:2]} == kept


def test_interrupted_update_keeps_the_old_version_metadata(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    ws, name = _fresh(staged_ws, configure)
    publish(ws)
    push(ws, PushOptions(create_org=True))
    _drop_one_report(ws)
    publish(ws)
    with pytest.raises(PortalPartial) as err:
        push(ws, PushOptions(), session=FailingSession(fail_at=2))
    message = err.value.message("en")
    assert "Already sent: observations." in message
    assert f"The metadata of '{name}' still say version 1.0.0." in message
    assert portal("package_show", id=name)["version"] == "1.0.0"
    finished = push(ws, PushOptions())
    assert finished.resources["observations"] == "unchanged"
    assert portal("package_show", id=name)["version"] == "1.1.0"


def test_interrupted_metadata_step_says_every_file_is_there(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    ws, name = _fresh(staged_ws, configure)
    publish(ws)
    push(ws, PushOptions(create_org=True))
    _drop_one_report(ws)
    publish(ws)
    with pytest.raises(PortalPartial) as err:
        push(ws, PushOptions(), session=FailingSession(fail_action="package_patch"))
    message = err.value.message("en")
    assert "Already sent: observations, observations-parquet, sources," in message
    assert "Pending: -." in message
    assert f"The metadata of '{name}' still say version 1.0.0." in message
    assert portal("package_show", id=name)["version"] == "1.0.0"
    assert push(ws, PushOptions()).changes == ["version", "extras"]
    assert portal("package_show", id=name)["version"] == "1.1.0"


def test_validation_errors_are_named_and_nothing_is_created(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    import ckanapi

    name = f"prueba-{uuid.uuid4().hex[:10]}"
    configure(staged_ws, name=name, org=ORG, extra="  keywords: [género, 'a/b']\n")
    ws = Workspace(staged_ws)
    publish(ws)
    args = ["push", "ckan", "-w", str(ws.root), "--create-org", "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == ExitCode.PORTAL_REFUSED == 21
    assert "refused to create the dataset" in result.output and "a/b" in result.output
    with pytest.raises(ckanapi.NotFound):
        portal("package_show", id=name)


def test_a_deleted_dataset_is_restored_with_its_resource_ids(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    ws, name = _fresh(staged_ws, configure)
    publish(ws)
    first = push(ws, PushOptions(create_org=True))
    portal("package_delete", id=name)
    assert portal("package_show", id=name)["state"] == "deleted"
    again = push(ws, PushOptions())
    assert (again.action, again.changes) == ("update", ["state"])
    shown = portal("package_show", id=name)
    assert shown["state"] == "active"
    assert {r["name"]: r["id"] for r in shown["resources"]} == first.resource_ids


def test_with_base_url_files_are_linked_not_uploaded(
    staged_ws: Path, configure: Callable[..., None], portal: Callable[..., Any]
) -> None:
    name = f"prueba-{uuid.uuid4().hex[:10]}"
    configure(staged_ws, name=name, org=ORG, extra="  base_url: https://datos.example.org/g\n")
    ws = Workspace(staged_ws)
    publish(ws)
    assert push(ws, PushOptions(create_org=True)).action == "create"
    resources = {r["name"]: r for r in portal("package_show", id=name)["resources"]}
    assert resources["observations"]["url"] == (
        f"https://datos.example.org/g/{name}/1.0.0/data/observations.csv"
    )
    assert resources["observations"]["url_type"] in (None, "")
    assert resources["datapackage"]["url"].endswith(f"/{name}/1.0.0/datapackage.json")
    assert push(ws, PushOptions()).action == "unchanged"
