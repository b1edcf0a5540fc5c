"""``genero-etl push ckan``: send a published version to a CKAN portal with ckanapi.

Order of work, so that an interruption leaves a state that is said exactly and that a
second run completes: (1) check every local file against its ``datapackage.json`` hash,
the organisation and the token, before writing anything; (2) a new dataset is created as
a *draft* (invisible to the public); (3) each changed file is uploaded (or linked) into the
resource of the same name, so resource ids never change; (4) the dataset's metadata, with
its new version number, is written last and the dataset made public. A re-push of the
same version finds nothing to change and writes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import (
    InputUnreadable,
    PortalAuthError,
    PortalPartial,
    PortalRefused,
    PortalUnreachable,
    UsageError,
)
from genero_etl.messages import render
from genero_etl.publish.build import HIVE_NULL, PARTITION_DIR, Release, coverage
from genero_etl.publish.portals import PushOptions, PushResult
from genero_etl.publish.portals.ckan import (
    PACKAGE_FIELDS,
    RESOURCE_FIELDS,
    package_fields,
    resource_specs,
)
from genero_etl.publish.portals.dcat import first_issued

if TYPE_CHECKING:
    import pyarrow as pa
    from ckanapi import RemoteCKAN

    from genero_etl.workspace import DatasetConfig, Workspace

USER_AGENT = "genero-etl (push ckan)"


@dataclass(slots=True)
class Plan:
    action: str  # create, update, unchanged
    changes: list[str] = field(default_factory=list)  # dataset fields that differ
    resources: dict[str, str] = field(default_factory=dict)  # name -> create/update/unchanged
    ids: dict[str, str] = field(default_factory=dict)  # name -> existing resource id
    package_id: str = ""
    draft: bool = False


def credentials(ws: Workspace, dry_run: bool) -> tuple[str, str]:
    """URL and token from CKAN_URL / CKAN_API_TOKEN, else genero-etl.yaml's ``ckan:``."""
    section = ws.portal()
    url = (os.environ.get("CKAN_URL") or section.url).rstrip("/")
    token = os.environ.get("CKAN_API_TOKEN") or section.api_token
    if not url:
        raise UsageError("ckan-url-missing")
    if not token and not dry_run:
        raise UsageError("ckan-token-missing")
    return url, token


def load_release(ws: Workspace, config: DatasetConfig, version: str | None) -> tuple[Release, Path]:
    """A published version read back from its folder, every file checked against its hash."""
    import hashlib

    from genero_etl.publish.versions import existing_versions

    dataset_dir = ws.published / config.name
    if version is None:
        found = existing_versions(dataset_dir)
        version = ".".join(map(str, found[-1])) if found else ""
    folder = dataset_dir / version
    if not version or not (folder / "datapackage.json").is_file():
        raise InputUnreadable(
            "push-version-missing", path=ws.display(folder if version else dataset_dir),
            name=config.name,
        )  # fmt: skip
    raw = (folder / "datapackage.json").read_bytes()
    package: dict[str, Any] = json.loads(raw)
    files = {"datapackage.json": (len(raw), hashlib.sha256(raw).hexdigest())}
    for resource in package["resources"]:
        path = folder / resource["path"]
        if not path.is_file():
            raise InputUnreadable("push-file-mismatch", path=ws.display(path), reason="missing")
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        if f"sha256:{sha}" != resource["hash"] or len(data) != resource["bytes"]:
            raise InputUnreadable("push-file-mismatch", path=ws.display(path), reason="sha256")
        files[resource["path"]] = (len(data), sha)
    covered = coverage(_observations(folder))
    created = str(package.get("created", ""))
    issued = first_issued(dataset_dir, created)
    return Release(config, version, package, covered, issued, created, files), folder


_COVERED = ["period_start", "period_end", "country", "admin1", "theme"]


def _observations(folder: Path) -> pa.Table:
    """The columns of the observations that say what a version covers: from its Parquet, or
    from its partitioned dataset (a large table has no whole-table Parquet)."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    whole = folder / "data" / "observations.parquet"
    if whole.is_file():
        return pq.read_table(whole, columns=_COVERED)
    keys = pa.schema([("country", pa.string()), ("year", pa.string())])
    partitioning = ds.HivePartitioning(keys, null_fallback=HIVE_NULL)
    dataset = ds.dataset(folder / PARTITION_DIR, format="parquet", partitioning=partitioning)
    return dataset.to_table(columns=_COVERED)


# What each step does, for error messages (Spanish, English).
ACTIONS = {
    "read": ("leer el conjunto", "read the dataset"),
    "org": ("usar la organización", "use the organisation"),
    "create": ("crear el conjunto", "create the dataset"),
    "send": ("enviar los archivos", "send the files"),
    "metadata": ("actualizar los metadatos", "update the metadata"),
}


@contextlib.contextmanager
def ckan_errors(url: str, action: str) -> Iterator[None]:
    """CKAN's and the network's exceptions as genero-etl errors with documented codes."""
    import ckanapi
    import requests

    es, en = ACTIONS[action]
    where = {"url": url, "action_es": es, "action_en": en}
    try:
        yield
    except ckanapi.NotAuthorized as err:
        raise PortalAuthError("ckan-auth", reason=_reason(err), **where) from None
    except (ckanapi.ValidationError, ckanapi.CKANAPIError) as err:
        raise PortalRefused("ckan-rejected", reason=_reason(err), **where) from None
    except requests.RequestException as err:
        raise PortalUnreachable("ckan-unreachable", url=url, reason=type(err).__name__) from None


def _reason(err: BaseException) -> str:
    detail = err.args[0] if err.args else err
    if isinstance(detail, dict):
        detail = {k: v for k, v in detail.items() if k != "__type"}
        return "; ".join(f"{k}: {v}" for k, v in detail.items())[:300] or type(err).__name__
    return str(detail)[:300] or type(err).__name__


def connect(url: str, token: str, session: Any = None) -> RemoteCKAN:
    from ckanapi import RemoteCKAN

    return RemoteCKAN(url, apikey=token or None, user_agent=USER_AGENT, session=session)


def current_package(client: RemoteCKAN, name: str) -> dict[str, Any] | None:
    import ckanapi

    try:
        found: dict[str, Any] = client.call_action("package_show", {"id": name})
    except ckanapi.NotFound:
        return None
    return found  # a deleted dataset still holds its name: it is restored


def ensure_org(
    client: RemoteCKAN, url: str, config: DatasetConfig, create: bool, dry_run: bool
) -> None:
    """The organisation must exist; it is created only when asked (and not in a dry run)."""
    import ckanapi

    org = config.owner_org
    try:
        client.call_action("organization_show", {"id": org})
    except ckanapi.NotFound:
        if not create:
            raise PortalRefused("ckan-org-missing", org=org, url=url) from None
        if not dry_run:
            title = config.publisher or org
            client.call_action("organization_create", {"name": org, "title": title})
        return
    # An invalid token reads as an anonymous user: find out now, before writing anything.
    allowed = client.call_action("organization_list_for_user", {"permission": "create_dataset"})
    if org not in {o["name"] for o in allowed} | {o["id"] for o in allowed}:
        raise PortalAuthError("ckan-not-editor", url=url, org=org)


def _norm(value: Any) -> str:
    return "" if value is None else str(value)


def package_changes(current: dict[str, Any] | None, fields: dict[str, Any]) -> list[str]:
    """The dataset fields whose value on the portal differs from this version's."""
    if current is None:
        return sorted(k for k in fields if k != "name")
    changes = [k for k in PACKAGE_FIELDS if _norm(current.get(k)) != _norm(fields.get(k))]
    if (current.get("organization") or {}).get("name") != fields["owner_org"]:
        changes.append("owner_org")
    if sorted(t["name"] for t in current.get("tags", [])) != sorted(
        t["name"] for t in fields["tags"]
    ):
        changes.append("tags")
    extras = {e["key"]: _norm(e["value"]) for e in current.get("extras", [])}
    if extras != {e["key"]: _norm(e["value"]) for e in fields["extras"]}:
        changes.append("extras")
    if current.get("state") != "active":
        changes.append("state")
    return changes


def resource_state(current: dict[str, Any] | None, spec: dict[str, Any]) -> str:
    if current is None:
        return "create"
    if any(_norm(current.get(k)) != _norm(spec.get(k)) for k in RESOURCE_FIELDS):
        return "update"
    if "url" in spec:
        same = current.get("url_type") in (None, "") and current.get("url") == spec["url"]
    else:
        same = current.get("url_type") == "upload"
    return "unchanged" if same else "update"


def plan(
    current: dict[str, Any] | None, fields: dict[str, Any], specs: list[dict[str, Any]]
) -> Plan:
    existing = {r["name"]: r for r in (current or {}).get("resources", [])}
    result = Plan("create" if current is None else "update")
    result.changes = package_changes(current, fields)
    for spec in specs:
        found = existing.get(spec["name"])
        result.resources[spec["name"]] = resource_state(found, spec)
        if found is not None:
            result.ids[spec["name"]] = found["id"]
    if current is not None:
        result.package_id = current["id"]
        result.draft = current.get("state") in ("draft", "deleted")
        if not result.changes and all(s == "unchanged" for s in result.resources.values()):
            result.action = "unchanged"
    return result


def _resource_body(spec: dict[str, Any], package_id: str, resource_id: str) -> dict[str, Any]:
    body = {k: spec[k] for k in ("name", *RESOURCE_FIELDS) if k in spec}
    if resource_id:
        body["id"] = resource_id
    else:
        body["package_id"] = package_id
    body["url"] = spec.get("url", Path(spec["path"]).name)
    return body


class SendFailed(Exception):
    """A resource could not be sent; ``sent`` names those that were, in order."""

    def __init__(self, sent: list[str], cause: BaseException) -> None:
        super().__init__(str(cause))
        self.sent = sent
        self.cause = cause


def send_resources(
    client: RemoteCKAN, folder: Path, work: Plan, specs: list[dict[str, Any]]
) -> list[str]:
    """Create or update each changed resource; returns the names sent, in order."""
    sent: list[str] = []
    for spec in specs:
        state = work.resources[spec["name"]]
        if state == "unchanged":
            continue
        body = _resource_body(spec, work.package_id, work.ids.get(spec["name"], ""))
        action = "resource_update" if state == "update" else "resource_create"
        try:
            if "url" in spec:
                done = client.call_action(action, body)
            else:
                with open(folder / spec["path"], "rb") as handle:
                    done = client.call_action(action, body, files={"upload": handle})
        except (Exception, KeyboardInterrupt) as err:  # Ctrl-C too: say what was sent
            raise SendFailed(sent, err) from err
        work.ids[spec["name"]] = done["id"]
        sent.append(spec["name"])
    return sent


class PartialPush(PortalPartial):
    """A partial push: the message names what was sent and what is pending."""

    def __init__(self, url: str, release: Release, work: Plan, failed: SendFailed, previous: str):
        name = release.config.name
        if work.action == "create" or work.draft:
            state = {lang: render("ckan-partial-draft", lang, name=name) for lang in ("es", "en")}
        else:
            state = {
                lang: render("ckan-partial-metadata", lang, name=name, version=previous)
                for lang in ("es", "en")
            }
        self.sent = failed.sent
        self.pending = [
            n for n, s in work.resources.items() if s != "unchanged" and n not in failed.sent
        ]
        self.states = state
        cause = failed.cause
        reason = type(cause).__name__ if hasattr(cause, "request") else _reason(cause)
        super().__init__(
            "ckan-partial",
            url=url,
            reason=reason,
            done=", ".join(self.sent) or "-",
            pending=", ".join(self.pending) or "-",
            state="",
        )

    def message(self, lang: str = "es") -> str:
        state = self.states["en" if lang == "en" else "es"]
        return render(self.code, lang, **{**self.params, "state": state})


def push(ws: Workspace, options: PushOptions, session: Any = None) -> PushResult:
    config = ws.dataset(options.dataset)
    url, token = credentials(ws, options.dry_run)
    if not config.owner_org:
        raise UsageError("ckan-org-required")
    release, folder = load_release(ws, config, options.version)
    fields, notices = package_fields(release)
    specs = resource_specs(release)
    client = connect(url, token, session)
    with ckan_errors(url, "read"):
        current = current_package(client, config.name)
    work = plan(current, fields, specs)
    result = PushResult("ckan", config.name, release.version, url, work.action)
    result.changes, result.resources, result.notices = work.changes, work.resources, notices
    result.resource_ids = dict(work.ids)
    result.dry_run = options.dry_run
    if work.action == "unchanged":
        return result
    with ckan_errors(url, "org"):
        ensure_org(client, url, config, options.create_org, options.dry_run)
    if options.dry_run:
        return result
    _execute(client, url, folder, release, work, fields, specs, current)
    result.resource_ids = dict(work.ids)
    return result


def _execute(
    client: RemoteCKAN,
    url: str,
    folder: Path,
    release: Release,
    work: Plan,
    fields: dict[str, Any],
    specs: list[dict[str, Any]],
    current: dict[str, Any] | None,
) -> None:
    previous = str((current or {}).get("version") or "-")
    if work.action == "create":
        with ckan_errors(url, "create"):
            created = client.call_action("package_create", {**fields, "state": "draft"})
        work.package_id, work.draft = created["id"], True
    sent: list[str] = []
    try:
        sent = send_resources(client, folder, work, specs)
        _finish(client, work, fields, specs)
    except SendFailed as failed:
        if not failed.sent and not work.draft:
            # nothing changed on the portal: the plain error says it all
            with ckan_errors(url, "send"):
                raise failed.cause from None
        raise PartialPush(url, release, work, failed, previous) from None
    except (Exception, KeyboardInterrupt) as err:  # every file is there, the metadata are not
        if not sent and not work.draft:
            with ckan_errors(url, "metadata"):
                raise
        raise PartialPush(url, release, work, SendFailed(sent, err), previous) from None


def _finish(
    client: RemoteCKAN, work: Plan, fields: dict[str, Any], specs: list[dict[str, Any]]
) -> None:
    """Resources in the package's order, then the metadata (new version) and publicity."""
    order = [work.ids[s["name"]] for s in specs]
    on_portal = client.call_action("package_show", {"id": work.package_id})
    ours = [r["id"] for r in on_portal["resources"] if r["id"] in set(order)]
    if ours != order:
        others = [r["id"] for r in on_portal["resources"] if r["id"] not in set(order)]
        client.call_action(
            "package_resource_reorder", {"id": work.package_id, "order": order + others}
        )
    if work.changes or work.draft:
        body = {k: v for k, v in fields.items() if k != "name"}
        client.call_action("package_patch", {"id": work.package_id, **body, "state": "active"})
