"""Keep personal data out of published text: phone numbers and validated ID numbers.

Institutional contact data is public, but a report's sentence may carry a person's
phone, DNI, CUIT/CUIL, CURP or RUT. ``source_text`` is published, so these are masked.
"""

from __future__ import annotations

import re

_PHONE = re.compile(
    r"(?<![\d.,])(?:\+?\d{1,3}[ -]?)?(?:\(?\d{2,4}\)?[ -]?)?\d{3,4}[ -]\d{4}(?![\d])|(?<![\d.,])\d{2,5}-\d{5,8}(?!\d)|(?<![\d.,])\d{2}(?: \d{2}){3,}"
)
_CURP = re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b")
_RUT = re.compile(r"\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b")
_CUIT = re.compile(r"\b\d{2}-?\d{8}-?\d\b")
_DNI = re.compile(
    r"\b(?:DNI|D\.N\.I\.?|documento)\s*(?:N[°º]\s*)?:?\s*(\d{1,2}\.?\d{3}\.?\d{3})\b", re.IGNORECASE
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")

MASK = "[dato personal oculto]"
_SEVEN_DIGITS = re.compile(r"(?:\d\D*){7}")


def redact(text: str) -> tuple[str, list[str]]:
    """Return the text with personal identifiers masked, and the kinds masked."""
    from stdnum.ar import cuit
    from stdnum.cl import rut
    from stdnum.mx import curp

    kinds: list[str] = []
    if "@" not in text and not _SEVEN_DIGITS.search(text):
        return text, kinds  # too few digits for a phone or an ID number

    def sub(pattern: re.Pattern[str], kind: str, valid: object = None, group: int = 0) -> None:
        nonlocal text

        def repl(m: re.Match[str]) -> str:
            value = m.group(group)
            if valid is not None and not valid(value):  # type: ignore[operator]
                return m.group(0)
            kinds.append(kind)
            return m.group(0).replace(value, MASK)

        text = pattern.sub(repl, text)

    sub(_CURP, "CURP", curp.is_valid)
    sub(_RUT, "RUT", rut.is_valid)
    sub(_CUIT, "CUIT/CUIL", cuit.is_valid)
    sub(_DNI, "DNI", None, 1)
    sub(_EMAIL, "correo")
    sub(_PHONE, "teléfono")
    return text, sorted(set(kinds))
