"""Work done once (an anchor automaton, a run of capitalised words remembered, a digit
count) finds what the plain scan found."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from genero_etl.countries import registry
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.traps import _DIGIT_FLOOR, trap_spans
from genero_etl.normalize.country_guess import (
    _cue_patterns,
    _rejoined,
    _scanner,
    infer_country,
    name_ends,
    scan_cues,
)
from genero_etl.normalize.places import (
    _CAPWORDS,
    _CAPWORDS_JOINED,
    _CAPWORDS_LONG,
    _admin1_ends,
    _admin1_in_run,
    _admin1_mentions,
    capitalised_runs_with_context,
    gazetteer,
    joined_runs_with_context,
    key,
    lookup_admin1,
    lookup_municipality,
)

TEXTS = [
    "Instituto Municipal de las Mujeres de Zapopan, Jalisco. El DIF municipal y la CONAVIM.",
    "Municipio de Luján, provincia de Buenos Aires. Ley Micaela: 40 agentes capacitados.",
    "Municipalidad de Temuco, Región de La Araucanía. Sernameg y Carabineros de Chile.",
    "informe sin país: 12 talleres, 300 personas.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_automaton_picks_the_patterns_the_substring_test_picks(text: str) -> None:
    lowered = text.lower()
    scanner = _scanner(registry())
    expected = [p for p in scanner.patterns if p.may_match(text, lowered)]
    assert scanner.index.to_run(text, lowered) == expected
    cue_patterns = _cue_patterns(registry())
    counts: Counter[str] = Counter()
    for p in cue_patterns:
        if p.may_match(text, lowered):
            counts[p.country] += len(p.regex.findall(text))
    found = scan_cues(text)
    assert found == counts and list(found) == list(counts)  # same keys, zeros included


def test_a_cased_anchor_is_looked_for_as_written() -> None:
    scanner = _scanner(registry())
    cased = [p for p in scanner.patterns if p.cased]
    assert cased, "the shipped countries have cased institutions (DIF)"
    anchor = cased[0].anchor
    text = f"Informe del {anchor} municipal"
    assert cased[0] in scanner.index.to_run(text, text.lower())
    lowered_only = f"informe del {anchor.lower()} municipal"
    assert cased[0] not in scanner.index.to_run(lowered_only, lowered_only)


def test_the_country_of_a_mexican_text_is_found_with_its_evidence() -> None:
    guess = infer_country([TEXTS[0]])
    assert guess.code == "MX"
    assert any("Zapopan" in e or "Jalisco" in e for e in guess.evidence)


def test_a_run_of_capitalised_words_is_read_once_and_counted_each_time() -> None:
    text = "Gobierno del Estado de Jalisco.\nOficina en Jalisco y Estado de Jalisco."
    first = _admin1_mentions(text)
    assert first["MX-JAL"] == 3
    assert gazetteer().memo[("run", "Gobierno del Estado de Jalisco", "", "")] == ["MX-JAL"]
    assert _admin1_mentions(text) == first


@pytest.mark.parametrize(
    ("line", "digits"),
    [
        ("Contacto: Tel. 2323-456789.", 10),
        ("Llamar al 11 4567 8901 o al 0800.", 14),
        ("Teléfono (011) 4567-8901", 11),
        ("Celular 15 22 33 44", 8),
    ],
)
def test_a_phone_is_still_found_and_has_at_least_the_floor_of_digits(
    line: str, digits: int
) -> None:
    found = [span for kind, span in trap_spans(line, default_lexicon()) if kind == "phone"]
    assert found
    assert sum(map(str.isdigit, line)) == digits
    for pattern, floor in _DIGIT_FLOOR.items():
        for m in pattern.finditer(line):
            assert len(re.findall(r"\d", m.group(0))) >= floor


def test_a_line_with_few_digits_has_no_phone() -> None:
    line = "- Se atendieron 1234 mujeres y 56 varones."
    assert [k for k, _ in trap_spans(line, default_lexicon()) if k == "phone"] == []


def test_a_pattern_both_counted_and_weighed_is_one_object_and_its_matches_follow_the_text() -> None:
    from genero_etl.normalize.country_guess import _matches

    cues = {(p.regex.pattern, p.regex.flags): p.regex for p in _cue_patterns(registry())}
    shared = [
        p.regex for p in _scanner(registry()).patterns if (p.regex.pattern, p.regex.flags) in cues
    ]
    assert shared, "owned institutions and demonyms are cues too"
    assert all(cues[(r.pattern, r.flags)] is r for r in shared)
    micaela = next(r for r in shared if "micaela" in r.pattern)
    first = "Ley Micaela: 40 agentes. La ley Micaela se aplica."
    second = "Sin ley aquí."
    assert [m.span() for m in _matches(micaela, first)] == [(0, 11), (28, 39)]
    assert _matches(micaela, second) == []  # another text: scanned anew
    assert [m.group(0) for m in _matches(micaela, first)] == ["Ley Micaela", "ley Micaela"]


def test_a_line_seen_again_gets_its_own_list_of_trap_spans_and_numbers() -> None:
    from genero_etl.extract.grammar import scan_numbers

    line = "Contacto: calle Belgrano 120, Tel. 2323-456789."
    first = trap_spans(line)
    assert ("phone", (35, 46)) in first
    first.clear()  # a caller's list is its own: the remembered spans are untouched
    assert ("phone", (35, 46)) in trap_spans(line)
    numbers = scan_numbers(line)
    assert [n.raw for n in numbers] == ["120", "2323"]
    numbers.clear()
    assert [n.raw for n in scan_numbers(line)] == ["120", "2323"]


ANCHORED = [
    # (pattern as the countries' files write it, the anchor, a text it matches)
    ("(?-i:FELCV|Felcv)", "felcv", "Denuncias recibidas por la Felcv en 2023: 412."),
    ("(?-i:FELCV|Felcv)", "felcv", "Denuncias recibidas por la FELCV en 2023: 412."),
    ("(?-i:Cibao)", "cibao", "Región del Cibao: 35 casos."),
    ("(?-i:San Pedro Sula)", "san pedro sula", "Oficina de San Pedro Sula, 20 talleres."),
    ("(?-i:Medell[ií]n)(?! de )", "medell", "Alcaldía de Medellín. 90 atenciones."),
    ("0800[\\s-]?4141", "0800", "Llamadas al 0800-4141: 150."),
    ("(?:l[ií]nea|sos)\\s*137", "137", "Se atendieron 80 llamadas a la Línea 137."),
    ("[*×]\\s?212(?!\\d)", "212", "Marque *212 desde su celular; 45 llamadas."),
    ("1-?200-?7212", "7212", "Línea 1-200-7212: 33 llamadas."),
    ("\\(021\\)\\s?\\d", "021", "Teléfono (021) 4 567 890."),
    ("ley (?:n[°º.]?\\s*)?30364", "30364", "En el marco de la Ley N° 30364, 70 casos."),
]


@pytest.mark.parametrize(("pattern", "anchor", "text"), ANCHORED)
def test_a_case_sensitive_name_or_a_number_is_an_anchor_every_match_holds(
    pattern: str, anchor: str, text: str
) -> None:
    from genero_etl.normalize.country_guess import _anchor, _bounded

    assert _anchor(pattern) == (anchor, False)
    matches = re.findall(_bounded(pattern), text, re.IGNORECASE)
    assert matches and all(anchor in m.lower() for m in matches)
    without = text.replace(matches[0], "")
    assert anchor not in without.lower()  # the pattern is not run on such a text


def test_a_case_group_of_other_words_or_a_count_in_braces_gives_no_new_anchor() -> None:
    from genero_etl.normalize.country_guess import _anchor

    assert _anchor("(?-i:FELCV|Inamu)") == ("", False)  # two words: no one anchor
    assert _anchor("(?-i:DIF)") == ("DIF", True)  # capitals alone: looked for as written
    assert _anchor("abc\\d{3}") == ("abc", False)  # digits beside a count are not literals


@pytest.mark.parametrize("text", [a[2] for a in ANCHORED])
def test_the_automaton_with_the_new_anchors_picks_what_the_substring_test_picks(
    text: str,
) -> None:
    test_the_automaton_picks_the_patterns_the_substring_test_picks(text)
    # and every pattern with a match is among those run
    lowered = text.lower()
    scanner = _scanner(registry())
    run = scanner.index.to_run(text, lowered)
    assert [p for p in scanner.patterns if p.regex.findall(text)] == [
        p for p in run if p.regex.findall(text)
    ]


DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def _ends_span_by_span(words: list[str], start: int, names: set[str]) -> list[int]:
    """The pass the trie replaced: each span from the whole run down to one word, folded and
    looked up."""
    return [e for e in range(len(words), start, -1) if key(" ".join(words[start:e])) in names]


def test_the_name_trie_finds_the_spans_the_span_by_span_pass_found_on_every_text() -> None:
    scanner = _scanner(registry())
    names = {*scanner.places, *scanner.common_admin1, *scanner.shared}
    texts = sorted(DOCS.glob("*.txt"))
    assert len(texts) > 1000
    starts = named = 0
    for path in texts:
        for before, words in joined_runs_with_context(path.read_text(encoding="utf-8")):
            _, words = _rejoined(before, words)
            for start in range(len(words)):
                expected = _ends_span_by_span(words, start, names)
                assert name_ends(words, start, scanner.names) == expected, (path.name, words)
                starts += 1
                named += bool(expected)
    assert starts > 45_000 and named > 4_000  # the corpus's runs, many naming a place


def test_san_pedro_sula_and_san_pedro_end_where_the_trie_says() -> None:
    # hn_fep_mujer_san_pedro_sula_informe_2025.txt, line 2: "... 46 sentencias condenatorias
    # en San Pedro Sula."
    line = (DOCS / "hn_fep_mujer_san_pedro_sula_informe_2025.txt").read_text().splitlines()[1]
    runs = [words for _, words in joined_runs_with_context(line)]
    assert ["San", "Pedro", "Sula"] in runs
    names = _scanner(registry()).names
    assert name_ends(["San", "Pedro", "Sula"], 0, names) == [3, 2]  # longest first
    assert name_ends(["San", "Pedro", "Sula"], 1, names) == []
    guess = infer_country([line])
    assert guess.code == "HN"
    assert "municipality 'San Pedro Sula' (0501)" in guess.evidence


def test_the_division_tries_find_every_span_the_lookup_finds_on_every_text() -> None:
    gaz = gazetteer()
    texts = sorted(DOCS.glob("*.txt"))
    starts = named = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        for _, words in capitalised_runs_with_context(text, _CAPWORDS_LONG):
            for start in range(len(words)):

                def found(end: int, start: int = start, words: list[str] = words) -> bool:
                    return bool(lookup_admin1(" ".join(words[start:end])))

                every = [e for e in range(len(words), start, -1) if found(e)]
                assert [e for e in _admin1_ends(gaz, words, start) if found(e)] == every, words
                starts += 1
                named += bool(every)
    assert starts > 45_000 and named > 3_000  # the corpus's runs, many naming a division


@pytest.mark.parametrize(
    ("words", "isos"),
    [
        # ar_protex_linea145_denuncias_2021: "Ciudad Autónoma de Buenos Aires"
        (["Ciudad", "Autónoma", "de", "Buenos", "Aires"], ["AR-C"]),
        # mx_sonora_semujeres_servicios_2025: "Gobierno del Estado de Sonora"
        (["Gobierno", "del", "Estado", "de", "Sonora"], ["MX-SON"]),
        (["Provincia", "de", "Santa", "Fe"], ["AR-S"]),  # a division's word, then the name
        (["Pcia.", "Bs.", "As."], ["AR-B"]),  # an abbreviation of three words, as written
        # a code, then the name (Lima's region and Lima Metropolitana)
        (["PE-LIM", "Lima"], ["PE-LIM", "PE-LIM", "PE-LMA"]),
        (["Informe", "Anual"], []),
    ],
)
def test_a_run_names_its_divisions_by_the_longest_name_at_each_word(
    words: list[str], isos: list[str]
) -> None:
    assert _admin1_in_run(words) == isos


def _runs_line_by_line(text: str, pattern: re.Pattern[str]) -> list[tuple[str, list[str]]]:
    """The runs as read before a one-line run was taken whole: each run cut at its lines."""
    runs = []
    for m in pattern.finditer(text):
        start = m.start()
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        before = text[max(line_start, start - 40) : start]
        for line in m.group(0).split("\n"):
            if line.strip():
                runs.append((before, line.split()))
            before = ""
    return runs


@pytest.mark.parametrize("pattern", [_CAPWORDS, _CAPWORDS_JOINED, _CAPWORDS_LONG])
def test_the_runs_of_capitalised_words_are_the_same_on_every_text(pattern: re.Pattern[str]) -> None:
    across = 0
    for path in sorted(DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        runs = _runs_line_by_line(text, pattern)
        assert list(capitalised_runs_with_context(text, pattern)) == runs, path.name
        across += sum(1 for m in pattern.finditer(text) if "\n" in m.group(0))
    assert across > 100  # runs over two lines (a title's words, then the next line's) among them


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("departamento de Maldonado", "UY-MA"),  # uy_inmujeres_servicio_telefonico_llamadas_junio
        ("Estado de México", "MX-MEX"),  # mx_edomex_semujeres_16_dias_activismo_2025
        ("Maldonado", "UY-MA"),
    ],
)
def test_a_division_is_found_after_its_word_and_without(name: str, iso: str) -> None:
    assert [a.iso for a in lookup_admin1(name)] == [iso]


def test_a_municipality_is_found_after_its_word_and_without() -> None:
    # "Municipio de ...", "Alcaldía de ...": words a municipality's name is written after
    for written in ("Municipio de Medellín", "Alcaldía de Medellín", "Medellín"):
        assert [(m.country, m.code) for m in lookup_municipality(written)] == [("CO", "05001")]
    assert [m.code for m in lookup_municipality("Villa de Álvarez", "MX")] == ["06010"]
