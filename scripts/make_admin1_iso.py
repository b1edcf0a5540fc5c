"""Write ``src/genero_etl/data/admin1_iso.csv``: ISO 3166-2 subdivisions of every country.

Why a script: the ISO 3166-2 list changes rarely, so it is generated once from ``pycountry``
(a development dependency) and shipped as data; ``genero-etl`` never imports ``pycountry``.
The countries are those with a file in ``src/genero_etl/data/countries/``. National spellings
and national codes are not taken from here: they live in each country's YAML file.

Run from the repository root after adding a country::

    .venv/bin/python scripts/make_admin1_iso.py

Columns: ``country`` (ISO 3166-1 alpha-2), ``iso`` (ISO 3166-2 code), ``name`` (ISO's name),
``type`` (ISO's subdivision category) and ``parent`` (the ISO code of the enclosing
subdivision, for countries such as the Dominican Republic whose provinces sit in regions).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "genero_etl" / "data"


def main() -> int:
    import pycountry

    countries = sorted(p.stem.upper() for p in (DATA / "countries").glob("*.yaml"))
    rows: list[dict[str, str]] = []
    for cc in countries:
        subdivisions = pycountry.subdivisions.get(country_code=cc) or []
        for sub in sorted(subdivisions, key=lambda s: s.code):
            rows.append(
                {
                    "country": cc,
                    "iso": sub.code,
                    "name": sub.name,
                    "type": sub.type,
                    "parent": sub.parent_code or "",
                }
            )
    out = DATA / "admin1_iso.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["country", "iso", "name", "type", "parent"])
        writer.writeheader()
        writer.writerows(rows)
    empty = [cc for cc in countries if not any(r["country"] == cc for r in rows)]
    print(f"{out.relative_to(ROOT)}: {len(rows)} subdivisions of {len(countries)} countries")
    if empty:
        print(f"no ISO 3166-2 subdivisions in pycountry for: {', '.join(empty)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
