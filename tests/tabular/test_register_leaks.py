"""A register of cases read as a table of counts, from the thirty-ninth development set
(tests/acceptance/corpus_dev39, until 2026-12-05 the held-out corpus_holdout19): Ecuador's
Fiscalía General del Estado lists its femicides and other violent deaths of women as criminal
cases, one victim per row, with the case number ("NDD"), the trial number, the victim's and the
aggressor's ages ("Edad Vic", "Edad Vict"), her children ("Numhijos Vic"), the precautionary
measures, the date and hour of the event and its coordinates. Read as a long table, every one
of those numbers was published as a value (6,130 cells, the case and trial numbers among
them). The rows are cases: each holds its own spot to the metre and its own time, which no
table of counts does, so the register is counted and none of its numbers is published; the
case number is known by its width as written, a few cells otherwise written aside. The rows
are the file's first 32 of Pichincha, with 15 of its 123 columns.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from tests.tabular.staged import read, write

from genero_etl.tabular import lexicon
from genero_etl.tabular.roles import infer_roles, profile_column

# data/femicidios.csv (bvegaM/femicidio_ec, commit 65f2b7f9): the header's 15 columns named
# here, the first 32 rows whose "Provincia" is PICHINCHA
REGISTER = """Año I;Canton;Provincia;Tipo muerte SRMCE2;NDD;Cuenta Victima;Edad Vic;Edad Vict;Fecha I;Hora I;Latitud;Longitud;Numero Juicio;Numhijos Vic;Med Cautelares Art522
2014;QUITO;PICHINCHA;FEMICIDIO;170101814024772;1;20;24;10/8/2014;05:29;-0,155623;-78,469475;17282201603016;2;6
2014;QUITO;PICHINCHA;FEMICIDIO;170101814110727;1;21;22;30/10/2014;18:00;-0,350231117;-78,369081728;17293201500779;1;6
2014;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;ACTO ADMINISTRATIVO NRO. 21922 - AA - MN - 1;1;21;22;5/11/2014;12:30;-0,249244;-78,51622;NO APLICA;1;NO APLICA
2014;QUITO;PICHINCHA;FEMICIDIO;170101815010990;1;37;29;3/12/2014;16:00;-0,276462844;-78,542798515;;SIN DATO;6
2014;QUITO;PICHINCHA;FEMICIDIO;170101815130175;1;29;40;8/12/2014;12:00;-0,302760869;-78,552673340;17282201605551;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815011849;1;28;34;10/1/2015;01:00;-0,081281635;-78,420989513;1728220150134;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815023884;1;3;15;14/2/2015;23:00;-0,254681445;-78,511088602;17957201500111;NO APLICA;INTERNAMIENTO PREVENTIVO
2015;QUITO;PICHINCHA;FEMICIDIO;170101815114640;1;21;20;5/3/2015;10:00;-0,1406977;-78,448884;17294201502492;NO APLICA;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815033641;1;49;35;8/3/2015;06:00;-0,313604458;-78,529794932;17282201501042;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815033826;1;2;39;13/3/2015;13:30;-0,298734;-78,544873;17282201501077;NO APLICA;"1;2"
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815035335;1;18;27;21/3/2015;21:00;-0,208773532;-78,527082246;17282201501195;NO APLICA;6
2015;MEJIA;PICHINCHA;OTRAS MUERTES VIOLENTAS;170301815040042;1;82;37;9/4/2015;01:00;-0,468160660;-78,585446294;17292201500125;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815044274;1;0;28;17/4/2015;00:00;-0,083031;-78,507949;17282201501666;NO APLICA;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815044641;1;26;21;19/4/2015;02:00;-0,2010221;-78,431007;17282201501717;SIN DATO;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815053180;1;37;40;17/5/2015;06:00;-0,235345584;-78,523254418;17282201502175;2;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815065363;1;22;22;21/6/2015;02:20;-0,213589174;-78,524372578;17294201501516;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815064651;1;0;15;22/6/2015;07:30;-0,275279417;-78,490126133;17957201500504;NO APLICA;INTERNAMIENTO PREVENTIVO
2015;QUITO;PICHINCHA;FEMICIDIO;170101815065994;1;18;20;26/6/2015;01:20;-0,294302481;-78,527437806;17282201502871;1;6
2015;MEJIA;PICHINCHA;FEMICIDIO;170301815070010;1;20;24;3/7/2015;17:20;-0,365976707;-78,528187753;17292201500237;1;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815073660;1;69;80;17/7/2015;11:00;0,123556;-78,407494;17282201503204;SIN DATO;"1;2"
2015;QUITO;PICHINCHA;FEMICIDIO;170101815081464;1;15;44;8/8/2015;01:00;0,05831;-78,442039;17282201503493;NO APLICA;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815082758;1;28;39;14/8/2015;07:45;-0,306769317;-78,546922915;17282201503587;3;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815094829;1;44;46;17/9/2015;02:00;-0,250019174;-78,539702475;17294201603851;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815096614;1;40;33;27/9/2015;16:00;-0,280585;-78,55682;17282201504294;1;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815096778;1;3;32;28/9/2015;19:00;-0,248143;-78,50096;17282201504317;NO APLICA;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815102221;1;10;38;2/10/2015;18:00;-0,147886;-78,50664;;NO APLICA;NO APLICA
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815105365;1;0;37;22/10/2015;02:00;-0,118564;-78,428931;17282201504717;NO APLICA;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815111769;1;28;31;4/11/2015;21:00;-0,244211374;-78,540805802;17294201603919G;SIN DATO;NO APLICA
2015;QUITO;PICHINCHA;FEMICIDIO;170101815114601;1;28;30;9/11/2015;19:00;-0,295240169;-78,554439958;17297201800489;5;6
2015;PEDRO MONCAYO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170401815110024;1;61;16;16/11/2015;09:50;0,023127078;-78,276030064;17316201500312G;SIN DATO;6
2015;QUITO;PICHINCHA;OTRAS MUERTES VIOLENTAS;170101815123245;1;32;31;12/12/2015;22:40;-0,3002387;-78,562304;17297201700139;SIN DATO;6
2015;QUITO;PICHINCHA;FEMICIDIO;170101815124909-1;1;25;22;16/12/2015;19:00;-0,292167;-78,556101;17282201603293;2;6

"""

NAME = "ec_fge_femicidios_muertes_violentas_causas_2014_2022.csv"


def _frame() -> pd.DataFrame:
    from io import StringIO

    return pd.read_csv(StringIO(REGISTER), sep=";", dtype=str, keep_default_na=False)


def test_the_register_is_counted_and_none_of_its_numbers_is_published(tmp_path: Path) -> None:
    rows = read(write(tmp_path, NAME, REGISTER))
    assert rows
    assert {r.extraction_method for r in rows} == {"table.register"}
    # what is not published: a case or trial number, an age, a child count, a measure's "6"
    # as the row's own value (every value counts rows of the 32)
    frame = _frame()
    numbers = set()
    for col in ("NDD", "Numero Juicio"):
        numbers |= {float(t) for t in frame[col] if t.isdigit()}
    assert not [r for r in rows if r.value in numbers]
    assert max(r.value for r in rows) <= 32
    texts = " ".join(f"{r.value_raw} {r.source_text} {r.breakdown_value}" for r in rows)
    for cell in ("170101814024772", "17282201603016", "-0,155623", "-78,469475", "05:29"):
        assert cell not in texts
    # what still is: the cases of Pichincha by year, 5 of 2014 and 27 of 2015, and by kind
    totals = {
        (r.admin1, r.period_start[:4], r.value)
        for r in rows
        if r.breakdown_dimension == "_T"
        and not r.municipality  # the province's own count, not a canton's part of it
        and r.period_start[:4] == r.period_end[:4]
        and r.period_start[5:] == "01-01"
        and r.period_end[5:] == "12-31"
    }
    assert totals == {("EC-P", "2014", 5.0), ("EC-P", "2015", 27.0)}
    femicides = sum(r.value for r in rows if r.breakdown_value.lower() == "femicidio")
    assert femicides == 15


def test_the_rows_own_coordinates_make_it_a_register_whatever_heads_its_numbers() -> None:
    lex = lexicon.load_lexicon()
    frame = _frame()
    frame.columns = range(len(frame.columns))
    headers = _frame().columns.tolist()
    roles = {
        h: r
        for h, r in zip(
            headers,
            infer_roles([profile_column(frame, i, h, lex) for i, h in enumerate(headers)], lex),
            strict=True,
        )
    }
    # the case number: fifteen digits, 30 of 32 cells, two otherwise written ("ACTO
    # ADMINISTRATIVO NRO. 21922 - AA - MN - 1", "170101815124909-1")
    assert (roles["NDD"].role, roles["NDD"].evidence) == ("identifier", "why-case-numbers")
    # the victim's and the aggressor's ages and her children, abbreviated
    for header in ("Edad Vic", "Edad Vict", "Numhijos Vic"):
        assert roles[header].role == "personal", header
    assert roles["Latitud"].role == "personal"
    # still a count in a table of counts: "NDD" heads the crime reports a prosecutor counts
    assert any(p.search("ndd") for p in lex.measure["count"])
