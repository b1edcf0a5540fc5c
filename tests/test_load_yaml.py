"""``resources.load_yaml``: what the C parser loads is what the pure parser loads."""

from __future__ import annotations

import io
from pathlib import Path

import yaml

import genero_etl
from genero_etl.resources import default_schemas_dir, load_yaml


def test_a_document_only_the_pure_parser_accepts_is_read_by_it() -> None:
    # "fuente:" inside a flow list: the pure parser reads a one-key mapping, libyaml refuses
    text = "cues: [ver, fuente:, nota]\n"
    assert load_yaml(text) == {"cues": ["ver", {"fuente": None}, "nota"]}
    assert load_yaml(io.StringIO(text)) == yaml.safe_load(text)


def test_the_shipped_lexicon_loads_the_same_with_either_parser() -> None:
    path = default_schemas_dir() / "lexicon" / "es.yaml"
    text = path.read_text(encoding="utf-8")
    loaded = load_yaml(text)
    assert repr(loaded) == repr(yaml.safe_load(text))
    assert "fuente:" in loaded["footnotes"]["cues"]  # a cue, quoted: not a one-key mapping
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert yaml.load(text, Loader=loader) == loaded  # parsed by libyaml, no fallback


def test_every_shipped_country_file_loads_the_same_with_either_parser() -> None:
    # "y (?:de )?poblaciones" unquoted in a flow list: libyaml read it, the pure parser refused
    # Peru's file (a machine without libyaml could not load the country)
    folder = Path(genero_etl.__file__).parent / "data" / "countries"
    paths = sorted(folder.glob("*.yaml"))
    assert len(paths) >= 19
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=loader), path.name
