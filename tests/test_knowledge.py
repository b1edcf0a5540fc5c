"""One object holds what a workspace knows; a workspace file overrides the shipped one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from genero_etl.countries import active_workspace, registry, use_workspace
from genero_etl.knowledge import Knowledge
from genero_etl.normalize.codebook import load_codebook
from genero_etl.pipeline import IngestOptions
from genero_etl.resources import default_schemas_dir

INDICATOR = """\
indicators:
  - id: ollas_comunes_atendidas
    label_es: {label}
    label_en: Community kitchens served
    theme: prevencion
    unit: ollas
    value_kind: observed
    definition: Ollas comunes que recibieron apoyo de la oficina.
    match: ['ollas? comun']
    priority: 80
"""

TEMPLATE = """\
name: registro_ollas
title: Registro de ollas comunes
country: PE
layout: long
match:
  required: ['olla', 'raciones']
columns:
  period: '^periodo'
values:
  - {column: 'raciones', indicator: ollas_comunes_atendidas, unit: ollas}
"""

RULE = """\
extend: true
rules:
  - id: negative-ollas
    kind: range
    table: observations
    stage: ingest
    severity: warning
    flag: out_of_range
    field: value
    min: 0
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def schemas(tmp_path: Path) -> Path:
    root = tmp_path / "schemas"
    _write(root / "codebook" / "indicators.yaml", INDICATOR.format(label="Ollas comunes"))
    _write(root / "lexicon" / "peru.yaml", "numbers:\n  words:\n    docena: 12\n")
    _write(root / "tabular" / "roles.yaml", "place:\n  admin1: ['\\bcomunidad campesina\\b']\n")
    _write(root / "templates" / "registro_ollas.yaml", TEMPLATE)
    _write(root / "rules" / "ollas.yaml", RULE)
    shipped = json.loads((default_schemas_dir() / "sources.schema.json").read_text("utf-8"))
    shipped["title"] = "Fuentes de la oficina"
    _write(root / "sources.schema.json", json.dumps(shipped))
    _write(
        root / "countries" / "pe.yaml",
        "code: PE\nname: {es: Perú (oficina), en: Peru}\n"
        "national_ids:\n  - {name: CARNE, pattern: 'CE\\d{9}', cues: [carné]}\n",
    )
    return root


def test_each_kind_of_workspace_knowledge_is_seen_through_the_one_object(schemas: Path) -> None:
    k = Knowledge.of(schemas)
    assert k.workspace_schemas == schemas
    # codebook: a workspace indicator is added, the shipped ones stay
    assert k.codebook.indicators["ollas_comunes_atendidas"].label_es == "Ollas comunes"
    assert "ley_micaela_personas_capacitadas" in k.codebook.indicators
    # text lexicon: a workspace word is merged into the shipped mapping
    assert k.lexicon.section("numbers", "words")["docena"] == 12
    assert k.lexicon.section("numbers", "words")["dos"] == 2
    # column roles: a workspace list is appended to the shipped one
    assert k.roles.place["admin1"][-1].pattern == r"\bcomunidad campesina\b"
    # templates: a workspace template is added by name beside the shipped ones
    assert k.templates["registro_ollas"].title == "Registro de ollas comunes"
    assert k.template("poa_actividades").name == "poa_actividades"
    # rules: an `extend: true` file adds its rule after the shipped ones of the stage
    ids = [r.id for r in k.rules("ingest")]
    assert ids[0] == "parts-mismatch" and ids[-1] == "negative-ollas"
    assert "negative-ollas" not in [r.id for r in Knowledge.shipped().rules("ingest")]
    # table schema: the workspace file of the same name replaces the shipped one
    assert k.table_schema("sources")["title"] == "Fuentes de la oficina"
    assert k.table_schema("observations")["title"] == "Observaciones de indicadores de género"
    # countries: a workspace file merges over the shipped country of the same code
    assert k.countries.get("PE").name_es == "Perú (oficina)"
    assert k.countries.get("PE").currency == Knowledge.shipped().countries.get("PE").currency
    # privacy: the workspace country's ID document is hidden by the screen
    assert ("PE", "CARNE") in {(i.country, i.name) for i in k.privacy.identifiers}
    shipped_ids = Knowledge.shipped().privacy.identifiers
    assert ("PE", "CARNE") not in {(i.country, i.name) for i in shipped_ids}


def test_one_object_per_workspace_and_the_old_loaders_agree(schemas: Path) -> None:
    k = Knowledge.of(schemas)
    assert Knowledge.of(schemas) is k
    assert IngestOptions(schemas_dir=schemas).knowledge is k
    assert Knowledge.of(schemas.parent / "missing") is Knowledge.shipped()
    assert Knowledge.shipped().workspace_schemas is None
    assert load_codebook(schemas) is k.codebook  # the old loader is the same cache
    assert k.rules("ingest") is k.rules("ingest")


def test_activate_sets_the_countries_the_module_lookups_use(schemas: Path) -> None:
    try:
        assert Knowledge.of(schemas).activate().workspace_schemas == active_workspace() == schemas
        assert registry().get("PE").name_es == "Perú (oficina)"
        Knowledge.shipped().activate()
        assert active_workspace() is None
        assert registry().get("PE").name_es == "Perú"
    finally:
        use_workspace(None)


def test_an_edited_workspace_file_is_read_again(schemas: Path) -> None:
    before = Knowledge.of(schemas)
    assert before.codebook.indicators["ollas_comunes_atendidas"].label_es == "Ollas comunes"
    fingerprint = before.fingerprint
    path = _write(
        schemas / "codebook" / "indicators.yaml", INDICATOR.format(label="Ollas y comedores")
    )
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    after = Knowledge.of(schemas)
    assert after is not before
    assert after.codebook.indicators["ollas_comunes_atendidas"].label_es == "Ollas y comedores"
    assert load_codebook(schemas).indicators["ollas_comunes_atendidas"].label_es == (
        "Ollas y comedores"
    )
    assert after.fingerprint != fingerprint
    # a new file is noticed too (a folder's files are read in name order)
    _write(schemas / "rules" / "zz.yaml", RULE.replace("negative-ollas", "negative-more"))
    assert [r.id for r in Knowledge.of(schemas).rules("ingest")][-2:] == [
        "negative-ollas",
        "negative-more",
    ]


def test_the_fingerprint_is_the_hash_of_the_workspace_files(schemas: Path) -> None:
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(p for p in schemas.rglob("*") if p.is_file()):
        digest.update(os.fsencode(path.relative_to(schemas)) + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    assert Knowledge.of(schemas).fingerprint == digest.hexdigest()
    assert Knowledge.shipped().fingerprint == hashlib.sha256().hexdigest()


def test_worker_processes_rebuild_the_workspace_knowledge_from_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers started fresh (``spawn``: nothing inherited) classify with the workspace's
    own indicator: the options carry the path and each worker builds the same knowledge."""
    import multiprocessing

    from genero_etl import pipeline
    from genero_etl.pipeline import ingest_paths
    from genero_etl.workspace import Workspace

    _write(
        tmp_path / "schemas" / "codebook" / "indicators.yaml",
        INDICATOR.format(label="Ollas comunes"),
    )
    head = "Municipalidad de Lima, informe 2024.\n\n"
    _write(tmp_path / "raw" / "a.txt", head + "- Se apoyaron 12 ollas comunes en el distrito.\n")
    _write(tmp_path / "raw" / "b.txt", head + "- Se apoyaron 7 ollas comunes del distrito.\n")
    monkeypatch.setattr(pipeline, "pool_context", lambda: multiprocessing.get_context("spawn"))
    ws = Workspace(tmp_path)
    result = ingest_paths([ws.raw], ws, IngestOptions(jobs=2, dry_run=True))
    found = [
        (f.source_file, [(o.indicator_id, o.value) for o in f.staged.observation_list()])
        for f in result.files
        if f.staged is not None
    ]
    assert found == [
        ("raw/a.txt", [("ollas_comunes_atendidas", 12.0)]),
        ("raw/b.txt", [("ollas_comunes_atendidas", 7.0)]),
    ]


def test_publish_uses_the_workspace_knowledge(tmp_path: Path) -> None:
    """The published indicators and schemas come from the workspace's Knowledge."""
    from genero_etl.pipeline import ingest_paths
    from genero_etl.publish.package import publish
    from genero_etl.workspace import Workspace

    _write(
        tmp_path / "schemas" / "codebook" / "indicators.yaml",
        INDICATOR.format(label="Ollas comunes"),
    )
    shipped = json.loads((default_schemas_dir() / "sources.schema.json").read_text("utf-8"))
    shipped["title"] = "Fuentes de la oficina"
    _write(tmp_path / "schemas" / "sources.schema.json", json.dumps(shipped))
    head = "Municipalidad de Lima, informe 2024.\n\n"
    _write(tmp_path / "raw" / "a.txt", head + "- Se apoyaron 12 ollas comunes en el distrito.\n")
    ws = Workspace(tmp_path)
    try:
        assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
        result = publish(ws, force=True)
    finally:
        use_workspace(None)
    package = json.loads((result.path / "datapackage.json").read_text("utf-8"))
    titles = {r["name"]: r["schema"].get("title") for r in package["resources"]}
    assert titles["sources"] == "Fuentes de la oficina"
    indicators = (result.path / "data" / "indicators.csv").read_text("utf-8")
    assert '"ollas_comunes_atendidas","Ollas comunes","Community kitchens served"' in indicators


def test_missing_schemas_are_a_broken_installation_not_a_missing_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither beside the package nor in a checkout: an error naming both places, which no
    reader can take for a missing input file."""
    from genero_etl import resources

    package = tmp_path / "site" / "genero_etl"
    package.mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    resources.default_schemas_dir.cache_clear()
    try:
        with pytest.raises(RuntimeError) as err:
            resources.default_schemas_dir()
    finally:
        resources.default_schemas_dir.cache_clear()
    assert not isinstance(err.value, OSError)
    assert str(package / "schemas") in str(err.value)
    assert str(tmp_path / "schemas") in str(err.value)
