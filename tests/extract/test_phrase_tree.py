"""``phrase_pattern`` writes its phrases as a tree of common beginnings: the same matches,
group for group, as the flat list of phrases, longest first, it replaced."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from genero_etl.extract.cues import phrase_pattern
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.textutil import longest_first

ROOT = Path(__file__).resolve().parents[2]
_SPELT = r"\wáéíóúñÁÉÍÓÚÑü"
_VOWELS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}


def flat_pattern(phrases: Iterable[str]) -> str:
    """The flat alternation ``phrase_pattern`` wrote before it wrote a tree (phrases of one
    length in the fixed order of ``longest_first``)."""
    worded: list[str] = []
    other: list[str] = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=longest_first):
        stem = phrase.endswith("*")
        text = phrase.rstrip("*")
        colon = text.endswith(":")
        text = text.rstrip(":").strip()
        body = r"\s+".join(
            "".join(
                _VOWELS.get(ch, ch)
                for ch in re.escape(word).lower().translate(str.maketrans("áéíóúü", "aeiouu"))
            )
            for word in text.split()
        )
        if colon:
            end = r"\s*:"
        elif stem:
            end = rf"[{_SPELT}]*"
        else:
            end = "" if not text[-1].isalnum() else rf"(?![{_SPELT}])"
        (worded if text[0].isalnum() else other).append(f"{body}{end}")
    parts = [f"(?<![{_SPELT}])(?:{'|'.join(worded)})"] if worded else []
    return "|".join(parts + other) or r"(?!x)x"


def found(pattern: re.Pattern[str], texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        for match in (pattern.search(text), pattern.match(text)):
            out.append(match and (match.span(), match.groups()))
        out.append(pattern.findall(text))
    return out


def test_a_word_character_is_what_the_spelt_out_class_took() -> None:
    spelt, word = re.compile(f"[{_SPELT}]"), re.compile(r"\w")
    spelt_i, word_i = re.compile(f"[{_SPELT}]", re.I), re.compile(r"\w", re.I)
    differ = [
        ch
        for ch in map(chr, range(sys.maxunicode + 1))
        if bool(spelt.match(ch)) != bool(word.match(ch))
        or bool(spelt_i.match(ch)) != bool(word_i.match(ch))
    ]
    assert differ == []


def test_shared_beginnings_are_written_once() -> None:
    tree = phrase_pattern(["de acuerdo con", "de acuerdo a", "según", "segun*"])
    assert tree == (
        r"(?<![\w])(?:(?:d[eé]\s+[aá]c[uúü][eé]rd[oó]\s+(?:c[oó]n(?![\w])|[aá](?![\w]))"
        r"|s[eé]g[uúü]n(?:[\w]*|(?![\w]))))"  # "segun*" is longer than "según": first
    )
    pattern = re.compile(tree, re.IGNORECASE)
    assert pattern.search("DE ACUERDO  A la ley").span() == (0, 13)  # type: ignore[union-attr]
    assert pattern.search("segundo informe").span() == (0, 7)  # type: ignore[union-attr]
    assert pattern.search("de acuerdo al") is None


def test_an_order_that_decides_the_match_is_kept() -> None:
    # "ab.x", "ab*", "ab." (longest first, "*" before "."): in "ab." the stem matches first,
    # so the two phrases after "ab" that both may match are not grouped across it
    phrases = ["ab.x", "ab*", "ab."]
    tree = re.compile(phrase_pattern(phrases), re.IGNORECASE)
    flat = re.compile(flat_pattern(phrases), re.IGNORECASE)
    assert tree.search("ab.").span() == flat.search("ab.").span() == (0, 2)  # type: ignore[union-attr]
    assert found(tree, ["ab.x", "ab. x", "abs.", "ab.."]) == found(
        flat, ["ab.x", "ab. x", "abs.", "ab.."]
    )


def test_the_shipped_lexicon_matches_as_the_flat_list() -> None:
    lines = []
    for path in sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "raw").glob("*.md")):
        lines += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    lexicon = default_lexicon()

    def lists(node: object) -> Iterable[list[str]]:
        if isinstance(node, dict):
            for value in node.values():
                yield from lists(value)
        elif isinstance(node, list):
            yield [str(w) for w in node]

    checked = 0
    for phrases in lists(lexicon.data):
        # each phrase as written, shouted, without accents, cut short, run on, after a word
        texts = [line[: 40 + i % 80] for i, line in enumerate(lines[:400])]
        for phrase in phrases:
            bare = phrase.rstrip("*:")
            texts += [bare, bare.upper() + ":", f"x{bare}s", f"({bare[:-1]} 12", f"{bare}ción"]
            texts.append(bare.translate(str.maketrans("áéíóú", "aeiou")).replace(" ", "  "))
        for suffix in ("", r"\s*$"):
            flat = re.compile(f"(?:{flat_pattern(phrases)}){suffix}", re.IGNORECASE)
            tree = re.compile(f"(?:{phrase_pattern(phrases)}){suffix}", re.IGNORECASE)
            assert found(tree, texts) == found(flat, texts), phrases[:5]
            checked += 1
    assert checked > 300


# few letters and short phrases, so that phrases share beginnings, one is another's stem or
# begins another, and end in a sign or a space where another goes on
_LETTERS = "aÁbñs"
_phrase = st.text(alphabet=_LETTERS + " .-:*", min_size=1, max_size=5).filter(
    lambda p: p.strip().rstrip("*").rstrip(":").strip() != ""  # a phrase says something
)
_text = st.text(alphabet=_LETTERS + "á \t.-:,(1", max_size=12)


@settings(max_examples=600)
@given(st.lists(_phrase, min_size=2, max_size=10), st.lists(_text, max_size=6))
def test_any_phrases_match_as_the_flat_list(phrases: list[str], texts: list[str]) -> None:
    bare = [p.rstrip("*:") for p in phrases]
    texts = texts + [f"{p}{end}" for p in bare for end in ("", "s", ".", " ", "-a", ":")]
    for suffix in ("", r"\s*$", r"(?:\s+de)?\s*$"):
        flat = re.compile(f"(?:{flat_pattern(phrases)}){suffix}", re.IGNORECASE)
        tree = re.compile(f"(?:{phrase_pattern(phrases)}){suffix}", re.IGNORECASE)
        assert found(tree, texts) == found(flat, texts)
