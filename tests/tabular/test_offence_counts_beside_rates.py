"""A long table of crimes against women by municipality, year and crime type, each count beside
the population and the rate per 100,000 inhabitants: the shape of Rio Grande do Sul's
security secretariat (tests/acceptance/corpus_dev5), headers and cells as written there, in a
workspace that adds the country (the project ships the Spanish-speaking ones)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.codebook import load_codebook
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

COUNTRY = """code: BR
name: {es: Brasil, en: Brazil}
number_convention: decimal_comma
currencies:
  - {code: BRL, symbols: ["R$", "BRL"]}
phone:
  calling_code: "55"
  prefixes: ["+55"]
national_ids: []
evidence: {institutions: [], words: [], admin_words: [municipio], demonyms: []}
admin1: {aliases: {}}
gazetteers: []
"""

TABLE = (
    "municipio,ano,tipo_crime,casos_total,populacao,taxa_por_100mil_hab\n"
    "CAXIAS DO SUL,2022,Feminicídio Tentado,11,463501.0,2.373242\n"
    "CAXIAS DO SUL,2022,Feminicídio Consumado,7,463501.0,1.510245\n"
    "CAXIAS DO SUL,2022,Ameaça,1084,463501.0,233.872203\n"
    "CAXIAS DO SUL,2022,Estupro,76,463501.0,16.396944\n"
    "PELOTAS,2022,Feminicídio Tentado,7,336131.0,2.082521\n"
    "PELOTAS,2022,Feminicídio Consumado,3,336131.0,0.892509\n"
    "PELOTAS,2022,Ameaça,869,336131.0,258.530156\n"
    "PELOTAS,2022,Estupro,57,336131.0,16.957674\n"
)


def test_each_rows_crime_names_what_the_count_and_its_rate_measure(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    (schemas / "countries").mkdir(parents=True)
    (schemas / "countries" / "br.yaml").write_text(COUNTRY, encoding="utf-8")
    path = tmp_path / "violencia_rs_municipio_ano.csv"
    path.write_text(TABLE, encoding="utf-8")
    options = IngestOptions(overrides=Overrides(country="BR"), schemas_dir=schemas)
    staged = extract_document(path, path.name, options)
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    # counts and rates, never the population (a denominator)
    assert sorted({o.value for o in out} & {463501.0, 336131.0}) == []
    assert len(out) == 16
    killed = next(o for o in out if o.value == 7 and "Consumado" in o.breakdown_value)
    assert killed.indicator_id == "femicidios"
    assert killed.breakdown_dimension == "lugar+tipo_delito"  # "tipo_crime": the offence
    assert (killed.period_start, killed.period_end) == ("2022-01-01", "2022-12-31")
    attempted = next(o for o in out if o.value == 11)
    assert attempted.indicator_id == "intentos_femicidio"  # "Feminicídio Tentado"
    threats = next(o for o in out if o.value == 1084)
    assert threats.indicator_id == "delitos_registrados"
    rate = next(o for o in out if abs(o.value - 233.872203) < 1e-6)
    assert rate.indicator_id == "delitos_registrados" and rate.unit.startswith("por 100")
    assert rate.breakdown_value == "CAXIAS DO SUL | Ameaça"


def test_tentado_is_an_attempt_in_the_codebook() -> None:
    book = load_codebook()
    assert book.classify("Femicidio tentado").id == "intentos_femicidio"
    assert book.classify("Feminicídio Tentado").id == "intentos_femicidio"
    assert book.classify("Feminicídio Consumado").id == "femicidios"
