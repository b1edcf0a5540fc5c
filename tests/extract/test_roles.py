"""Numbers that are never values, by kind (lexicon ``never_values`` and shapes), and the
values written beside them that must survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.extract.finding import DocContext
from genero_etl.extract.lexicon import default_lexicon, load_lexicon
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.extract.traps import trap_spans
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def values(text: str, convention: Convention = Convention.DECIMAL_COMMA, **ctx: object) -> list:  # type: ignore[type-arg]
    context = DocContext(convention=convention, year=2023, **ctx)  # type: ignore[arg-type]
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return [f.value for f in extract_findings(segments, context, CODEBOOK.lexicon)]


# (kind, text, the values a careful reader takes from it)
ROLES = [
    ("identifier", "Expte. N° 4.512/2022: se atendieron 120 mujeres.", [120]),
    ("identifier", "Acta #15 del comité con 12 participantes.", [12]),
    ("law", "En el marco de la Ley 26.485 se capacitaron 340 agentes.", [340]),
    ("law", "Ordenanza Municipal N° 7132 de adhesión.", []),
    ("reference", "Ver párrafo 15 a) del informe sombra.", []),
    ("reference", "Conforme a las recomendaciones 15 a), 25 b), 35 b) del Comité.", []),
    ("reference", "La Iniciativa de Ley número 4977 fue aprobada.", []),
    ("reference", "Decreto Supremo 008-2019. Se atendieron 45 mujeres.", [45]),
    ("article_suffix", "Se reformó el artículo 390 bis del Código Penal.", []),
    (
        "rank",
        "Entre los 10 primeros puestos también están las ciudades boyacenses de Tunja, Duitama "
        "y Santana, lo que convierte a Boyacá en el departamento con más denuncias.",
        [],
    ),
    ("rank", "Los 5 municipios con más casos registraron 320 denuncias.", [5, 320]),
    ("article_suffix", "El 325 bis tipifica el feminicidio.", []),
    # mx_fgje_sonora_sentencias_feminicidio_2022 (dev56): the part after the suffix
    ("article_subnumber", "Se investiga conforme al artículo 263 Bis 1 del Código Penal.", []),
    (
        "area_code",
        "Integran el programa federal de Continuo de Cuidado PR 502 y atendieron a 40 personas.",
        [40],
    ),
    ("case_file", "Carpeta de investigación 1234/2023; se atendieron 15 casos.", [15]),
    ("case_file", "Causa rol 4512-2021 en tramitación.", []),
    ("hotline", "Llamá al fono 1455 o a la línea 144 las 24 horas.", []),
    ("hotline", "Ante una emergencia, llame al 911.", []),
    ("hotline", "Llame a la Línea 100 o escriba al chat 100.", []),
    ("hotline", "Marque el 155 para denunciar; se recibieron 890 llamadas.", [890]),
    ("hotline", "Se conecta con la Línea de Emergencias 123: 6.272 incidentes analizados.", [6272]),
    ("hotline", "El Sistema Operativo de Seguridad (SOS) 137 recibió 6.875 llamadas.", [6875]),
    ("hotline", "La línea telefónica 137 es un servicio gratuito.", []),
    ("hotline", "Desde una línea fija 0800 4141 o desde celulares al *4141.", []),
    ("range_between", "El instituto atiende entre 50 y 60 mujeres al día.", []),
    # cl_subsecretaria_servicios_sociales_centros_comunitarios_cuidados_2025 (dev80), line 4:
    # the register's bracket, never its share
    (
        "register_bracket",
        "Además, de los registrados, el 76,51% se concentran en el tramo del 40% del Registro "
        "Social de Hogares.",
        [76.51],
    ),
    # co_procuraduria_feminicidios_lineas_valle_2024 (dev79), lines 12 and 13; a verb after
    # "la Línea" ends no name (co_antioquia_linea123_hogares_semana_mayor_2025, dev30)
    ("line_name", "• Línea de Orientación a Mujeres Víctimas de Violencia 155.", []),
    ("line_name", "• Línea Departamental de Salud Mental 106. Atención las 24 horas al día.", []),
    (
        "line_name",
        "En 2025 la Línea atendió 6 mil 621 incidentes de violencias basadas en género.",
        [6621],
    ),
    (
        "hotline",
        "Podrán acceder llamando a la línea *212 o al Sistema Nacional de Emergencias 911 las "
        "24 horas del día.",
        [],
    ),
    (
        "capacity",
        "Tienen capacidad para recibir hasta 20 personas, y una puede recibir hasta 40, pero "
        "nunca han estado a capacidad.",
        [],
    ),
    (
        "capacity",
        "Además de un centro nacional con capacidad para más de 200 personas; se atendieron "
        "35 mujeres.",
        [35],
    ),
    # the room asked for (pe_puno_cem_casos_emergencia_2020, dev): the cases registered stay
    (
        "capacity",
        "Registraron 110 casos de violencia familiar. Las provincias de san Román, Puno y "
        "Azángaro solicitaron el apoyo a beneficencias y casas hogares para acoger a un promedio "
        "de 10 familias a fin de proteger la integridad de la víctima y sus hijos.",
        [110],
    ),
    # a programme's places (cl_sernameg_antofagasta_directora_regional_programas_2025, dev38):
    # its room, not whom it served; the women it benefited stay
    # a place's own units after their article (co_bogota_sdis_comisarias_medidas_proteccion_2019,
    # dev39): its map, not a count; units an office reached, without the article, are counted
    (
        "own_units",
        "Las 37 comisarías están distribuidas en las 20 localidades del Distrito.",
        [37],
    ),
    ("own_units", "Se atendieron mujeres en 12 localidades del Distrito.", [12]),
    (
        "places_offered",
        "El Programa Mujer Emprende, con 90 cupos en la región, benefició a 51 mujeres.",
        [51],
    ),
    (
        "language_variants",
        "La lengua mazahua tiene 69 variantes y el servicio atendió 850 solicitudes.",
        [850],
    ),
    ("places_offered", "El taller abrió veinte cupos disponibles y atendió 18 mujeres.", [18]),
    (
        "unit_amount",
        "Parte de esos RD$200 millones también serán usados para continuar con el programa de "
        "entregar RD$10,000 mensuales por un año a las mujeres maltratadas.",
        [200_000_000],
    ),
    ("unit_amount", "Se registraron 200 casos mensuales de violencia.", [200]),
    # what each child receives, named before the amount (uy_bps_pensiones_hijos_victimas_
    # violencia_domestica_2021, dev43); the children counted stay
    (
        "benefit_amount",
        "Con la primera ley se accede a una pensión de 13.035 pesos y 120 niños ya la cobran.",
        [120],
    ),
    (
        "benefit_amount",
        "El programa tuvo un presupuesto de 35 mil pesos y entrega un apoyo único de 5 mil pesos.",
        [35000],
    ),
    # an average count of a month, not what each one receives (do_procuraduria_linea_vida_
    # reportes_2018, dev)
    (
        "unit_amount",
        "A través de ese servicio se reportan un promedio de 300 cada mes, pero el 26 de "
        "noviembre del 2018 recibieron 1,385.",
        [300, 1385],
    ),
    (
        "age_range",
        "El grupo de edad que con más frecuencia acude es de los 18 a los 30 años de edad.",
        [],
    ),
    ("survey_sample", "La encuesta, aplicada a 1.500 hogares, halló 230 casos.", [230]),
    (
        "membership",
        "La FMC, según cifras oficiales, incluye en sus filas el 91,47% de las cubanas mayores "
        "de 14 años.",
        [],
    ),
    (
        "membership",
        "La FMC incluye en sus filas el 90% de las cubanas; identificó 16.000 casos.",
        [16000],
    ),
    (
        "membership",
        "La Red Feminista –que aglutina a tres organizaciones de mujeres– presentó un informe.",
        [],
    ),
    (
        "system_members",
        "Se busca articular políticas con las 22 instituciones que integran el Sistema; la "
        "Secretaría atendió 152 casos.",
        [152],
    ),
    (
        "territory_served",
        "La zonal cuenta con oficinas en seis cantones, atendiendo a los 39 cantones, que "
        "conforman las tres provincias. Se atendieron 210 mujeres.",
        [210],
    ),
    (
        "text_contents",
        "Como parte de las 22 acciones contenidas en el Plan Nacional Contra la Violencia de "
        "Género; la línea recibió 2.710 reportes.",
        [2710],
    ),
    ("text_contents", "Se realizaron 40 talleres previstos en el plan anual.", [40]),
    ("range_in_words", "Hay al menos de dos a tres comisarías por municipio.", []),
    ("per_unit", "Cada centro cuenta con 3 psicólogas; se atendieron 40 mujeres.", [40]),
    ("per_unit", "El instituto cuenta con 3 psicólogas.", [3]),
    # hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019 (dev94): a price one patient
    # would pay elsewhere, in digits or in words
    ("price_elsewhere", "A una paciente le costaría unos 1.000 lempiras; se atendió a 80.", [80]),
    ("price_elsewhere", "El municipio invirtió 1.000 lempiras en la jornada.", [1000]),
    # co_dane_brechas_genero_violencia_mujeres_2020 (dev71): the ratio's "de" on the line before
    ("each_base", "cada 10 asesinatos de mujeres fueron cometidos en la vivienda", []),
    ("each_base", "Se recibieron 25 llamadas cada 15 días en la línea.", [25]),
    ("range_in_words", "Se atendieron entre cinco y seis casos por día; en total 320.", [320]),
    (
        "day_of_month",
        "La estadística incluye datos registrados hasta el 1 de este mes, y revela un total de "
        "2023 casos.",
        [2023],
    ),
    (
        "percentage_points",
        "Se puede apreciar un mínimo incremento en el intervalo de 22 a 29 años desde el año 2020 "
        "hasta el año 2022. Este aumento representa un 1.5 puntos porcentuales.",
        [],
    ),
    (
        "percentage_points",
        "Las denuncias bajaron 6,2 puntos porcentuales; se recibieron 2.023 denuncias.",
        [2023],
    ),
    (
        "territory",
        "A través de 16 cumbres en las 9 zonas del país se capacitó a 300 personas.",
        [16, 300],
    ),
    ("territory", "Los 32 estados del país reportaron 3.500 casos.", [3500]),
    ("range_between", "Asistieron entre 300 y 400 personas; 25 mujeres recibieron asesoría.", [25]),
    ("section", "Programa 4 a 7 en escuelas.", []),
    ("section", "INFORME 2 de gestión.", []),
    ("section", "Objetivo 3: 25 talleres realizados.", [25]),
    (
        "section",
        "según lo contemplado en el Anexo 13 del Ramo 54 en el Presupuesto de Egresos de la "
        "Federación (PEF) 2025.",
        [],
    ),
    ("range", "las muertes violentas de mujeres pasaron de 45 en 2021 a 75 en 2023", [45, 75]),
    ("range", "Programa 4 a 7 en escuelas; de 2019 a 2021 se atendieron 300 mujeres.", [300]),
    ("page", "Página 3 de 10", []),
    # co_medicina_legal_boletin_mensual_marzo_2011 (dev82): a document viewer's page header
    ("page_header", "Page 2: Cifras Medicina Legal Marzo", []),
    ("page_header", "Está en la página 1de 1", []),
    ("page_header", "En la página web se registraron 45 denuncias.", [45]),
    ("phone", "Contacto: 2323-437330", []),
    ("phone", "Fono: 600 818 1000 y atención de 230 mujeres.", [230]),
    ("street", "Oficina en carrera 10 No. 10-26-21, Bogotá.", []),
    ("street", "Atención en calle 5 #12, barrio centro.", []),
    ("street", "Av. Corrientes 1234, piso 3.", []),
    ("street_numbered", "La clínica atiende en la 11 avenida A 11-47, zona 7.", []),
    ("street_numbered", "Se repararon 11 avenidas del centro.", [11]),
    ("age", "Mujeres desde los 18 años pueden inscribirse.", []),
    ("age", "Dirigido a mayores de 60 años: 85 personas participaron.", [85]),
    ("age", "Participaron 45 adolescentes menores de 18 años.", [45]),
    # an age limit whose "años" the clause said before it
    (
        "age_alone",
        "Hubo 11 víctimas menores de 18 años, cuatro de ellas menores de 12.",
        [11, 4],
    ),
    ("age_range", "Jóvenes de entre 15 y 20 años.", []),
    ("age_range", "Se atendió a 120 mujeres de 18 a 29 años.", [120]),
    ("sample", "La muestra (n=120) incluyó 45 mujeres rurales.", [45]),
    ("rank", "La provincia ocupa el puesto 3 de 10 provincias.", []),
    ("publication", "Tirada: 500 ejemplares", []),
    ("publication", "Tirada\n500 ejemplares", []),
    ("duration", "2 minutos de lectura", []),
    (
        "penalty",
        "Además, las reformas penales que incrementaron de 20 a 35 de cárcel para feminicidas en "
        "el país, han impactado en la reducción de este delito.",
        [],
    ),
    ("duration", "Nota: 5 min de lectura. Se realizaron 30 talleres.", [30]),
    # a term's second bound, its noun elided (hn_ciudad_mujer_centros_costo_licitacion_2017, dev50)
    (
        "term_bound",
        "Las obras durarán un mínimo de 8 meses y un máximo de 10. Se atendió a 45 mujeres.",
        [45],
    ),
    # a term's bound after its time's noun, words between (mx_coahuila_centros_justicia_
    # medidas_proteccion, dev39)
    (
        "term_elided",
        "pueden ampliarse por 30 días más hasta llegar a los 90”, explica; se dictaron 412.",
        [412],
    ),
    # a law's fine, in an indexed unit (uy_minterior_tobilleras_judicializados_inversion, dev25)
    (
        "fine",
        "Será castigado con una pena de 10 a 18 meses de prisión y con 20 UR a 900 UR de multa; "
        "unas 459 personas fueron judicializadas.",
        [459],
    ),
    ("fine", "El reglamento prevé una multa de 500 UMA; se atendieron 45 mujeres.", [45]),
    # a claim of effectiveness (uy_minterior_tobilleras_todo_el_pais_2017, dev25)
    ("effectiveness", "Tiene 100 % de efectividad, dijo; hay activos 388 casos.", [388]),
    # cr_inamu_sello_igualdad_genero_empresas_asesoradas_2023 (dev85), line 10
    ("effectiveness", "El Sello es 100 % pertinente; asesoró a 706 empresas.", [706]),
    # mx_cdmx_ssc_marcha_8m_asistentes_atenciones_2023 (dev89), line 8
    (
        "make_up",
        "Usaron un polvo químico seco al 75% compuesto de fosfato; hubo 20 atenciones.",
        [20],
    ),
    # co_dane_madres_menores_edad_estadisticas_vitales_2022 (dev92), line 4
    (
        "age_elided",
        "En las niñas de 11 años hubo 17 partos, en las de 12, la cifra alcanza los 141.",
        [17, 141],
    ),
    # an army's unit named by its number (mx_colima_icm_linea075_municipios_2024, dev26)
    (
        "armed_unit",
        "Lo anterior, al instalar en la 20 Zona Militar, la reunión diaria; la Línea Mujer "
        "atendió 307 casos.",
        [307],
    ),
    # a school named by its number (ar_jujuy_consejo_mujeres_noviazgo_las_pampitas_2025, dev58)
    (
        "school_number",
        "El taller llegó a alumnos del Secundario 38. Participaron 60 alumnas y alumnos.",
        [60],
    ),
    ("school_number", "En la secundaria 300 alumnas participaron del taller.", [300]),
    # a health region and a court circuit named by their capitalised names and numbers
    (
        "unit_title",
        "La Región Sanitaria 4 atendió 60 mujeres y el Circuito Judicial 12 dictó 33 medidas.",
        [60, 33],
    ),
    (
        "unit_title",
        "Se derivaron 37 casos a la Fiscalía Local y 12 a los Tribunales de Familia.",
        [37, 12],
    ),
    # what each unit got (uy_minterior_tobilleras_todo_el_pais_2017, dev25)
    (
        "per_unit_after",
        "En todo 2017 se capacitaron 150 funcionarios por departamento y se atendieron 45 mujeres.",
        [45],
    ),
    # the whole state's budget, the base a gender budget is set against
    (
        "state_budget",
        "En un Estado con un presupuesto nacional de $34 mil millones, el Instituto recibió "
        "$5 millones.",
        [5000000],
    ),
    # an average worked out from the total just given
    (
        "derived_average",
        "La oficina recibió 1.850 consultas, lo que representa un promedio superior a las 154 "
        "intervenciones mensuales.",
        [1850],
    ),
    (
        # cr_fiscalia_denuncias_abuso_sexual_menores_2024 (dev60)
        "derived_average",
        "La Fiscalía recibió en 2024 cuatro mil 717 acusaciones por ese delito, cifra que "
        "equivale al referido promedio de 12 denuncias diarias.",
        [4717],
    ),
    # a level hoped for or to come, not one reached
    (
        "planned",
        "Se abrieron 12 oficinas y las autoridades esperan ampliar a 35 el número de oficinas.",
        [12],
    ),
    # how an activity to come is organised, not work done (gt_dmm_san_miguel_ixtahuacan_
    # informe_febrero, dev22); sessions held are counted
    (
        "structure_to_come",
        "Mediante la realización de un diplomado que se llevara a cabo en 8 sesiones y 4 módulos "
        "en el municipio de Tejutla San Marcos.",
        [],
    ),
    ("structure_to_come", "El curso constará de 6 módulos. Se realizaron 8 sesiones.", [8]),
    # the busiest month, not the period's count
    ("peak", "Se recibieron 1.840 denuncias, con un pico de 212 en marzo.", [1840]),
    # a world figure beside the country's own (dev9, Chile's Fiscalía Nacional)
    ("world", "En 2021 fueron asesinadas 81.000 mujeres en el mundo y 55 en el país.", [55]),
    ("date", "Publicado el 25 Sep. 2023", []),
    ("date", "— Consejo de la Judicatura (@CJudicaturaEc) October 23, 2023", []),
    (
        "weekday",
        "El MIMP anunció que, durante los días viernes 26, sábado 27, domingo 28 y lunes 29 de "
        "julio, continuará ofreciendo sus servicios esenciales.",
        [],
    ),
    ("day_of_month", "En el marco del día Naranja, que se realiza cada 25 de mes.", []),
    # one number or another (pa_mides_proyecto_elimina_ministerio_mujer_2025, dev24); a count
    # beside it stays, and so does one with "o" and no second number
    ("range_either", "A la fecha solo contaban con 5 o 6 direcciones.", []),
    ("range_either", "Se atendieron 45 mujeres, en 3 o 4 sesiones cada una.", [45]),
    ("range_either", "Se atendieron 45 mujeres o sus familias.", [45]),
    # what each one receives every two months, in words (mx_tlaquepaque_jefas_familia_dia_madre_
    # 2023, dev24); the women paid stay
    (
        "unit_amount",
        "Entregó el primer apoyo económico de dos mil pesos bimestrales para mil mujeres jefas "
        "de familia.",
        [1000],
    ),
    # an amount after an identifier's number (mx_hidalgo_michoacan_instituto_mujer_talleres_2010,
    # dev24)
    (
        "identifier",
        "Se aprobaron en la sesión de cabildo número 90, 300 mil del gobierno federal.",
        [300000],
    ),
    # the day of a month just named (pe_cem_la_libertad_estado_emergencia_marzo_2020, dev23)
    (
        "day_of_month",
        "Reveló que desde el 17 de marzo hasta el 28 del mismo mes, se han reportado 34 casos de "
        "agresión física, psicológica y sexual.",
        [34],
    ),
    # the women of the area a service is meant for (ni_comisaria_mujer_ciudad_sandino_
    # reinauguracion, dev23); the money spent stays
    (
        "residents",
        "Precisó que invirtieron 600 mil córdobas para el remozamiento de las instalaciones a fin "
        "de mejorar el espacio para que unas 110 mil mujeres de esa zona sienta la confianza de "
        "acercarse a interponer los casos.",
        [600000],
    ),
    # the people who live in a place named (cu_isla_juventud_abortos_regulaciones_2018,
    # dev102); the abortions and births stay
    (
        "dwellers",
        "Se registraron aproximadamente 1,200 abortos frente a solo 900 nacimientos. La "
        "incidencia de abortos en la Isla de la Juventud, donde viven unas 85,000 personas, "
        "responde al desconocimiento.",
        [1200, 900],
    ),
    # a whole institution's workforce said in passing
    # (pr_policia_querellas_violencia_domestica_agentes_2021, dev33); its complaints stay
    (
        "workforce",
        "Se recibieron 26 querellas. El NPPR, que tiene unos 13,000 empleados activos, no "
        "proveyó las cifras comparativas de otros años.",
        [26],
    ),
    # who signed a letter (cl_minmujer_sernameg_rapa_nui_caevg, dev23)
    (
        "signatories",
        "Expresada formalmente a través de una carta firmada por 147 mujeres, en la que "
        "solicitaban el regreso del Servicio.",
        [],
    ),
    (
        "disease",
        "Como parte de las acciones en esta contingencia por COVID 19, se estableció una línea "
        "telefónica en cada una de las cuatro sedes.",
        [4],
    ),
    (
        "date",
        "En relación a la última semana que corresponde del 3 al 9 de julio, dijo que se "
        "recibieron 13 denuncias por diversas agresiones capturando a siete sujetos.",
        [13, 7],
    ),
    (
        "date",
        "Han presentado los resultados obtenidos entre el jueves 17 y el miércoles 23 de julio.",
        [],
    ),
    (
        "range",
        "Las denuncias se han disminuido de 580 a 390, lo que demuestra un avance.",
        [580, 390],
    ),
    (
        "section",
        "Bachelet confirmó el inicio de la medida 39 de las 56 que prometió cumplir.",
        [],
    ),
    ("hotline", "La línea telefónica gratuita 137 está disponible las 24 horas del día.", []),
    ("date", "Reunión del 3 de marzo con 40 asistentes.", [40]),
    ("date", "Actualizado: Oct. 12, 2022", []),
    ("time", "Atención de 8:30 a 14:00 hs.", []),
    (
        "time",
        "Entre las 4 p. m. y las 7 p. m. (horas del encuentro) hubo 73 llamadas para reportar "
        "estas situación.",
        [73],
    ),
    ("time", "Abierto de 8 a.m a 4 p.m todos los días; se atendieron 12 mujeres.", [12]),
    (
        "footnote",
        "3 Elaboración propia. Fuente: Ministerio Público, registros administrativos.",
        [],
    ),
    ("phone", "Escríbenos al WhatsApp: 7788 1234 y te orientamos; 25 mujeres escribieron.", [25]),
    (
        "hotline",
        "El instituto ofrece 33 servicios de atención psicosocial y legal, un servicio 0800 4141 "
        "y centros de estadía transitoria.",
        [33],
    ),
    (
        "range_between",
        "Las madrugadas de los martes registran los niveles más bajos, con entre cuatro y cinco "
        "denuncias por hora.",
        [],
    ),
    (
        "range_between",
        "La violencia doméstica es la principal causa por la que las mujeres visitan la Fiscalía "
        "ya que diariamente se reciben entre siete y 10 denuncias.",
        [],
    ),
    ("proportion", "Una de cada tres mujeres sufrió violencia, según la OMS.", []),
    ("proportion", "1 de cada 4 mujeres lo denunció.", []),
    ("proportion", "Dos de cada diez mujeres sufrieron violencia; se atendieron 45 casos.", [45]),
    ("rate_base", "Una tasa de 1,2 femicidios por cada 100 mil habitantes.", [1.2]),
    (
        "whole",
        "Del 100% de las denuncias por violencia doméstica, un 48,8% eran por violencia "
        "psicológica, un 45,9% por violencia física.",
        [48.8, 45.9],
    ),
    ("whole", "Se alcanzó un avance del 100% en las metas del programa.", [100]),
    # real form from the text corpus (dev15): the whole, then its first share after a comma
    (
        "whole",
        "“También quiero manifestarles que 100% de las denuncias de violencia, el 89.6% son "
        "delitos cometidos en contra de mujeres, por tanto, es necesario que empecemos a trabajar",
        [89.6],
    ),
    # a verb in the phrase: the 100 % is a measure ("fue atendido"), the share after it another
    ("whole", "Del total, el 100% de los casos fue atendido, el 80% en la capital.", [100, 80]),
    (
        "whole",
        "El 100% de los casos; el 2021 cerró con 300 casos, el 20% en marzo.",
        [100, 300, 20],
    ),
    ("ordinal", "Se realizó el 3er encuentro con 25 asistentes.", [25]),
    ("list_marker", "2) Capacitaciones", []),
    ("toc", "Presentación ........................ 7", []),
    ("toc", "1.1 Igualdad y equidad de género ....... 10", []),
    ("toc", "INTRODUCCIÓN 3", []),
    ("toc", "Mujeres atendidas ........ 245", [245]),
    ("toc", "Tabla de contenido\nSiglas y acrónimos 5\nPresentación 9\nIntroducción 15", []),
    (
        "toc",
        "Índice\n1. Presentación ..... 3\nViolencia de género 12\n\nSe atendieron 40 mujeres.",
        [40],
    ),
    ("code", "Personal certificado en el estándar EC0539.", []),
    ("code", "Se pagaron Q90 mil por mil platos.", [90000]),
    ("year", "Durante 2023 se atendieron 342 mujeres.", [342]),
    ("descriptive", "La víctima puede presentar una denuncia formal en la comisaría.", []),
    ("descriptive", "En el periodo se registró un femicidio.", [1]),
    # real forms from the text corpus (added_dev2)
    ("service_number", "Desde el 144 se les prestó asistencia a 63.735 mujeres.", [63735]),
    (
        "service_number",
        "Se conocieron las llamadas recibidas por el 144 a cargo de la Dirección General de la "
        "Mujer.",
        [],
    ),
    (
        "service_number",
        "No se trata de una línea de emergencias: en casos de riesgo, deben comunicarse con el 911.",
        [],
    ),
    ("service_number", "El 100% de los casos; el 2021 cerró con 300 casos.", [100, 300]),
    (
        "hotline",
        "Pueden contactarse llamando al 144; por WhatsApp, al 1127716463; por mail.",
        [],
    ),
    (
        "change",
        "Un 12,9 % respecto del primer trimestre del año pasado aumentaron los llamados a la "
        "Línea 144: el 93 % de las consultas corresponde a violencia doméstica.",
        [93],
    ),
    ("change", "Representa el 12% respecto del total de denuncias.", [12]),
    (
        "change",
        "En el total de las muertes violentas de mujeres, la Fiscalía reportó un 36% menos al "
        "pasar de 61 a 39 casos.",
        [61, 39],
    ),
    (
        "change",
        "Mientras en 2022 se registraron siete feminicidios menos, lo que representa una "
        "reducción del 26.92%.",
        [],
    ),
    ("change", "Se atendieron 15 casos o menos.", [15]),
    ("change", "Se registraron 5.478 casos (+12%).", [5478]),
    ("extension", "Llame a la línea 155 opción 4 o al *4141; Ext. 1234.", []),
    (
        "unit_amount",
        "Desde el Gobierno reciben asistencia económica de 10 mil pesos mensuales.",
        [],
    ),
    ("time", "2018-05-30 8:10:56", []),
    (
        "change",
        "En 2016 fueron registrados 20,510 casos y un año después la cifra se elevó a 20,880, lo "
        "que equivale a 370 víctimas más, según las estadísticas.",
        [20510, 20880],
    ),
    (
        "change",
        "Este año tienen la meta de incorporar siete casas más, además de un centro nacional.",
        [7],
    ),
    (
        "population",
        "Según el censo de 2020, el municipio tiene 150.000 habitantes; se atendieron 300 mujeres.",
        [300],
    ),
    ("section", "Se atendieron 120 casos en la Zona 5 y 80 en la zona 18.", [120, 80]),
    ("section", "El Programa 4 a 7 atendió 300 niños.", [300]),
    ("territory_of", "Los servicios están en las 32 entidades federativas.", []),
    (
        "plan_contents",
        "El Plan Nacional contiene 22 acciones de prevención; se atendieron 310 mujeres.",
        [310],
    ),
    (
        "territory_rest",
        "Jalisco recibió 24.401 llamadas. En las otras 21 entidades la incidencia fue menor.",
        [24401],
    ),
    (
        "territory_of",
        "Se espera la evaluación de las acciones realizadas en los 5 municipios de Chihuahua con "
        "la Declaratoria de la AVGM.",
        [5],
    ),
    ("section", "Particularmente en la Estrategia 6.3 y 6.5: orientar y promover.", []),
    # every unit of a place (dev6 mx_veracruz_imm_presupuestos_2022, dev8
    # ni_policia_comisarias_mujer_municipios, dev uy_montevideo_comuna_mujer_2025)
    (
        "territory_whole",
        "Según la información financiera de los 212 municipios, 155 ayuntamientos no etiquetaron "
        "recursos.",
        [155],
    ),
    (
        "territory_whole",
        "Con la construcción de 99 comisarías, habrá una red en cada uno de los 153 municipios, "
        "para continuar.",
        [99],
    ),
    (
        "territory_of_place",
        "Los servicios atendieron a 5.072 mujeres y están distribuidos en los 8 municipios de "
        "Montevideo.",
        [5072],
    ),
    (
        "territory_of_place",
        "Se atendió a 40 mujeres en el servicio que opera actualmente en los 4 departamentos, "
        "según la Presidencia.",
        [40, 4],
    ),
    (
        "countries",
        "Un estudio de la Organización Mundial de la Salud en 161 países; la línea recibió 900 "
        "llamadas.",
        [900],
    ),
    (
        "units_compared",
        "Por último, diez entidades están por encima de la media nacional.",
        [],
    ),
    (
        "units_compared",
        "Se registraron 583 víctimas; tres provincias representan el 65% del total nacional.",
        [583, 65],
    ),
    (
        "anniversary",
        "La organización arriba a su aniversario 54 con la existencia de 174 de estas "
        "instalaciones.",
        [174],
    ),
    (
        "century",
        "Es la violación de derechos más destructiva que vivimos en el siglo 21; se atendieron "
        "317 mujeres.",
        [317],
    ),
    (
        "territory_of",
        "Fueron instalados cuatro nuevos equipos que abarcaron 15 departamentos con 19 servicios.",
        [4, 15, 19],
    ),
    (
        "one_more",
        "En Madre de Dios existen cinco Centro de Emergencia Mujer (CEM), de los cuales cuatro CEM "
        "regulares y un CEM en convenio en comisarías.",
        [5, 4, 1],
    ),
    ("one_more", "Se capacitaron 20 mujeres. Una mujer dijo que el taller fue útil.", [20]),
    ("change", "La línea recibió 12.500 llamadas ▲ 8% respecto a 2022.", [12500]),
    (
        "other_body",
        "En contraste, entre el 1 de enero y el 25 de septiembre se han registrado 238 casos, "
        "según datos de la Asociación Latinoamericana de Derechos Alternativos (Aldea). Esta "
        "cifra difiere con la del Consejo de la Judicatura, que registra 102 víctimas.",
        [102],
    ),
    (
        "other_body",
        "La Asociación Latinoamericana para el Desarrollo Alternativo (Aldea) detalló que el país "
        "cerró 2020 con 118 casos.",
        [],
    ),
    (
        "other_body",
        "De acuerdo con organizaciones humanitarias que señalan que del 2010 al 2020 murieron "
        "asesinadas más de 60,000 personas.",
        [],
    ),
    ("other_body", "Desde su fundación, el instituto informó que atendió 300 mujeres.", [300]),
    (
        "other_body",
        "Según la ENDIREH 2021 del INEGI, el 70.1% de las mujeres de 15 años y más ha "
        "experimentado violencia.",
        [],
    ),
    (
        "other_body",
        "Según la Organización Mundial de la Salud, el 30% de las mujeres ha sufrido violencia.",
        [],
    ),
    (
        "other_body",
        "Con el apoyo de ONU Mujeres, la Secretaría informó que atendió 300 mujeres.",
        [300],
    ),
    (
        "other_body",
        "Según datos de la Policía Nacional, se registraron 345 denuncias en el trimestre.",
        [345],
    ),
    (
        "other_body",
        "El 98% de los 2,851 asesinatos de mujeres registrados entre 2005 y 2012 en Honduras "
        "están en la impunidad, según la Tribuna de Mujeres contra los Femicidios, que aglutina a "
        "ocho organizaciones de féminas no gubernamentales.",
        [],
    ),
    (
        "change",
        "Los casos atendidos se incrementaron en la región de Lambayeque en 121%, comparado con "
        "enero y julio del año anterior.",
        [],
    ),
    ("section", "En El Zapotal impartieron charlas a un grupo de 50 padres de familia.", [50]),
    (
        "word_number",
        "Fueron instalados cuatro nuevos equipos de asistencia a varones, que abarcaron 15 "
        "departamentos con 19 servicios.",
        [4, 15, 19],
    ),
    ("word_number", "PROTECCIÓN A MÁS DE UN MILLAR DE MUJERES", [1000]),
    ("word_number", "Las nueve distritales con las que cuenta esta repartición.", [9]),
    (
        "series",
        "Respecto de las atenciones, 1434 correspondieron a personas que se presentaron por "
        "primera vez, mientras que 1019 fueron seguimientos, 478 situaciones de guardia y 43 "
        "derivados por instituciones.",
        [1434, 1019, 478, 43],
    ),
    # an enumerated item: a singular noun then the number naming which one (code-book prose)
    (
        "item_label",
        "Vinculo_1 refiere al vínculo entre la víctima y el sujeto activo 1, mientras que "
        "Vinculo_2 refiere al vínculo entre esa misma víctima y",
        [],
    ),
    ("item_label", "el sujeto activo 2 cuando lo hubiere, y así sucesivamente.", []),
    ("item_label", "La víctima 2 declaró ante la fiscalía.", []),
    ("item_label", "El agresor 3 no fue identificado; se atendieron 14 mujeres.", [14]),
    ("item_label", "En 2021 se registró 1 caso de femicidio.", [1]),
    ("item_label", "Se registraron 20 víctimas de femicidio.", [20]),
    ("item_label", "Víctimas: 20", [20]),
    # a noun that is also a participle: a label before a verb, a count before a plural noun
    # (ec_fge_denuncias_abuso_sexual_violacion_ninos_2024, dev60)
    ("item_label_participle", "El imputado 2 no declaró; se atendieron 14 mujeres.", [14]),
    ("item_label_participle", "En Pichincha se han denunciado 608 abusos sexuales.", [608]),
    # a law's grounds named by their numbers (cl_minsal_ive_casos_establecimientos_publicos_2018,
    # dev60)
    ("ground", "El 35% de los casos, o sea 136, dicen relación a la causal dos.", [35, 136]),
    ("ground", "Los 64 casos restantes corresponden a la causal número tres.", [64]),
    # plural nouns then two or more numbers naming which ones
    ("item_labels", "Los sujetos activos 1 y 2 fueron detenidos.", []),
    ("item_labels", "Las víctimas 3, 4 y 5 eran hermanas; se atendieron 14 mujeres.", [14]),
    ("item_labels", "Víctimas 15", [15]),
    ("item_labels", "Denunciados 12 y 40 % de reincidencia", [12, 40]),
    ("pages_cited", "Informe anual, pp. 12 y 13; se atendieron 30 mujeres.", [30]),
    ("population", "Tiene una población de 1,2 millones de habitantes.", []),
    # the population a comparison is set against, its bound before it
    (
        "population_of",
        "Nos comparan con el Distrito Capital, con una población de más de 6 millones y medio de "
        "personas; la prefectura recibió 400 denuncias.",
        [400],
    ),
    ("wounds", "La víctima recibió 15 puñaladas; en 2023 hubo 45 femicidios.", [45]),
    ("children", "Era madre de 4 hijos; en 2023 hubo 45 femicidios.", [45]),
    (
        "weight",
        "Los homicidios con un objeto contundente tienen un peso relativo mayor; se entregaron "
        "3 mil pesos a 45 mujeres.",
        [3000, 45],
    ),
    (
        "ratio",
        "Entre 1996 y 2016 hubo una relación de 5 a 1 entre homicidios de mujeres y de varones a "
        "manos de su pareja; se atendieron 45 mujeres.",
        [45],
    ),
    (
        "ratio_base",
        "El segundo, tercero y cuarto lugar de la lista también son pueblos pequeños de Boyacá: "
        "Tinjacá (13 casos entre 3.044 habitantes), Chitaraque (18 casos entre 5.403 personas) y "
        "San José de Paré (16 agresiones en un municipio de 5.025 habitantes).",
        [13, 18, 16],
    ),
    (
        "guess",
        "Valga resaltar que en una entrevista, la jefa de la Secretaría Técnica de Género del "
        "Poder Judicial, Jeannette Arias, apuntó que este año la cifra rondaría los 50.000 casos.",
        [],
    ),
    # do_despacho_primera_dama_casas_acogida_2021 (dev83), line 5: the president half-remembers
    # the sum ("me parece que fueron"), then gives it as "200 y picos"
    (
        "guess",
        "De los ahorros del año pasado del despacho, me parece que fueron 240 millones, se lo "
        "entregamos al Ministerio de la Mujer.",
        [],
    ),
    (
        "vague",
        "De los ahorros del año pasado del despacho, 200 y picos de millones, se lo entregamos "
        "al Ministerio de la Mujer.",
        [],
    ),
    # ar_rio_negro_plan_consolidarnos_transferencias_municipios_2021 (dev83), lines 6 and 9
    (
        "cap",
        "Este primer desembolso está destinado a gastos de capital, equipamiento y mobiliario y "
        "tiene un tope de $300.000. Hasta el momento 19 Municipios presentaron la documentación.",
        [19],
    ),
    ("clock", "Se atendieron 150 mujeres entre las 10 y las 12 horas.", [150]),
    ("broadcaster", "Lo dijo en el Canal 13; la emisora recibió 45 llamadas.", [45]),
    ("section", "El Objetivo de Desarrollo Sostenible 5 busca la igualdad.", []),
    ("section", "Ver el Anexo 2 y la Tabla 4.", []),
    ("section", "Gráfico 5", []),
    ("section", "Cuadro 3: 45 mujeres atendidas", [45]),
    ("case_file", "El caso 3 fue archivado.", []),
    # an emergency line named by its number, even before "de ..."
    (
        "emergency_line",
        "También pueden comunicarse con el 911 de la Policía de Tucumán; hubo 700 admisiones.",
        [700],
    ),
    (
        "emergency_line",
        "El Sistema Nacional de Emergencia (911) registró 34 mil 221 denuncias.",
        [34221],
    ),
    ("emergency_line", "La Línea de atención (144) recibió 890 llamadas.", [890]),
    (
        "emergency_line",
        "Capacitaciones: 243 personas capacitadas (112 presenciales, 131 virtuales).",
        [243, 112, 131],
    ),
    # two ages with their articles, without "años"
    (
        "age_pair",
        "Seguido por las mujeres jóvenes entre los 18 y los 28, con 84 registros.",
        [84],
    ),
    # a country's population in millions, then its people's name
    (
        "population_demonym",
        "De los 48.258.494 colombianos, la Línea atendió 131 llamadas.",
        [131],
    ),
    # what a law defines
    (
        "legal_types",
        "La ley establece 19 tipos penales; en 2023 se recibieron 412 denuncias.",
        [412],
    ),
    (
        # sv_pnc_reserva_denuncias_feminicidios_laip_2022.txt, line 4
        "legal_types_share",
        "feminicidios y feminicidios agravados, dos de los 11 delitos que sanciona la Ley "
        "Especial Integral; en 2021 se recibieron 412 denuncias.",
        [412],
    ),
    # a range of shares or of amounts, each end with its article and unit
    (
        "range_with_units",
        "Tarija: Representa entre el 7% y el 9% del total de denuncias, con un aumento constante "
        "en los últimos años, alcanzando su máximo en 2021 con 2,958 denuncias.",
        [2958],
    ),
    (
        "range_with_units",
        "Beni y Pando mantienen los menores porcentajes, con cifras que rondan entre el 1% y el 3% "
        "del total nacional.",
        [],
    ),
    (
        "range_with_units",
        "Los ayuntamientos que destinaron los mayores presupuestos a sus IMM son Veracruz y Tuxpan, "
        "con recursos que van desde 1 millón a 10.6 millones de pesos anuales.",
        [],
    ),
    # a total restated per day, not a figure of its own
    (
        "derived_rate",
        "Sin embargo, solo en los primeros siete meses de 2024 la cantidad de procedimientos "
        "solicitados fue de 41.558, es decir, 198 diarios, de acuerdo con el Observatorio.",
        [41558],
    ),
    # the same with the day said before the number (mx_salud_nacimientos_ninas_10_14_2024)
    (
        "derived_rate_first",
        "En 2024 se registraron casi 8 mil nacimientos en niñas de 10 a 14 años. Es decir, todos "
        "los días, 21 niñas menores de 15 años se convirtieron en madres.",
        [8000],
    ),
    # an aim, not a measure
    (
        "aim",
        "Solo el 45 por ciento denunció; la intención es que el 100 por ciento lo haga.",
        [45],
    ),
    # a law named by its title, then its number in brackets
    (
        "law_title",
        "Desde la Ley para Garantizar a las Mujeres una Vida Libre de Violencia (348), el SLIM "
        "atendió 1.156 casos.",
        [1156],
    ),
    # how many of a country's units, against their whole
    (
        "units_share",
        "7 de 9 regiones no invirtieron; la gobernación atendió 40 casos.",
        [40],
    ),
    # a rate whose base the sentence does not say
    (
        "rate_without_base",
        "Boyacá es el departamento con más denuncias, 3.541, con una tasa de 0,129.",
        [3541],
    ),
    (
        "rate_without_base",
        "Se reportó una tasa de 14.7 denuncias por cien mil habitantes.",
        [14.7],
    ),
    # an index's levels below one
    (
        "index_level",
        "El índice de desigualdad de género pasó de 0.17 a 0.19; se atendieron 52 mujeres.",
        [52],
    ),
    # the share a norm assigns, in the future
    (
        "mandated_share",
        "El decreto dispone que las gobernaciones utilizarán el 30 % de los recursos; se "
        "ejecutó el 4 %.",
        [4],
    ),
    # the women of the area a service covers
    (
        "population_served",
        "La Ciudad Mujeres tiene un universo de atención de 1.708.576 mujeres; atendió a 350 "
        "mujeres.",
        [350],
    ),
    (
        "population_reached_for",
        "Se busca atender a más de 734 mil mujeres de los municipios del Valle; se atendieron "
        "120 mujeres.",
        [120],
    ),
    # the indicators a statistical system is built with
    (
        "measurement_design",
        "El observatorio cuenta con más de 100 indicadores y registró 36 feminicidios.",
        [36],
    ),
    # an office's organisation chart
    (
        "own_structure",
        "El ministerio tenía 19 direcciones y atendió a 300 mujeres.",
        [300],
    ),
    (
        "country_whole",
        "Se registraron 37 denuncias en 11 ministerios, de un total de 18 que existen en el país.",
        [37, 11],
    ),
    ("age_said", "La edad de las víctimas oscila entre los 13 y 17; se atendió a 45 niñas.", [45]),
    # (issue 10) cl_sernameg_magallanes_centro_hombres_2017; "poco menos del" says the share
    (
        "share_below",
        "Se atendieron 53 varones y menos del 10 por ciento termina sus tratamientos.",
        [53],
    ),
    ("share_below", "Poco menos del 50 por ciento fueron atenciones a mujeres.", [50]),
    # (issue 10) mx_sesnsp_911_violencia_familiar_marzo_2020, co_dijin_violencia_intrafamiliar_
    # municipios_2017
    (
        "per_hour_restated",
        "Se recibieron 64 mil 858 llamadas, 87 llamadas de mujeres cada hora.",
        [64858],
    ),
    ("per_hour_restated", "Cada día, 205 personas son víctimas de violencia.", []),
    # (issue 10) py_indert_titulacion_mujeres_2024 (dev70): a loan's interest rate
    (
        "interest_rate",
        "Se redujo la tasa de interés del 12 % que se cobraba a 300 mujeres.",
        [300],
    ),
    ("interest_rate", "El 12 % de las mujeres pidió un crédito con interés bajo.", [12]),
    # (issue 10) co_mintrabajo_sena_mujeres_emprendedoras_fondo_emprender_2024 (dev85): the most
    # one project may receive; the programme's investment stays
    (
        "amount_ceiling",
        "Los proyectos pueden recibir hasta $100 millones; contará con una inversión de $14.000 "
        "millones.",
        [14_000_000_000],
    ),
    (
        "amount_ceiling",
        "Se entregarán recursos de hasta 100 millones de pesos por cada idea de negocio a 560 "
        "mujeres.",
        [560],
    ),
    # (issue 10) ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021 (dev90): what each of a
    # count of people receives; the people stay, and a year before the verb is no count
    (
        "amount_each_receives",
        "De esas ganadoras, 32.010 recibirán 240 mil pesos.",
        [32010],
    ),
    (
        "amount_each_receives",
        "De 2020 a 2022 recibió 300 pesos de aporte el refugio.",
        [300],
    ),
    # (issue 10) ec_banecuador_magp_creditos_mujeres_rurales_7x7_2026,
    # ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021 (dev90): the range one credit may
    # take and what each woman is given; the credits placed and the women paid stay
    (
        "range_of_amounts",
        "Los montos entregados oscilan entre USD 500 y USD 250.000; se colocaron 4.904 créditos.",
        [4904],
    ),
    (
        "range_with_units",
        "A las 12 mil ganadoras se otorgan de 100 mil a 240 mil pesos por vivienda.",
        [12000],
    ),
    (
        "instalment",
        "Se pagó a 35.186 mujeres en dos cuotas de 50 por ciento a través de la Anses.",
        [35186],
    ),
    # (issue 10) dev72: sv_asamblea_feminicidio_imprescriptible_2023,
    # co_camara_jurisdiccion_especial_mujer_2024, pe_congreso_dictamen_ministerio_familia_2022
    (
        "legislature_votes",
        "Con 76 votos, los diputados aprobaron la reforma que registró 12 denuncias.",
        [12],
    ),
    ("legislature_votes", "Luego de que 76 diputados votaron a favor de la ley.", []),
    (
        "legislature_members",
        "54 mujeres miembros de la Cámara de Representantes presentaron el proyecto.",
        [],
    ),
    (
        "national_women",
        "Sería dar la espalda a 17 millones de mujeres peruanas; se atendieron 300 mujeres.",
        [300],
    ),
    (
        "prison_overcrowding",
        "Hay una sobrepoblación de hasta 97% en las prisiones y 377 niños viven con sus madres.",
        [377],
    ),
    (
        "since_elided",
        "Tiene 47 años y trabaja en ese organismo desde hace 24. Atendió a 300 mujeres.",
        [300],
    ),
    # co_policia_nacional_mujeres_uniformadas_16505_2016 (dev88), line 5
    (
        "units_of_origin",
        "Eran 46 mujeres y provenían de 12 departamentos del país.",
        [46],
    ),
    # mx_ine_candidaturas_mujeres_elecciones_locales_2021 and gt_tse_mujeres_cargos_electos_2023
    # (dev81): the posts an election fills, lines 5 and 5
    (
        "posts_at_stake",
        "Para los 16 diferentes cargos de elección popular a nivel local por los que candidatos "
        "y candidatas lucharon por el voto.",
        [],
    ),
    ("posts_at_stake", "De los 4336 cargos que se eligieron, las mujeres obtuvieron 545.", [545]),
    # mx_ine_candidaturas_mujeres_elecciones_locales_2021 (dev81), line 6
    (
        "posts_renewed",
        "Para la renovación de las 15 gubernaturas se presentaron 133 candidatos y candidatas.",
        [133],
    ),
    # pe_onpe_alcaldesas_electas_regionales_municipales_2018 (dev81), line 5
    (
        "count_progress",
        "Solo 8 mujeres han sido elegidas alcaldesas, según la votación procesada al 100% en sus "
        "jurisdicciones.",
        [8],
    ),
    # cr_corte_suprema_magistradas_representacion_femenina (dev88): a career's levels (line
    # 11), a court's seats beside the women who hold them (line 5), the seats a vote renews
    # (line 7); pe_mininter_personal_policial_femenino_comisarias_2022 (dev88), line 3
    ("scale_levels", "Los jueces reciben categorías que van del 1 al 6.", []),
    ("scale_levels", "Se evaluó a 40 juezas en una escala del 1 al 10.", [40]),
    ("posts_at_stake", "De las 22 sillas disponibles apenas 5 son ocupadas por abogadas.", [5]),
    ("posts_renewed", "Hubo elecciones para renovar el 22% de las magistraturas.", []),
    (
        "share_below",
        "Solo 2 son mujeres, una cifra que ni siquiera alcanza el 1% del total.",
        [2],
    ),
    # pe_onpe_alcaldesas_electas_regionales_municipales_2018 (dev81), line 4
    (
        "census_population",
        "En el Perú hay 14’931.127 mujeres, de acuerdo al censo realizado el año pasado.",
        [],
    ),
    # bo_dna_cochabamba_denuncias_agresores_entorno_2024 (dev107), line 7: what the year may
    # pass, in the subjunctive; the cases of 2023 stay
    (
        "may_pass",
        "En 2023, en todo el año, la Defensoría atendió alrededor de 600 casos. Este año, es "
        "posible que se supere los mil casos.",
        [600],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "expected"), ROLES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(ROLES)]
)
def test_never_values(kind: str, text: str, expected: list[float]) -> None:
    assert values(text) == expected


def test_every_lexicon_kind_has_a_row() -> None:
    kinds = set(default_lexicon().section("never_values"))
    assert kinds <= {k for k, _, _ in ROLES}


def test_a_workspace_adds_its_own_cue_words(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "oficina.yaml").write_text(
        "never_values:\n  case_file:\n    before: [boleta]\n", encoding="utf-8"
    )
    text = "Boleta 4512 emitida; se atendieron 30 mujeres."
    assert 4512 in values(text)
    workspace = load_lexicon(tmp_path)
    assert "boleta" in workspace.words("never_values", "case_file", "before")
    assert "caso" in workspace.words("never_values", "case_file", "before")  # still shipped
    assert values(text, lexicon=workspace) == [30]
    assert any(kind == "case_file" for kind, _ in trap_spans(text, workspace))


WORD_NUMBERS = [
    ("Se firmaron cuatro convenios con universidades.", [4]),
    ("Se abrieron dos centros de atención.", [2]),
    ("Se atendieron tres casos de violencia.", [3]),
    ("Se realizaron doce talleres y cinco charlas.", [12, 5]),
    ("Funcionan dos mil 600 botones antipánico.", [2600]),
    ("Se registraron 10 mil 147 denuncias.", [10147]),
    ("Se realizaron veintiún talleres.", [21]),
    ("Se capacitó a ciento veinte funcionarias.", [120]),
    ("Tres millones de pesos para refugios.", [3_000_000]),
    ("Llegamos a tres millones de personas.", [3_000_000]),
    ("En el periodo se registró un femicidio.", [1]),
    ("Hubo una denuncia por acoso en el año.", [1]),
    ("Con los tres niveles de gobierno.", []),
    ("Se trata de un avance importante para una institución sólida.", []),
    ("La víctima puede presentar una denuncia formal.", []),
    ("Hay una red de apoyo.", []),
    ("En una de las mesas de trabajo.", []),
    # "uno" alone ends an item of a series; "cada uno" and the article "un" never count; "no
    # hubo feminicidios" after the series is its zero (lexicon ``numbers.zero_phrases``)
    (
        "La Paz es el departamento con un mayor registro de casos, con 7, seguido por "
        "Cochabamba con 3, Tarija con 2, y Santa Cruz, Potosí, Chuquisaca y Oruro reportaron "
        "uno cada uno, mientras que en las regiones amazónicas de Beni y Pando no hubo "
        "feminicidios.",
        [7, 3, 2, 1, 0],
    ),
    ("Potosí tiene dos casos reportados y Oruro uno.", [2, 1]),
    (
        "Tarija registra cuatro casos, mientras que Beni tiene dos y Chuquisaca y Oruro cada "
        "uno un caso reportado.",
        [4, 2, 1],
    ),
    (
        "En cuanto a los infanticidios, la mayoría de las denuncias se reportaron en La Paz, que "
        "registró 10 casos, seguida por Oruro con dos y Cochabamba y Santa Cruz con uno cada una.",
        [10, 2, 1],
    ),
    ("Uno de los casos fue grave.", []),
    # "de estos" between a number in words and its noun
    (
        "Actualmente hay quince de estos albergues en funcionamiento, y este año tienen la meta "
        "de incorporar siete casas más.",
        [15, 7],
    ),
    # the body's own services after "los", "las" are counted, not referred to
    (
        "Los centros regionales brindaron 4,044 asistencias y los dos albergues registraron "
        "1,350 ingresos.",
        [4044, 2, 1350],
    ),
    ("La atención se dio en las cinco unidades con las que cuenta el Instituto.", [5]),
    # "cuenta con una ...": one facility
    (
        "La institución cuenta además con una casa de breve estadía para mujeres con riesgo "
        "inminente de vida.",
        [1],
    ),
    ("Detalló que esa entidad cuenta con una sede central en la capital.", [1]),
    ("Asimismo, se cuenta con un Hogar de Refugio Temporal (HRT).", [1]),
    (
        "En Madre de Dios existen cinco Centro de Emergencia Mujer (CEM), de los cuales cuatro "
        "CEM regulares.",
        [5, 4],
    ),
    ("La entidad cuenta con una red de apoyo.", []),
    ("Es decir, son femicidios que cuentan con una denuncia.", []),
    # "ningún" counts a zero only after a negated verb
    (
        'La Mandataria prometió abrir 24 nuevos centros. "No queremos que ninguna mujer tenga '
        'que soportar la violencia", indicó.',
        [24],
    ),
    (
        "Potosí tiene dos casos reportados y Oruro uno. En contraste, Beni, Pando, Chuquisaca y "
        "Tarija no han registrado ningún caso de infanticidio.",
        [2, 1, 0],
    ),
    (
        "Durante la emergencia sanitaria se han contabilizado seis intentos de femicidio.",
        [6],
    ),
    # "hubo siete," closing its clause counts what the count just before it counted
    (
        "Esa semana, que empezó el 25 de mayo, la Fiscalía registró cuatro femicidios en "
        "Ecuador. Una semana antes hubo siete, la cifra más alta de femicidios durante la "
        "cuarentena por covid-19.",
        [4, 7],
    ),
    # with no count before it, "hubo dos" has nothing to count
    ("En la reunión hubo dos, según la nota.", []),
    # an amount in words after a budget word is money, even before its currency is named
    (
        "El presupuesto que tenía el instituto municipal de la mujer para el 2020 era de ocho "
        "millones, ahora, suma a más de ocho millones 600 mil pesos.",
        [8_000_000, 8_600_000],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORD_NUMBERS)
def test_word_numbers_in_context(text: str, expected: list[float]) -> None:
    assert values(text, Convention.DECIMAL_POINT) == expected


# A noun excluded only as part of a longer phrase: "órdenes de gobierno" measures nothing,
# "órdenes de protección" and "órdenes de arresto" are counted.
EXCLUDED_PHRASES = [
    (
        "En el ámbito judicial, se solicitaron 371 órdenes de arresto en casos de violencia "
        "intrafamiliar, de las cuales 313 ya han sido ejecutadas.",
        [371, 313],
    ),
    ("Se otorgaron 220 órdenes de protección y se atendieron a 1,008 personas.", [220, 1008]),
    ("Con los tres órdenes de gobierno.", []),
    ("Participaron 3 órdenes de gobierno.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXCLUDED_PHRASES)
def test_an_excluded_phrase_needs_all_its_words(text: str, expected: list[float]) -> None:
    assert values(text, Convention.DECIMAL_POINT) == expected


# A change written as a noun before the number is not a value; an amount in parentheses right
# after another amount is the same money converted.
CHANGES_AND_CONVERSIONS = [
    (
        "La demanda de servicios ha tenido un incremento promedio anual del 49 por ciento entre "
        "2015 a 2018.",
        [],
    ),
    ("Hubo una reducción importante de 120 casos.", []),
    (
        "En cuanto a tentativas de femicidio, se registró una disminución de 152 casos en 2019 a "
        "137 en 2022, el dato más reciente disponible.",
        [152, 137],
    ),
    (
        "En comparación con año 2021 aumentaron 255% las asesorías iniciales brindadas.",
        [],
    ),
    ("La participación de mujeres aumentó al 35% del total.", [35]),
    (
        "El número de incidentes durante el 2021 fue 18.1% mayor que lo registrado en el 2020.",
        [],
    ),
    (
        "Si el registro del 2020 se compara con 2018, cuando se computaron 232 feminicidios, la "
        "caída es del 70 %.",
        [232],
    ),
    # a new level, not a change: "incrementó a", "aumentó a"
    (
        "En el 2019 se registraron dos mil 845 denuncias, pero en el 2020 la cifra incrementó a "
        "tres mil 257.",
        [2845, 3257],
    ),
    (
        "Ciudad Mujer de Choluteca, cuya inversión es de 126 millones de lempiras (un poco más "
        "de $5,000,000), beneficiará al año a más 226,000 mujeres.",
        [126_000_000, 226_000],
    ),
    ("Se invirtieron 2 millones de pesos (US$ 110,000) en 3 refugios.", [2_000_000, 3]),
    # a difference in cases, not a count
    (
        "Cabe aclarar que estos totales y los datos de las bases de 2021 incluyen 1 caso más (y "
        "sus valores) que fue agregado por una jurisdicción.",
        [],
    ),
    # the change's noun and verb before the number, the verb's infinitive with "en"
    (
        "Por su parte, en junio el aumento fue de 2217 consultas, con un aumento del 29 por "
        "ciento.",
        [],
    ),
    (
        "Con una estrategia integral para prevenir, perseguir y castigar este delito, hemos "
        "logrado disminuir en 27 por ciento las muertes violentas de mujeres. Entre enero y "
        "agosto de 2020, tuvimos 114 casos de muertes violentas de mujeres, mientras que en 2022 "
        "se han presentado 83 casos.",
        [114, 83],
    ),
    ("Las denuncias se han reducido en 40 casos respecto del año anterior.", []),
    ("Se registraron 3 casos menos que en 2020.", []),
    ("En 2022 hubo 12 más que el año anterior.", []),
    ("Se registraron siete feminicidios menos, lo que muestra una baja.", []),
    ("En 2022 se registraron 4 casos en la provincia.", [4]),
    ("Respecto de 2020, en 2021 hubo 3 casos más.", []),
    # additional cases that go on with a verb: a count
    ("En marzo 40 casos más llegaron al refugio.", [40]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES_AND_CONVERSIONS)
def test_changes_and_converted_amounts_are_not_values(text: str, expected: list[float]) -> None:
    assert values(text, Convention.DECIMAL_POINT) == expected


def test_a_range_is_dropped_with_a_reason_the_user_sees(tmp_path: Path) -> None:
    """ "entre 50 y 60 al día" (the gold of the text corpus leaves such ranges out): no value,
    and an INFO issue on its line that says why, in Spanish and English."""
    from genero_etl.model import Severity
    from genero_etl.pipeline import IngestOptions, extract_document

    report = tmp_path / "informe.txt"
    report.write_text(
        "Instituto Municipal de la Mujer, informe 2023\n"
        "El instituto atiende entre 50 y 60 mujeres al día. En 2023 se atendieron 345 mujeres.\n",
        encoding="utf-8",
    )
    staged = extract_document(report, report.name, IngestOptions())
    assert [o.value for o in staged.observation_list()] == [345]
    ranges = [i for i in staged.issues if i.code == "text-range-not-a-value"]
    assert [(i.source_locator, i.severity) for i in ranges] == [("line:2", Severity.INFO)]
    assert ranges[0].message_es.startswith("'entre 50 y 60' es un rango, no un valor")
    assert ranges[0].message_en.startswith("'entre 50 y 60' is a range, not a value")


def test_round_multipliers_are_approximations() -> None:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings(
        [Segment("El IMM atiende por trimestre a un centenar de mujeres violentadas.", "line:1")],
        context,
        CODEBOOK.lexicon,
    )
    assert [(f.value, f.approximate) for f in found] == [(100, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real forms from the text corpus: (value, kind, approximate)
        (
            "Ciudad Mujer de Choluteca beneficiará al año a más 226,000 mujeres.",
            [(226000, "target", False)],
        ),
        (
            "Con los nuevos locales se ampliará la cobertura a 7,735 mujeres por año.",
            [(7735, "target", False)],
        ),
        (
            "Aproximadamente el 55% de las alertas corresponden a Quito.",
            [(55, "percentage", True)],
        ),
        (
            "Indicó que poco menos del 50 por ciento tienen que ver con atenciones psicológicas.",
            [(50, "percentage", True)],
        ),
        ("Se atendieron 1.250 mujeres en el año.", [(1250, "observed", False)]),
    ],
)
def test_targets_and_approximations(text: str, expected: list[tuple[float, str, bool]]) -> None:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings([Segment(text, "line:1")], context, CODEBOOK.lexicon)
    assert [(f.value, f.kind_hint, f.approximate) for f in found] == expected


# What a training or a talk is about, right after "sobre", is not a count of the body's work;
# the people trained beside it are.
TOPICS = [
    (
        "El pasado viernes por la tarde los preventores del Plan Prevención Ciudadana, quienes ya "
        "reciben capacitaciones desde el mes de febrero, participaron de un taller en donde "
        "pudieron conocer y capacitarse sobre dos leyes muy importantes por la función que "
        "cumplen en las calles y edificios públicos de San Luis.",
        [],
    ),
    ("La capacitación sobre 3 ejes de la ley llegó a 45 funcionarias.", [45]),
    ("La fiscalía informó sobre dos feminicidios ocurridos en marzo.", [2]),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_what_a_training_is_about_is_not_a_count(text: str, expected: list[float]) -> None:
    assert values(text) == expected
