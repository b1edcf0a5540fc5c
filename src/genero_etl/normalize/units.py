"""Units and currencies: an amount's ISO 4217 code from how it is written and where."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from genero_etl.countries import registry
from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.textutil import fold

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
