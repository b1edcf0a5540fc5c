"""A workspace that adds Peru's and Colombia's municipal lists, as docs/countries.md says.

The package ships no municipal gazetteer for PE or CO; a workspace declares one in
``schemas/countries/<cc>.yaml``. The samples are a dozen real rows each of INEI's UBIGEO and
DANE's DIVIPOLA lists, written by hand in ``tests/fixtures/gazetteers/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "gazetteers"

# The YAML a user writes (docs/countries.md), pointing at the sample files.
PE_YAML = """\
code: PE
gazetteers:
  - file: gazetteers/pe_ubigeo.csv
    level: distrito
    columns: {code: UBIGEO, name: DISTRITO, admin1_iso: ISO_3166_2}
    code_width: 6
    citation:
      title: "INEI, Códigos de Ubicación Geográfica (UBIGEO)"
      path: "https://www.inei.gob.pe/"
"""

CO_YAML = """\
code: CO
gazetteers:
  - file: gazetteers/co_divipola.csv
    level: municipio
    columns: {code: Código Municipio, name: Nombre Municipio, admin1_code: Código Departamento}
    code_width: 5
    citation:
      title: "DANE, División Político-Administrativa de Colombia (DIVIPOLA)"
      path: "https://geoportal.dane.gov.co/"
"""


def add_pe_co_gazetteers(schemas: Path) -> Path:
    """Write the country files and copy the sample lists into a workspace's ``schemas/``."""
    (schemas / "countries").mkdir(parents=True, exist_ok=True)
    (schemas / "gazetteers").mkdir(parents=True, exist_ok=True)
    (schemas / "countries" / "pe.yaml").write_text(PE_YAML, encoding="utf-8")
    (schemas / "countries" / "co.yaml").write_text(CO_YAML, encoding="utf-8")
    shutil.copy(SAMPLES / "pe_ubigeo_sample.csv", schemas / "gazetteers" / "pe_ubigeo.csv")
    shutil.copy(SAMPLES / "co_divipola_sample.csv", schemas / "gazetteers" / "co_divipola.csv")
    return schemas
