"""Units and currencies: an amount's ISO 4217 code from how it is written and where."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping

from genero_etl.countries import registry
from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.textutil import fold, longest_first

MONEY = "moneda"  # the unit of an amount whose currency is still to be resolved


class _CurrencyByCountry(Mapping[str, str]):
    """Each country's national currency (ISO 4217), from the country registry."""

    def _table(self) -> dict[str, str]:
        return registry().currency_by_country()

    def __getitem__(self, code: str) -> str:
        return self._table()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


CURRENCY: Mapping[str, str] = _CurrencyByCountry()


def currency_code(written: str, country: str) -> str:
    """The ISO 4217 code of an amount's currency as written ("S/", "Q", "Gs.", "RD$", "$",
    "soles", "pesos"), read with the document's country: a symbol of the country's own
    currencies first ("$" in Bogotá is COP, "Bs" in La Paz is BOB), then a symbol only one
    currency uses, then a currency word (lexicon), then the country's currency ("pesos")."""
    reg = registry()
    symbol = written.strip()
    if country in reg:
        for currency in reg.get(country).currencies:
            if symbol in currency.symbols or symbol == currency.code:
                return currency.code
    explicit = reg.currency_of_symbol(symbol) if symbol else ""
    if explicit:
        return explicit
    by_word = _currency_words().get(fold(symbol), "")
    if by_word and by_word != "$":
        return by_word
    return CURRENCY.get(country, "")


@per_active_lexicon
def _currency_words(lex: SpanishLexicon) -> dict[str, str]:
    """Currency word -> ISO 4217 ("soles" -> PEN); "$" where the country decides ("pesos"):
    the active lexicon's ``currency.word_codes``."""
    words = lex.section("currency").get("word_codes") or {}
    return {fold(str(k)): str(v) for k, v in words.items()}


_ONE_AMOUNT = re.compile(r"^[-+]?\d[\d.,]*$")


@functools.cache
def _written_symbol() -> re.Pattern[str]:
    """A currency symbol or code written before or after an amount in a cell ("₡ 12.500.000",
    "RD$ 1.250.000", "Q 45,000.00", "Gs. 25.000.000", "1.250 Bs."): every symbol the country
    registry lists, longest first, "$" and the codes the cell reader already drops included."""
    symbols = sorted(
        {s for country in registry() for c in country.currencies for s in (*c.symbols, c.code)},
        key=longest_first,
    )
    alternatives = "|".join(re.escape(s) for s in symbols if s)
    return re.compile(rf"^\s*(?:{alternatives})\s*(?=[-+]?\d)|(?<=\d)\s*(?:{alternatives})\s*$")


def _symbol_and_amount(text: str) -> tuple[str, str]:
    """(symbol, amount) of a cell written as an amount with its currency; ("", text) else. A
    symbol of letters needs one amount of three digits or more: "Q1" and "Q1 2023" are
    quarters, "L2" a line; "Q 45.000" and "Gs. 250" are amounts."""
    found = _written_symbol().search(text) if text else None
    if found is None:
        return "", text
    symbol = found.group().strip()
    amount = (text[: found.start()] + text[found.end() :]).strip()
    if symbol.replace(".", "").isalpha() and (
        sum(ch.isdigit() for ch in amount) < 3 or not _ONE_AMOUNT.match(amount)
    ):
        return "", text
    return symbol, amount


def without_currency(text: str) -> str:
    """A cell's amount without the currency written before or after it: "₡ 12.500.000" ->
    "12.500.000"; any other text as it is."""
    return _symbol_and_amount(text)[1]


def currency_written(text: str) -> str:
    """The currency symbol or code written with a cell's amount ("US$ 1.000" -> "US$"), or ""."""
    return _symbol_and_amount(text)[0]
