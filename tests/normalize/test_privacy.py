"""The privacy screen: what it hides, what it leaves, and the tables it runs over."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genero_etl.normalize.privacy import (
    COMPLEMENTARY_FLAG,
    MASK,
    clean_cell,
    complementary_suppression,
    is_personal_label,
    screen_observations,
    screen_text,
)


@pytest.mark.parametrize(
    ("text", "hidden", "kind"),
    [
        ("Víctima: María Pérez, edad 34", "María Pérez", "nombre"),
        ("Ana López Gómez, DNI 30.123.456, denunció", "30.123.456", "DNI"),
        ("Ana López Gómez, DNI 30.123.456, denunció", "Ana López Gómez", "nombre"),
        ("CUIT 20-12345678-6 del proveedor", "20-12345678-6", "CUIT/CUIL"),
        ("20123456786", "20123456786", "CUIT/CUIL"),
        ("CURP GODE561231HDFRRN00 registrada", "GODE561231HDFRRN00", "CURP"),
        ("RFC GODE561231GR8", "GODE561231GR8", "RFC"),
        ("RUT 12.345.678-5", "12.345.678-5", "RUT/RUN"),
        ("cédula 1712345675", "1712345675", "CI"),
        ("C.I. 1.234.567-2", "1.234.567-2", "CC/NIT"),
        ("Pasaporte N° AB123456", "AB123456", "documento"),
        ("tel 1145678901 (celular)", "1145678901", "teléfono"),
        ("llamar al 11 4567-8901", "11 4567-8901", "teléfono"),
        ("+54 9 11 4567 8901", "+54 9 11 4567 8901", "teléfono"),
        ("escribir a maria.perez@gmail.com", "maria.perez@gmail.com", "correo"),
        ("escribir a maria＠gmail.com", "maria＠gmail.com", "correo"),
        ("vive en calle San Martín 1234", "San Martín 1234", "domicilio"),
        ("Av. Corrientes N° 1234", "Corrientes N° 1234", "domicilio"),
        ("Sra. Juana Gómez", "Juana Gómez", "nombre"),
    ],
)
def test_personal_data_is_masked(text: str, hidden: str, kind: str) -> None:
    masked, kinds = screen_text(text)
    assert hidden not in masked
    assert MASK in masked
    assert kind in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Se atendieron 1.234.567 personas en 2024",
        "Total 2019-2023: 456 denuncias",
        "del 2024-01-01 al 2024-12-31",
        "el 15/03/2024 se realizó el taller",
        "personas en situación de calle 45",
        "Dirección de la Mujer 2024",
        "Víctimas atendidas 120",
        "presupuesto $1500000000",
        "Ley 26.485 y 27.499",
        "cuenta presupuestaria 21.03.000.000",
        "1260816.0",
        "raw/informe.csv (sha256 2682c32bbf0b)",
        "Monto: 12 500 000",
        "Intendenta Juana",
        "La Araucanía | Padre Las Casas | Porcentaje de mujeres",
        "comuna de Padre Hurtado: 12 talleres",
        "PE.MD | Madre De Dios | 2009 | Feminicidio",
        "159 trabajadorxs aprobadxs",
        "Femicidios (2023): 12",
    ],
)
def test_statistics_and_institutions_are_left_alone(text: str) -> None:
    assert screen_text(text) == (text, ())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+54", "'+54"),
        ("-3", "'-3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("a\x00b\x1bc\x85", "abc"),
        ("\x00=1", "'=1"),
        ("normal", "normal"),
    ],
)
def test_clean_cell_neutralises_formulas_and_controls(cell: str, expected: str) -> None:
    assert clean_cell(cell) == expected


def test_personal_labels() -> None:
    assert is_personal_label("DNI")
    assert is_personal_label("N° de teléfono")
    assert is_personal_label("Correo electrónico")
    assert not is_personal_label("Atenciones")
    assert not is_personal_label("Denuncias por DNI extraviado")
    # the card's number as registers head it ("C.I. N°" in Paraguay, Bolivia, Uruguay)
    assert is_personal_label("C.I. N°")
    assert is_personal_label("Cédula Nro.")
    assert not is_personal_label("Casos N°")


def test_a_value_under_an_id_column_read_as_a_breakdown_is_dropped(column_path: str) -> None:
    # a register read as a wide table: the ID column's header is the value's category and
    # its cells ("4567.123", a CI to a Paraguayan) would be published as numbers
    table = _obs(
        [
            {"observation_id": "ci", "indicator_label": "sin clasificar", "value": 4567.123,
             "value_raw": "4567.123", "breakdown_dimension": "categoria",
             "breakdown_value": "C.I. N°", "source_text": "Central | C.I. N°"},
            {"observation_id": "casos", "indicator_label": "sin clasificar", "value": 14.0,
             "value_raw": "14", "breakdown_dimension": "categoria",
             "breakdown_value": "Casos", "source_text": "Central | Casos"},
            # a channel of a helpline is a breakdown, not a phone number
            {"observation_id": "canal", "indicator_label": "Llamadas", "value": 1200.0,
             "value_raw": "1200", "breakdown_dimension": "canal",
             "breakdown_value": "Teléfono", "source_text": "Teléfono | 1200"},
        ]
    )  # fmt: skip
    out, _, dropped = screen_observations(table)
    assert dropped == 1
    assert [(r["observation_id"], r["value"]) for r in out.to_pylist()] == [
        ("casos", 14.0),
        ("canal", 1200.0),
    ]


def _obs(rows: list[dict[str, object]]) -> pa.Table:
    base = {
        "observation_id": "",
        "indicator_label": "",
        "value": None,
        "value_raw": "",
        "value_text": "",
        "source_text": "",
        "parent_observation_id": "",
        "breakdown_dimension": "_T",
        "quality_flags": "",
    }
    return pa.Table.from_pylist([base | r for r in rows])


@pytest.fixture(params=["python", "arrow"])
def column_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Short columns are screened with Python lists, long ones with Arrow kernels: both."""
    import genero_etl.normalize.privacy as privacy

    if request.param == "arrow":
        monkeypatch.setattr(privacy, "_SMALL_COLUMN", 0)
    return str(request.param)


def test_screen_observations_masks_labels_and_drops_personal_values(column_path: str) -> None:
    table = _obs(
        [
            {
                "observation_id": "o1",
                "indicator_label": "Víctima: María Pérez",
                "value": 3.0,
                "value_raw": "3",
                "source_text": "Víctima: María Pérez\t3",
            },
            {
                "observation_id": "o2",
                "indicator_label": "Contacto",
                "value": 1145678901.0,
                "value_raw": "1145678901",
                "source_text": "Contacto: tel 1145678901",
            },
            {"observation_id": "o3", "indicator_label": "DNI", "value": 30123456.0},
            {"observation_id": "o4", "indicator_label": "=HYPERLINK(1)", "value": 4.0},
        ]
    )
    out, kinds, dropped = screen_observations(table)
    rows = {r["observation_id"]: r for r in out.to_pylist()}
    assert dropped == 2 and set(rows) == {"o1", "o4"}
    assert rows["o1"]["indicator_label"] == f"Víctima: {MASK}"
    assert rows["o1"]["source_text"] == f"Víctima: {MASK}\t3"
    assert rows["o1"]["quality_flags"] == "redacted"
    assert rows["o1"]["value"] == 3.0
    assert rows["o4"]["indicator_label"] == "'=HYPERLINK(1)"
    assert kinds["nombre"] == 2 and kinds["teléfono"] == 1  # label and source_text; one phone


def test_a_value_masked_out_of_its_sentence_before_staging_is_dropped(column_path: str) -> None:
    # text reports are screened when their values are read: "con CI 1234567" reaches the
    # stage as "con CI [dato personal oculto]", and the ID read as a value must not stay
    masked = f"La usuaria con CI {MASK} fue atendida; se atendieron 1.234.567 consultas."
    table = _obs(
        [
            {"observation_id": "id", "value": 1234567.0, "value_raw": "1234567",
             "source_text": masked, "quality_flags": "redacted"},
            {"observation_id": "count", "value": 1234567.0, "value_raw": "1.234.567",
             "source_text": masked, "quality_flags": "redacted"},
            {"observation_id": "small", "value": 45.0, "value_raw": "45",
             "source_text": f"45 mujeres; tel {MASK}", "quality_flags": "redacted"},
        ]
    )  # fmt: skip
    out, _, dropped = screen_observations(table)
    assert dropped == 1
    assert [r["observation_id"] for r in out.to_pylist()] == ["count", "small"]


def test_screen_observations_on_dictionary_columns() -> None:
    table = _obs([{"observation_id": "o1", "indicator_label": "Sra. Ana Díaz", "value": 1.0}])
    index = table.column_names.index("indicator_label")
    table = table.set_column(
        index, "indicator_label", table.column("indicator_label").dictionary_encode()
    )
    out, _, _ = screen_observations(table)
    assert out.column("indicator_label").to_pylist() == [f"Sra. {MASK}"]


def test_complementary_suppression_hides_a_second_part(column_path: str) -> None:
    table = _obs(
        [
            {"observation_id": "t", "value": 20.0},
            {
                "observation_id": "a",
                "parent_observation_id": "t",
                "breakdown_dimension": "tipo",
                "value": None,
                "value_text": "<3",
                "quality_flags": "suppressed_small_count",
            },
            {
                "observation_id": "b",
                "parent_observation_id": "t",
                "breakdown_dimension": "tipo",
                "value": 7.0,
                "value_raw": "7",
            },
            {
                "observation_id": "c",
                "parent_observation_id": "t",
                "breakdown_dimension": "tipo",
                "value": 11.0,
                "value_raw": "11",
            },
            # another dimension of the same total, with nothing hidden: untouched
            {
                "observation_id": "d",
                "parent_observation_id": "t",
                "breakdown_dimension": "modalidad",
                "value": 20.0,
            },
        ]
    )
    out, hidden = complementary_suppression(table)
    rows = {r["observation_id"]: r for r in out.to_pylist()}
    assert hidden == 1
    assert rows["b"]["value"] is None and rows["b"]["value_raw"] is None
    assert rows["b"]["value_text"] == "suprimido"
    assert rows["b"]["quality_flags"] == COMPLEMENTARY_FLAG
    assert rows["c"]["value"] == 11.0 and rows["d"]["value"] == 20.0 and rows["t"]["value"] == 20.0


def test_complementary_suppression_when_only_the_total_is_hidden(column_path: str) -> None:
    table = _obs(
        [
            {"observation_id": "t", "value": None, "quality_flags": "suppressed_small_count"},
            {"observation_id": "a", "parent_observation_id": "t", "value": 1.0},
            {"observation_id": "b", "parent_observation_id": "t", "value": 1.0},
        ]
    )
    out, hidden = complementary_suppression(table)
    assert hidden == 1
    assert out.column("value").to_pylist() == [None, None, 1.0]


def test_complementary_suppression_in_a_crosstab_follows_both_totals(column_path: str) -> None:
    """A 2x2 crosstab (types across, departments down) with its row and column totals: a
    hidden cell is a part of its column's total (parent) and of its row's (other total);
    hiding a second cell only in its column would let its row give it away."""

    def cell(oid: str, value: float | None, column: str, row: str) -> dict[str, object]:
        hidden = value is None
        return {"observation_id": oid, "value": value, "breakdown_dimension": "tipo",
                "parent_observation_id": column, "other_total_observation_id": row,
                "value_text": "<3" if hidden else "", "value_raw": "" if hidden else str(value),
                "quality_flags": "suppressed_small_count" if hidden else ""}  # fmt: skip

    table = _obs(
        [
            {"observation_id": "grand", "value": 31.0, "other_total_observation_id": ""},
            {"observation_id": "c1", "value": 12.0, "parent_observation_id": "grand"},
            {"observation_id": "c2", "value": 19.0, "parent_observation_id": "grand"},
            {"observation_id": "r1", "value": 10.0, "other_total_observation_id": "grand"},
            {"observation_id": "r2", "value": 21.0, "other_total_observation_id": "grand"},
            cell("a", None, "c1", "r1"),
            cell("b", 7.0, "c2", "r1"),
            cell("c", 9.0, "c1", "r2"),
            cell("d", 12.0, "c2", "r2"),
        ]
    )
    out, hidden = complementary_suppression(table)
    values = dict(zip(out.column("observation_id").to_pylist(), out.column("value").to_pylist(),
                      strict=True))  # fmt: skip
    # column c1 hides c; row r1 then hides b (a = r1 - b otherwise); row r2 hides d
    assert hidden == 3
    assert [values[k] for k in "abcd"] == [None, None, None, None]
    assert values["r1"] == 10.0 and values["c1"] == 12.0 and values["grand"] == 31.0


# --- properties ----------------------------------------------------------------------

_safe_words = st.sampled_from(
    ["Se", "atendieron", "personas", "talleres", "en", "el", "año", "total", "mujeres", "de"]
)


def _cuit(body: str) -> str:
    from stdnum.ar import cuit

    return body + cuit.calc_check_digit(body)


@settings(max_examples=150, deadline=None)
@given(
    prefix=st.lists(_safe_words, max_size=6).map(" ".join),
    body=st.from_regex(r"\A(20|23|24|27)[0-9]{8}\Z"),
    suffix=st.lists(_safe_words, max_size=6).map(" ".join),
)
def test_property_a_valid_cuit_never_survives(prefix: str, body: str, suffix: str) -> None:
    number = _cuit(body)
    for shown in (number, f"{number[:2]}-{number[2:10]}-{number[10]}"):
        masked, _ = screen_text(f"{prefix} {shown} {suffix}")
        assert shown not in masked


@settings(max_examples=150, deadline=None)
@given(
    name=st.from_regex(r"\A[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}\Z"),
    cue=st.sampled_from(["Víctima:", "víctima", "Sra.", "Denunciante:", "Nombre y apellido:"]),
    number=st.integers(min_value=10_000_000, max_value=45_999_999),
)
def test_property_names_and_dni_after_cues_never_survive(name: str, cue: str, number: int) -> None:
    dni = f"{number:,}".replace(",", ".")
    masked, _ = screen_text(f"{cue} {name}, DNI {dni}")
    assert name not in masked
    assert dni not in masked


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_property_screen_is_idempotent_and_never_grows_controls(text: str) -> None:
    masked, _ = screen_text(text)
    assert screen_text(masked)[0] == masked
    cleaned = clean_cell(text)
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in cleaned)
    assert cleaned[:1] not in set("=+-@\t\r＝＋－＠")


@settings(max_examples=200, deadline=None)
@given(
    count=st.integers(min_value=0, max_value=9_999_999),
    noun=st.sampled_from(["personas", "talleres", "denuncias", "mujeres atendidas"]),
)
def test_property_counts_are_never_masked(count: int, noun: str) -> None:
    for shown in (str(count), f"{count:,}".replace(",", ".")):
        text = f"Se registraron {shown} {noun} en 2024"
        assert screen_text(text) == (text, ())


# --- national IDs come from the country files: a workspace adds one ------------------------

PE_WITH_CE = """\
code: PE
national_ids:  # a list replaces the shipped one: the shipped entries are repeated
  - {name: DNI/CUI, module: pe.cui, pattern: '\\d{8}(?:-?[\\dA-K])?', cue: required, cues: [CUI]}
  - {name: RUC, module: pe.ruc, pattern: '(?:10|15|17|20)\\d{9}', cue: required, cues: [RUC]}
  - {name: carné de extranjería, pattern: '\\d{9}', cue: required, cues: [CE, C.E.]}
"""


def test_a_workspace_country_file_adds_an_id_the_screen_then_masks(tmp_path: Path) -> None:
    from genero_etl.countries import use_workspace

    text = "Denunciante con CE 001234567 y DNI 45678912, de Lima"
    assert screen_text(text) == (
        f"Denunciante con CE 001234567 y DNI {MASK}, de Lima",
        ("DNI",),
    )
    folder = tmp_path / "schemas" / "countries"
    folder.mkdir(parents=True)
    (folder / "pe.yaml").write_text(PE_WITH_CE, encoding="utf-8")
    use_workspace(tmp_path / "schemas")
    try:
        masked, kinds = screen_text(text)
        assert masked == f"Denunciante con CE {MASK} y DNI {MASK}, de Lima"
        assert kinds == ("DNI", "carné de extranjería")
        assert screen_text("C.E. N° 001234567") == (f"C.E. N° {MASK}", ("carné de extranjería",))
        # a Peruvian DNI (8 digits) after its own cue is named by the Peruvian document
        assert screen_text("CUI 45678912") == (f"CUI {MASK}", ("DNI/CUI",))
    finally:
        use_workspace(None)
    assert screen_text(text)[0] == f"Denunciante con CE 001234567 y DNI {MASK}, de Lima"


def test_every_shipped_country_id_with_a_pattern_is_screened() -> None:
    from genero_etl.countries import load_countries
    from genero_etl.normalize.privacy import policy

    screened = {(i.country, i.name, i.pattern) for i in policy().identifiers}
    for country in load_countries():
        for t in country.id_types:
            if t.pattern:
                assert (country.code, t.name, t.pattern) in screened
    # what privacy.yaml adds: a country with no file (Brazil) and the generic rule
    assert {i.country for i in policy().identifiers} - set(load_countries().codes()) == {"BR", "*"}


@pytest.mark.parametrize(
    ("text", "hidden", "kind"),
    [
        ("RUC 20123456786", "20123456786", "RUC"),  # the document its cue announces
        ("DUI 01234567-8", "01234567-8", "DUI"),
        ("DPI 1234 56789 0101", "1234 56789 0101", "CUI/DPI"),
        ("LE 4.123.456", "4.123.456", "DNI"),  # Argentina's libreta de enrolamiento
    ],
)
def test_a_country_cue_names_its_document(text: str, hidden: str, kind: str) -> None:
    masked, kinds = screen_text(text)
    assert hidden not in masked and MASK in masked
    assert kind in kinds


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_hides_the_id_a_workspace_country_adds(tmp_path: Path, jobs: int) -> None:
    """In one process and in worker processes (each screens with the workspace's countries)."""
    from genero_etl.countries import use_workspace
    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.workspace import Workspace

    folder = tmp_path / "schemas" / "countries"
    folder.mkdir(parents=True)
    (folder / "pe.yaml").write_text(PE_WITH_CE, encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "lima.txt").write_text(
        "Centro Emergencia Mujer de Lima, Perú. Informe 2023.\n"
        "En 2023 se atendieron 45 mujeres; la denunciante con CE 001234567 fue derivada.\n",
        encoding="utf-8",
    )
    (raw / "casos.csv").write_text(
        "concepto,casos\nDenunciante CE 001234567,1\nAtenciones,12\n",
        encoding="utf-8",
    )
    try:
        result = ingest_paths([raw], Workspace(tmp_path), IngestOptions(jobs=jobs))
    finally:
        use_workspace(None)
    assert [(f.source_file, f.ok) for f in result.files] == [
        ("raw/casos.csv", True),
        ("raw/lima.txt", True),
    ]
    by_value = {(o.source_file, o.value): o for o in result.observations}
    sentence = by_value[("raw/lima.txt", 45.0)]
    assert sentence.source_text == (
        f"En 2023 se atendieron 45 mujeres; la denunciante con CE {MASK} fue derivada."
    )
    assert "redacted" in sentence.quality_flags
    labels = [o.indicator_label for o in result.observations if o.source_file == "raw/casos.csv"]
    assert labels == [f"Denunciante CE {MASK}", "Atenciones"]
    # the ID itself, read as a value of the sentence, is not staged
    assert sorted(v for f, v in by_value if f == "raw/lima.txt") == [45.0]
    hidden = [i for i in result.issues if i.code == "personal-data-hidden"]
    assert [(i.source_file, i.message_es.endswith("dato personal: 1.")) for i in hidden] == [
        ("raw/casos.csv", False),  # a label masked, no row dropped
        ("raw/lima.txt", True),  # the ID read as a value dropped
    ]
    staged = b"".join(p.read_bytes() for p in (tmp_path / ".genero-etl").rglob("*") if p.is_file())
    assert b"001234567" not in staged and b"CE 001234567" not in staged


def test_no_note_quotes_a_value_dropped_as_personal_data(tmp_path: Path) -> None:
    """An ID on a signature line, read as a value and dropped, was still quoted by the note
    that it matched no indicator ("El valor 4567890 ..."), which is published."""
    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.workspace import Workspace

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "slim.txt").write_text(
        "Servicio Legal Integral Municipal (SLIM), Bolivia. Informe de la gestión 2023.\n"
        "Durante la gestión 2023, el SLIM atendió 1.248 casos de violencia.\n"
        "Responsable SLIM - CI 4567890 Ch.\n",
        encoding="utf-8",
    )
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions())
    assert [o.value for o in result.observations] == [1248.0]
    notes = [(i.code, i.message_es, i.message_en) for i in result.issues]
    assert not [n for n in notes if "4567890" in "".join(n)]
    assert "unclassified-indicator" not in [code for code, _, _ in notes]
    assert [
        m.endswith("dato personal: 1.") for c, m, _ in notes if c == "personal-data-hidden"
    ] == [True]
    staged = b"".join(p.read_bytes() for p in (tmp_path / ".genero-etl").rglob("*") if p.is_file())
    assert b"4567890" not in staged


def test_short_and_long_columns_are_screened_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    import genero_etl.normalize.privacy as privacy

    rows = [
        {"observation_id": "o1", "source_text": "Escribir a ana.diaz@correo.com", "value": 1.0},
        {"observation_id": "o2", "source_text": "Se atendieron 120 mujeres", "value": 120.0},
        {"observation_id": "o3", "source_text": "Contacto: calle Belgrano 123", "value": 3.0},
        {"observation_id": "o4", "source_text": "Talleres en escuelas", "value": 4.0},
    ]
    short, kinds, dropped = screen_observations(_obs(rows))
    monkeypatch.setattr(privacy, "_SMALL_COLUMN", 0)  # every column through RE2
    long, long_kinds, long_dropped = screen_observations(_obs(rows))
    assert short.column("source_text").to_pylist() == [
        f"Escribir a {MASK}",
        "Se atendieron 120 mujeres",
        f"Contacto: calle {MASK}",
        "Talleres en escuelas",
    ]
    assert short.equals(long) and kinds == long_kinds == {"correo": 1, "domicilio": 1}
    assert dropped == long_dropped == 0  # masked sentences, values kept


PREFILTER_TEXTS = [
    "Víctima: María Pérez, edad 34",
    "Ana López Gómez, DNI 30.123.456, denunció",
    "CUIT 20-12345678-6 del proveedor",
    "20123456786",
    "CURP GODE561231HDFRRN00 registrada",
    "RFC GODE561231GR8",
    "ÑAAA800101AB1 sin cue",
    "RUT 12.345.678-5",
    "C.I. 1.234.567-2",
    "Pasaporte N° AB123456",
    "tel 1145678901 (celular)",
    "llamar al １１ ４５６７-８９０１",  # full-width digits: \d, as the phone patterns read them
    "11 4567-8901",
    "+54 9 11 4567 8901",
    "maria.perez@gmail.com",
    "maria＠gmail.com",
    "vive en calle San Martín 1234",
    "Av. Corrientes N° 1234",
    "Sra. Juana Gómez",
    "a cargo de Ana Díaz",
    "Ley Micaela: 123 agentes municipales aprobaron la capacitación.",
    "Talleres de prevención en escuelas: 128 talleres con 2383 estudiantes.",
    "Femicidios registrados en el año",
    "Se atendieron 1.234.567 personas en 2024",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS)
def test_the_prefilter_changes_nothing_the_full_screen_would_find(text: str) -> None:
    import dataclasses
    import re

    from genero_etl.normalize.privacy import _screen_text, policy

    rules = policy()
    everything = dataclasses.replace(rules, prefilter=re.compile(""))  # no prefilter at all
    assert _screen_text.__wrapped__(text, (), rules) == _screen_text.__wrapped__(
        text, (), everything
    )


def test_the_prefilter_part_by_part_says_what_its_alternation_says() -> None:
    import re
    from pathlib import Path

    from genero_etl.normalize.privacy import AnyOf, policy

    prefilter = policy().prefilter
    assert isinstance(prefilter, AnyOf) and len(prefilter.parts) == 5
    whole = re.compile("|".join(part.pattern for part in prefilter.parts))
    raw = Path(__file__).resolve().parents[2] / "raw"
    texts = [*PREFILTER_TEXTS, "", "Sr. Pérez", "DNI 12.345.678", "ana@x.org", "Calle 5"]
    for path in sorted(raw.glob("*.txt")) + sorted(raw.glob("*.md")):
        texts += path.read_text("utf-8").splitlines()
    passed = [t for t in texts if prefilter.search(t)]
    assert passed == [t for t in texts if whole.search(t)]
    assert 20 < len(passed) < len(texts)


def test_the_prefilter_lets_plain_sentences_skip_the_full_screen() -> None:
    from genero_etl.normalize.privacy import policy

    prefilter = policy().prefilter
    passed = [t for t in PREFILTER_TEXTS if prefilter.search(t)]
    assert passed == [*PREFILTER_TEXTS[:20], "Se atendieron 1.234.567 personas en 2024"]


def test_a_short_table_with_nothing_to_screen_comes_back_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import genero_etl.normalize.privacy as privacy
    from genero_etl.normalize.privacy import screen_table

    plain = _obs([{"observation_id": "o1", "source_text": "Se atendieron 120 mujeres"}])
    screened, kinds, changed = screen_table(plain)
    assert screened is plain and not kinds and changed is None  # no copy, no column rebuilt
    rows = [
        {"observation_id": "o1", "source_text": "Se atendieron 120 mujeres"},
        {"observation_id": "o2", "indicator_label": "=SUMA(A1)", "source_text": "Talleres"},
        {"observation_id": "o3", "source_text": "Escribir a ana.diaz@correo.com"},
    ]
    short, short_kinds, short_changed = screen_table(_obs(rows))
    monkeypatch.setattr(privacy, "_SMALL_COLUMN", 0)  # every column through the kernels
    long, long_kinds, long_changed = screen_table(_obs(rows))
    assert short.equals(long) and short_kinds == long_kinds == {"correo": 1}
    assert short.column("indicator_label").to_pylist() == ["", "'=SUMA(A1)", ""]
    assert short.column("source_text").to_pylist()[2] == f"Escribir a {MASK}"
    assert short_changed is not None and long_changed is not None
    assert short_changed.to_pylist() == long_changed.to_pylist() == [False, False, True]


def test_the_prefilter_answer_is_remembered_per_text() -> None:
    from genero_etl.normalize.privacy import _prefiltered, policy

    rules = policy()
    _prefiltered.cache_clear()
    assert _prefiltered("Talleres en escuelas", rules) is False
    assert _prefiltered("DNI 30.123.456", rules) is True
    assert _prefiltered("Talleres en escuelas", rules) is False
    assert _prefiltered.cache_info().hits == 1
    assert screen_text("DNI 30.123.456") == (f"DNI {MASK}", ("DNI",))  # the screen reads it


def test_id_validators_are_imported_when_first_asked() -> None:
    """Building the screen's rules imports no python-stdnum module (it imports ``ssl``);
    screening an ID does, and the lazy validator answers as the module's own ``is_valid``;
    a module that does not exist still fails when the rules are built."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from genero_etl.normalize import privacy\n"
        "privacy.policy()\n"
        "print(sorted(m for m in sys.modules if m.startswith('stdnum')))\n"
        "print(privacy.screen_text('DNI 20.123.456')[1])\n"
        "print('stdnum.ar.dni' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "('DNI',)", "True"]

    from stdnum.cl import rut

    from genero_etl.normalize.privacy import _LazyValidator, _validator

    lazy = _LazyValidator("stdnum.cl.rut")
    for value in ("12.345.678-5", "12.345.678-K", "76.086.428-5", "1-9", "abc", ""):
        assert lazy(value) == rut.is_valid(value)
    with pytest.raises(ModuleNotFoundError, match=r"stdnum\.zz"):
        _validator("stdnum.zz.nada")


def test_the_prefilter_cues_grouped_by_opening_match_where_their_alternation_does() -> None:
    """The prefilter's cue part tries one lookahead per opening character, then that group's
    cues: it must find a cue exactly where the plain alternation of every cue does (the
    first match at the same place), on the corpus's lines and on every cue word in capitals,
    in small letters, capitalised, inside a word and after punctuation."""
    import re

    from genero_etl.normalize.privacy import (
        _country_identifiers,
        _cue_alternation,
        _cues_by_opening,
        policy,
    )
    from genero_etl.resources import data_dir, load_yaml

    data = load_yaml((data_dir() / "privacy.yaml").read_text("utf-8"))
    words = [
        *data["id_cues"],
        *(cue for item in data["identifiers"] for cue in item.get("cues") or ()),
        *(cue for _, cues in _country_identifiers(None) for cue in cues),
        *data["person_cues"],
        *data["street_cues"],
        *data["phone_cues"],
    ]
    grouped = re.compile(rf"(?<![\w])(?:{_cues_by_opening(words)})")
    plain = re.compile(rf"(?<![\w])(?:{_cue_alternation(words)})")
    assert "(?=(?i:c))(?:" in grouped.pattern and "(?=D)(?:" in grouped.pattern
    root = Path(__file__).resolve().parents[2]
    texts = [line for path in sorted((root / "raw").glob("*.txt")) for line in path.open()]
    for path in sorted((root / "tests/acceptance/texts/docs").glob("*.txt"))[:200]:
        texts += path.read_text("utf-8").splitlines()
    for word in words:
        texts += [word, word.upper(), word.lower(), word.title(), f"x{word}", f"(-{word}: 12"]

    def starts(pattern: re.Pattern[str]) -> list[int | None]:
        return [m.start() if (m := pattern.search(t)) else None for t in texts]

    found = starts(grouped)
    assert found == starts(plain)
    assert 500 < sum(f is not None for f in found) < len(texts)
    assert policy().prefilter.parts[-1].pattern.endswith(_cues_by_opening(words))
