"""The country registry: every Spanish-speaking Latin American country loaded from data."""

from __future__ import annotations

import csv
import importlib
from collections import Counter
from pathlib import Path

import pytest

from genero_etl.countries import CONVENTIONS, load_countries, registry, use_workspace
from genero_etl.errors import UsageError
from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention
from genero_etl.normalize.document import Overrides, document_facts
from genero_etl.normalize.observations import CURRENCY
from genero_etl.normalize.places import infer_country, lookup_admin1, place_from_code
from genero_etl.publish.package import gazetteer_sources
from genero_etl.resources import data_dir

from .workspace_gazetteers import add_pe_co_gazetteers

LATAM = [
    "AR",
    "BO",
    "CL",
    "CO",
    "CR",
    "CU",
    "DO",
    "EC",
    "GT",
    "HN",
    "MX",
    "NI",
    "PA",
    "PE",
    "PR",
    "PY",
    "SV",
    "UY",
    "VE",
]


def test_every_spanish_speaking_country_is_shipped() -> None:
    reg = load_countries()
    assert reg.codes() == sorted(LATAM)
    for country in reg:
        assert country.number_convention in CONVENTIONS, country.code
        assert country.currency, country.code
        assert country.calling_code.isdigit(), country.code
        assert country.name_es and country.name_en


def test_national_ids_are_python_stdnum_modules() -> None:
    modules = {m for c in load_countries() for m in c.national_ids}
    assert {"ar.dni", "ar.cuit", "mx.curp", "mx.rfc", "cl.rut", "pe.ruc", "co.nit"} <= modules
    for name in modules:
        module = importlib.import_module(f"stdnum.{name}")
        assert hasattr(module, "is_valid"), name


def test_conventions_and_currencies_come_from_the_registry() -> None:
    assert COUNTRY_CONVENTION["PE"] is Convention.DECIMAL_POINT
    assert COUNTRY_CONVENTION["CO"] is Convention.DECIMAL_COMMA
    assert COUNTRY_CONVENTION.get("XX", Convention.UNKNOWN) is Convention.UNKNOWN
    assert (CURRENCY["PE"], CURRENCY["GT"], CURRENCY["EC"], CURRENCY["MX"]) == (
        "PEN",
        "GTQ",
        "USD",
        "MXN",
    )
    assert "XX" not in CURRENCY and len(CURRENCY) == len(LATAM)


@pytest.mark.parametrize(
    ("symbol", "currency"),
    [("S/", "PEN"), ("RD$", "DOP"), ("₡", "CRC"), ("Gs.", "PYG"), ("C$", "NIO"), ("US$", "USD"),
     ("U$S", "USD"), ("MXN", "MXN"), ("$", ""), ("Bs", "")],
)  # fmt: skip
def test_a_symbol_means_a_currency_only_when_one_currency_uses_it(
    symbol: str, currency: str
) -> None:
    assert registry().currency_of_symbol(symbol) == currency


def test_unknown_country_lists_the_known_ones() -> None:
    with pytest.raises(UsageError) as err:
        registry().get("BR")
    assert err.value.code == "country-unknown"
    assert "PE" in err.value.message("en") and "CO" in err.value.message("es")
    assert registry().get(" pe ").name_es == "Perú"


def test_admin1_csv_holds_iso_subdivisions_of_every_country() -> None:
    with open(data_dir() / "admin1_iso.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    per_country = Counter(r["country"] for r in rows)
    assert (per_country["PE"], per_country["CO"], per_country["MX"], per_country["AR"]) == (
        26,
        33,
        32,
        24,
    )
    assert set(per_country) == set(LATAM) - {"PR"}  # ISO lists Puerto Rico as US-PR
    isos = {r["iso"] for r in rows}
    for country in load_countries():
        named = (
            set(country.admin1_codes)
            | set(country.admin1_aliases)
            | set(country.admin1_hasc)
            | set(country.admin1_names)
        )
        assert named <= isos, (country.code, named - isos)


def test_gazetteer_publishers_are_credited(tmp_path: Path) -> None:
    titles = " ".join(s["title"] for s in gazetteer_sources())
    for publisher in (
        "INEGI", "SUBDERE", "Georef", "INEI, Códigos", "DANE, División", "INEC, División", "ONE, División"
    ):  # fmt: skip
        assert publisher in titles
    use_workspace(add_pe_co_gazetteers(tmp_path / "schemas"))  # lists that replace PE's, CO's
    try:
        titles = " ".join(s["title"] for s in gazetteer_sources())
    finally:
        use_workspace(None)
    assert "INEGI" in titles and "INEI, UBIGEO: lista de la carpeta de trabajo" in titles
    assert "DANE, DIVIPOLA: lista de la carpeta de trabajo" in titles
    assert "INEI, Códigos" not in titles and "DANE, División" not in titles


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_workspace_file_merges_over_the_shipped_country(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    _write(
        schemas / "countries" / "pe.yaml",
        "code: PE\nnumber_convention: decimal_comma\n"
        "admin1:\n  aliases:\n    PE-ARE: [Ciudad Blanca]\n",
    )
    pe = load_countries(schemas).get("PE")
    assert pe.number_convention == "decimal_comma"  # replaced
    assert pe.currency == "PEN"  # kept
    assert pe.admin1_aliases["PE-ARE"] == ("Ciudad Blanca",)  # added
    assert "Lima Metropolitana" in pe.admin1_aliases["PE-LMA"]  # mapping merged, not replaced
    assert load_countries().get("PE").number_convention == "decimal_point"
    use_workspace(schemas)
    try:
        assert [a.iso for a in lookup_admin1("Ciudad Blanca")] == ["PE-ARE"]
        assert COUNTRY_CONVENTION["PE"] is Convention.DECIMAL_COMMA
    finally:
        use_workspace(None)
    assert lookup_admin1("Ciudad Blanca") == []


def test_a_workspace_adds_a_country(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    _write(
        schemas / "countries" / "bz.yaml",
        "code: BZ\nname: {es: Belice, en: Belize}\nnumber_convention: decimal_point\n"
        "currencies:\n  - {code: BZD, symbols: ['BZ$']}\n"
        "evidence:\n  institutions: [Women's Department of Belize]\n",
    )
    reg = load_countries(schemas)
    assert reg.get("BZ").currency == "BZD"
    assert reg.currency_of_symbol("BZ$") == "BZD"
    use_workspace(schemas)
    try:
        guess = infer_country(["The Women's Department of Belize paid BZ$ 4,000."])
        assert guess.code == "BZ"
    finally:
        use_workspace(None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("code: PE\nnumber_convention: comma\n", "number_convention"),
        ("code: PE\nflag: red\n", "unknown keys"),
        ("code: PE\nevidence:\n  words: ['(unclosed']\n", "pattern"),
        (
            "code: PE\ngazetteers:\n  - {file: gazetteers/none.csv, columns: {code: c}}\n",
            "none.csv",
        ),
        ("- not a mapping\n", "mapping"),
        ("code: PE\nmunicipalities:\n  code: {digits: seis}\n", "municipalities.code"),
        ("code: PE\nmunicipalities:\n  code: {longer: [{digits: 8}]}\n", "municipalities.code"),
        (
            "code: PE\nmunicipalities:\n  code: {longer: [{digits: 8, keep: 6, rest: '(0'}]}\n",
            "pattern",
        ),
    ],
)
def test_a_broken_workspace_country_file_is_a_usage_error(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = _write(tmp_path / "schemas" / "countries" / "pe.yaml", content)
    with pytest.raises(UsageError) as err:
        load_countries(tmp_path / "schemas")
    assert err.value.code == "country-file-invalid"
    assert reason in err.value.message("en") and str(path) in err.value.message("en")


def test_a_report_with_an_unknown_country_option_stops_with_the_known_ones() -> None:
    with pytest.raises(UsageError) as err:
        document_facts(["Informe 2024"], Overrides(country="BR"), "informe.txt")
    assert err.value.code == "country-unknown"


def test_a_stated_code_finds_its_country() -> None:
    facts = document_facts(["Informe 2024"], Overrides(municipality_code="150101"), "a.txt")
    assert (facts.place.country, facts.place.admin1, facts.place.municipality_code) == (
        "PE",
        "PE-LMA",
        "150101",
    )
    assert facts.convention is Convention.DECIMAL_POINT


def test_a_report_without_evidence_has_no_country() -> None:
    facts = document_facts(["Informe de actividades 2024", "Se realizaron 12 talleres."],
                           Overrides(), "a.txt")  # fmt: skip
    assert facts.place.country == ""
    assert facts.convention is Convention.UNKNOWN
    assert [i.code for i in facts.issues] == ["place-not-inferred"]


def test_a_stated_code_two_countries_share_is_settled_by_the_text_or_reported() -> None:
    unsure = document_facts(["Informe 2024"], Overrides(municipality_code="05001"), "a.txt")
    assert unsure.place.country == ""
    codes = [i.code for i in unsure.issues]
    assert "place-code-ambiguous" in codes
    (said,) = [i for i in unsure.issues if i.code == "place-code-ambiguous"]
    assert "CO, MX" in said.message_es
    colombian = document_facts(
        ["Informe 2024 de la Secretaría de las Mujeres", "Fuente: Medicina Legal y SIVIGILA."],
        Overrides(municipality_code="05001"),
        "a.txt",
    )
    assert (colombian.place.country, colombian.place.municipality) == ("CO", "MEDELLÍN")


def test_a_peruvian_report_is_published_with_its_ubigeo_and_validates(
    pe_co_workspace: Path,
) -> None:
    from frictionless import validate
    from typer.testing import CliRunner

    from genero_etl.cli.app import app
    from genero_etl.validate.api import Options, validate_paths

    tmp_path = pe_co_workspace  # its schemas/ replaces the UBIGEO list with a dozen districts

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "informe.txt").write_text(
        "Informe anual 2024 de la Municipalidad Distrital de Miraflores, Lima Metropolitana\n"
        "El Centro Emergencia Mujer atendió 120 casos de violencia contra las mujeres.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--workspace", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["publish", "--workspace", str(tmp_path)]).exit_code == 0
    version = tmp_path / "published" / "indicadores-genero" / "1.0.0"
    with (version / "data" / "observations.csv").open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["value"], row["country"], row["admin1"], row["municipality_code"]) == (
        "120.0",
        "PE",
        "PE-LMA",
        "150122",
    )
    report = validate(str(version / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]

    # The municipality-code rule reads the workspace's UBIGEO list: 150199 has the form of a
    # UBIGEO but no district, 15012 lacks a digit; 150132 (San Juan de Lurigancho) is a
    # district the shipped list has and the workspace's dozen lacks.
    rows = [row, {**row, "municipality_code": "150199"}, {**row, "municipality_code": "15012"}]
    rows.append({**row, "municipality_code": "150132"})
    for n, r in enumerate(rows):
        r["observation_id"], r["breakdown_value"] = f"o{n:016x}", f"b{n}"
    staged = tmp_path / "check" / "observations.csv"
    staged.parent.mkdir()
    with staged.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerows(rows)

    def flagged() -> list[tuple[int | None, str | None]]:
        found = validate_paths([staged], Options(workspace=tmp_path)).findings
        return [(f.row, f.cell) for f in found if f.code == "municipality-code"]

    assert flagged() == [(3, "150199"), (4, "15012"), (5, "150132")]
    (tmp_path / "schemas" / "gazetteers" / "pe_ubigeo.csv").unlink()
    assert flagged() == [(3, "150199"), (4, "15012")]  # the shipped list has 150132


def test_every_municipal_gazetteer_is_checked_by_the_validation_rule(tmp_path: Path) -> None:
    """The shipped lists, and the PE and CO lists a workspace puts in their place."""
    import yaml

    from genero_etl.resources import default_schemas_dir

    rules = yaml.safe_load((default_schemas_dir() / "rules" / "observations.yaml").read_text())
    (rule,) = [r for r in rules["rules"] if r["id"] == "municipality-code"]
    reg = load_countries(add_pe_co_gazetteers(tmp_path / "schemas"))
    shipped = {
        "MX",
        "AR",
        "CL",
        "PE",
        "CO",
        "EC",
        "DO",
        "PR",
        "CR",
        "HN",
        "GT",
        "BO",
        "PY",
        "SV",
        "CU",
    }
    assert {c.code for c in reg if c.gazetteers} >= shipped
    for country in reg:
        for spec in country.gazetteers:
            if spec.level != "admin1":
                checked = rule["patterns"][country.code]
                assert (checked["catalogue"], checked["column"]) == (
                    spec.file,
                    spec.columns["code"],
                )
                assert checked["pattern"] == f"[0-9]{{{spec.code_width}}}"


def test_a_workspace_country_brings_its_own_gazetteer(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    _write(
        schemas / "gazetteers" / "bz_villages.csv", "code,village,district\n0101,Belize City,01\n"
    )
    _write(
        schemas / "countries" / "bz.yaml",
        "code: BZ\nname: {es: Belice, en: Belize}\nnumber_convention: decimal_point\n"
        "admin1:\n  codes: {BZ-BZ: '01'}\n  names: {BZ-BZ: Belize District}\n"
        "gazetteers:\n  - file: gazetteers/bz_villages.csv\n    level: village\n"
        "    columns: {code: code, name: village, admin1_code: district}\n    code_width: 4\n",
    )
    use_workspace(schemas)
    try:
        place = place_from_code("BZ", "101")
        assert place is not None
        assert (place.municipality, place.municipality_code, place.admin1) == (
            "Belize City",
            "0101",
            "BZ-BZ",
        )
        assert [a.iso for a in lookup_admin1("belize district")] == ["BZ-BZ"]
    finally:
        use_workspace(None)
    assert place_from_code("BZ", "0101") is None


def test_national_ids_name_their_documents_with_patterns() -> None:
    pe = load_countries().get("PE")
    assert [(t.name, t.module, t.cue_required, t.cues) for t in pe.id_types] == [
        ("DNI/CUI", "pe.cui", True, ("CUI",)),
        ("RUC", "pe.ruc", True, ("RUC",)),
    ]
    assert pe.national_ids == ("pe.cui", "pe.ruc")
    ec = load_countries().get("EC")
    # a module alone declares a document the screen does not search for
    assert [(t.name, t.module, t.pattern) for t in ec.id_types][-1] == ("RUC", "ec.ruc", "")


def test_a_bad_national_id_entry_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "countries"
    folder.mkdir()
    (folder / "pe.yaml").write_text(
        "code: PE\nnational_ids:\n  - {name: CE, pattern: '(\\d{9}', cue: required}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as caught:
        load_countries(tmp_path)
    assert caught.value.code == "country-file-invalid"
    assert "pattern" in caught.value.message("en")
    (folder / "pe.yaml").write_text(
        "code: PE\nnational_ids:\n  - {name: CE, pattern: '\\d{9}', cue: always}\n",
        encoding="utf-8",
    )
    load_countries.cache_clear()
    with pytest.raises(UsageError):
        load_countries(tmp_path)
    load_countries.cache_clear()


def test_a_workspace_declares_its_municipality_code_shape(tmp_path: Path) -> None:
    _write(
        tmp_path / "schemas" / "countries" / "pe.yaml",
        "code: PE\nmunicipalities:\n  code: {longer: [{digits: 8, keep: 6, rest: '00'}]}\n",
    )
    shape = load_countries(tmp_path / "schemas").get("PE").municipality_code
    assert (shape.digits, shape.admin1_prefix) == (6, 2)  # merged over the shipped file
    assert [(c.digits, c.keep, c.rest) for c in shape.longer] == [(8, 6, "00")]
    assert load_countries().get("CO").municipality_code.longer[0].rest == "000"
