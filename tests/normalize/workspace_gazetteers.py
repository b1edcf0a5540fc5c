"""A workspace that replaces Peru's and Colombia's shipped municipal lists with its own, as
docs/countries.md says (a newer release, say).

A workspace declares its list in ``schemas/countries/<cc>.yaml``, with the shipped lists' file
names and column names. The samples are a dozen real rows each of INEI's UBIGEO and DANE's
DIVIPOLA lists, written by hand in ``tests/fixtures/gazetteers/``: a district or municipality
that the shipped list has and a sample lacks shows which list was read.
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
    columns: {code: ubigeo_inei, name: distrito, admin1_iso: iso_3166_2}
    code_width: 6
    citation:
      title: "INEI, UBIGEO: lista de la carpeta de trabajo"
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
      title: "DANE, DIVIPOLA: lista de la carpeta de trabajo"
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
