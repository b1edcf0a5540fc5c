"""Survey tabulations, rebuilt from ``tests/acceptance/corpus_dev40``: Mexico's ENDIREH 2016 and
2021 as tabulated by a study of the recognition of emotional violence, its cells as written
there.

- by state (``mx_endireh_reconocimiento_violencia_emocional_entidad_2016_2021.csv``): each
  share ("pct") beside its numerator and sample size ("recognised", "total", unweighted) and
  the bounds of its 95% interval ("lower", "upper");
- by age group (``mx_endireh_normalizacion_violencia_emocional_edad_2016_2021.csv``): "n" and
  "norm" beside "pct";
- nationally (``mx_endireh_resumen_nacional_2016_2021.csv``): six unweighted counts of the
  sample beside five shares, each computed from two of them.

The estimates are published; the sample they were computed from and their precision never
are (`tabular/semantic.py:_sample_counts_of_a_survey`)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

# the first eight rows of mx_endireh_reconocimiento_violencia_emocional_entidad_2016_2021.csv
STATES = """NOM_ENT,year,recognised,total,share,lower,upper,pct
AGUASCALIENTES,2016,420,1537,0.27325959661678595,0.25156685838625203,0.29608290401470294,27.325959661678596
AGUASCALIENTES,2021,482,1259,0.38284352660841936,0.35638845434760136,0.41001135939031136,38.28435266084193
BAJA CALIFORNIA,2016,308,935,0.32941176470588235,0.30003747122932684,0.3601820503918155,32.94117647058823
BAJA CALIFORNIA,2021,353,716,0.4930167597765363,0.4565317754842259,0.529576276674394,49.30167597765363
BAJA CALIFORNIA SUR,2016,269,942,0.28556263269639065,0.25763501920738335,0.31523208633933236,28.556263269639064
BAJA CALIFORNIA SUR,2021,315,823,0.3827460510328068,0.3501561119707573,0.4164255005728715,38.27460510328068
CAMPECHE,2016,268,904,0.29646017699115046,0.2676011496144445,0.3270417294648608,29.646017699115045
CAMPECHE,2021,379,1070,0.3542056074766355,0.3261166860116076,0.38333763106920044,35.42056074766355
"""
# mx_endireh_normalizacion_violencia_emocional_edad_2016_2021.csv, whole
AGES = """year,grupo_edad,n,norm,pct
2016,<20,2169,1657,76.39465191332411
2016,20-29,7651,5259,68.73611292641485
2016,30-39,9280,5810,62.60775862068966
2016,40-49,7593,4435,58.40906097721586
2016,50-59,5772,3181,55.11088011088011
2016,60-80,5553,2977,53.610660904015845
2016,>80,592,329,55.57432432432432
2021,<20,1599,1144,71.54471544715447
2021,20-29,6646,4304,64.76075835088776
2021,30-39,7667,4570,59.6061040824312
2021,40-49,7064,3885,54.99716874292186
2021,50-59,5935,3032,51.08677337826453
2021,60-80,6135,2864,46.68296658516707
2021,>80,610,250,40.98360655737705
"""
# mx_endireh_resumen_nacional_2016_2021.csv, whole
NATIONAL = (
    "year,total_mujeres,violencia_emocional_vivida,violencia_fisica_vivida,"
    "violencia_emocional_normalizada,violencia_fisica_normalizada,violencia_emocional_reconocida,"
    "pct_emocional_vivida,pct_fisica_vivida,pct_emocional_normalizada,pct_fisica_normalizada,"
    "pct_emocional_reconocida\n"
    "2016,110826,38490,18875,23575,4306,11859,34.7,17,61.2,22.8,30.8\n"
    "2021,110127,35656,18015,20049,3064,12982,32.4,16.4,56.2,17,36.4\n"
)


def _out(path: Path, text: str) -> tuple[list[SimpleNamespace], list[str]]:
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="MX")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], [
        i.code for i in staged.issues
    ]


def test_a_surveys_shares_by_state_are_published_never_their_sample_or_bounds(
    tmp_path: Path,
) -> None:
    rows, issues = _out(tmp_path / "mx_endireh_reconocimiento_entidad_2016_2021.csv", STATES)
    assert len(rows) == 8  # one estimate a state and year
    first = next(r for r in rows if r.source_locator.endswith("H2"))
    assert abs(first.value - 27.325959661678596) < 1e-9
    assert (first.unit, first.admin1) == ("%", "MX-AGU")
    assert (first.period_start, first.period_end) == ("2016-01-01", "2016-12-31")
    # the numerator and the sample size (C, D), the proportion and its bounds (E-G): none
    assert {r.source_locator[-2] for r in rows} == {"H"}
    assert not {420, 1537, 482, 1259, 308, 935} & {r.value for r in rows}
    assert "table-survey-sample-skipped" in issues


def test_the_bounds_of_an_interval_make_a_table_a_surveys_under_any_file_name(
    tmp_path: Path,
) -> None:
    # the same cells under a name that names no survey: "lower" and "upper" say it is one
    rows, _ = _out(tmp_path / "reconocimiento_por_estado.csv", STATES)
    assert {r.source_locator[-2] for r in rows} == {"H"}
    assert not {420, 1537, 268, 904} & {r.value for r in rows}


def test_a_surveys_shares_by_age_group_leave_out_n_and_its_numerator(tmp_path: Path) -> None:
    rows, _ = _out(tmp_path / "mx_endireh_normalizacion_edad_2016_2021.csv", AGES)
    assert len(rows) == 14
    assert {r.unit for r in rows} == {"%"}
    young = next(r for r in rows if r.breakdown_value == "<20" and r.period_start == "2016-01-01")
    assert abs(young.value - 76.39465191332411) < 1e-9
    assert young.breakdown_dimension == "grupo_edad"
    assert not {2169, 1657, 9280, 610, 250} & {r.value for r in rows}


def test_a_surveys_national_summary_publishes_each_share_as_its_own_indicator(
    tmp_path: Path,
) -> None:
    rows, _ = _out(tmp_path / "mx_endireh_resumen_nacional_2016_2021.csv", NATIONAL)
    assert len(rows) == 10  # five shares a year, none of the six counts of the sample
    by_cell = {r.source_locator.rsplit("!", 1)[-1]: r for r in rows}
    assert sorted(by_cell) == sorted(f"{c}{n}" for c in "HIJKL" for n in (2, 3))
    # 17.0 the share of all women who lived physical violence (2016), 22.8 the share of them
    # who normalised it: two indicators, not one breakdown of "violencia fisica"
    lived, normalised = by_cell["I2"], by_cell["K2"]
    assert (lived.value, normalised.value) == (17.0, 22.8)
    assert lived.indicator_label == "pct_fisica_vivida"
    assert normalised.indicator_label == "pct_fisica_normalizada"
    assert lived.breakdown_dimension == normalised.breakdown_dimension == "_T"
    assert not {110826, 38490, 18875, 4306, 12982} & {r.value for r in rows}


def test_a_registers_counts_beside_their_share_are_still_published(tmp_path: Path) -> None:
    # the age group's cells under a name that names no survey, with no bound of an interval:
    # counts beside their share, as a register writes them, each published
    rows, issues = _out(tmp_path / "normalizacion_por_edad_2016_2021.csv", AGES)
    assert {2169, 1657, 610, 250} <= {r.value for r in rows}
    assert "table-survey-sample-skipped" not in issues
