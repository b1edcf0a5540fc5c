"""Every user-facing message, in Spanish and English, keyed by a stable code: the one catalogue.

Every command renders from here: ingest and the other commands (``render``, ``issue``),
``validate`` (its findings carry a hint: ``render_with_hint``; its report words, the words of
the review page and of review.xlsx: ``texts``). An entry is ``(es, en)`` or, for a message
with a hint saying how to fix it, ``(es, en, hint es, hint en)``; placeholders are
``str.format`` fields and the two languages use the same ones (tests/test_messages.py).
Codes are documented in the README and docs/validate.md; tests assert on codes, people
read the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported by issue() when it builds one: validate's start-up skips the model
    from genero_etl.model import Issue, Severity

_MESSAGES: dict[str, tuple[str, str] | tuple[str, str, str, str]] = {
    # inputs
    "path-not-found": (
        "No existe la ruta '{path}'. Revise el nombre y la carpeta de trabajo.",
        "Path '{path}' does not exist. Check the name and the workspace folder.",
    ),
    "file-empty": (
        "El archivo '{path}' está vacío (0 bytes): no hay nada que leer.",
        "File '{path}' is empty (0 bytes): there is nothing to read.",
    ),
    "file-unreadable": (
        "No se pudo leer '{path}': {reason}.",
        "Could not read '{path}': {reason}.",
    ),
    "file-binary": (
        "'{path}' no es texto (contiene datos binarios{detail}). Si es un documento, "
        "guárdelo como .txt o use un formato admitido: {known}.",
        "'{path}' is not text (it holds binary data{detail}). If it is a document, "
        "save it as .txt or use a supported format: {known}.",
    ),
    "file-too-large": (
        "'{path}' pesa {size_mb:.1f} MB, más que el límite de {limit_mb:.0f} MB. "
        "Divida el archivo o suba el límite con --max-mb.",
        "'{path}' is {size_mb:.1f} MB, over the {limit_mb:.0f} MB limit. "
        "Split the file or raise the limit with --max-mb.",
    ),
    "unknown-format": (
        "No sé leer '{path}' (extensión '{suffix}'). Formatos admitidos: {known}.",
        "Cannot read '{path}' (extension '{suffix}'). Supported formats: {known}.",
    ),
    "unknown-name": (
        "'{name}' no es {family} conocido. Opciones: {known}.",
        "'{name}' is not a known {family}. Choices: {known}.",
    ),
    "encoding-guessed": (
        "'{path}' no está en UTF-8; se leyó como {encoding}.",
        "'{path}' is not UTF-8; it was read as {encoding}.",
    ),
    "no-values": (
        "No se encontró ningún valor numérico de indicador en '{path}'.",
        "No numeric indicator value was found in '{path}'.",
    ),
    "no-files": (
        "No hay archivos admitidos en '{path}'. Formatos admitidos: {known}.",
        "No supported files in '{path}'. Supported formats: {known}.",
    ),
    "metadata-invalid": (
        "El archivo de metadatos '{path}' no es válido: {reason}.",
        "Metadata file '{path}' is invalid: {reason}.",
    ),
    # documents (readers of .docx, .pdf, .pptx, .odt, .odp, .html, .rtf)
    "office-corrupted": (
        "'{path}' no es un archivo {kind} válido: está dañado o incompleto ({reason}). "
        "Ábralo en Word o LibreOffice, guárdelo de nuevo y vuelva a intentarlo.",
        "'{path}' is not a valid {kind} file: it is damaged or incomplete ({reason}). "
        "Open it in Word or LibreOffice, save it again and retry.",
    ),
    "office-wrong-content": (
        "'{path}' tiene extensión {suffix} pero contiene {actual}. Cambie la extensión o "
        "guárdelo como {suffix} desde la aplicación que lo creó.",
        "'{path}' has extension {suffix} but holds {actual_en}. Rename it or save it as "
        "{suffix} from the application that made it.",
    ),
    "office-legacy-binary": (
        "'{path}' tiene extensión {suffix} pero es un documento binario antiguo de Office "
        "(.doc/.ppt/.xls). Conviértalo primero con LibreOffice: "
        "soffice --headless --convert-to {target} '{path}'",
        "'{path}' has extension {suffix} but is an old binary Office document "
        "(.doc/.ppt/.xls). Convert it first with LibreOffice: "
        "soffice --headless --convert-to {target} '{path}'",
    ),
    "office-encrypted": (
        "'{path}' está protegido con contraseña. Ábralo, quite la contraseña (Archivo > "
        "Información > Proteger documento) y guárdelo de nuevo, o pida una copia sin protección.",
        "'{path}' is password-protected. Open it, remove the password (File > Info > "
        "Protect Document) and save it again, or ask for an unprotected copy.",
    ),
    "zip-bomb": (
        "Se rechazó '{path}': descomprimido ocuparía {size_mb:.0f} MB en {entries} partes "
        "(compresión {ratio:.0f}:1), por encima del límite de {limit_mb:.0f} MB o "
        "{limit_ratio:.0f}:1. Puede ser una 'bomba zip'; si el documento es legítimo, "
        "divídalo o quite imágenes.",
        "'{path}' was refused: it would expand to {size_mb:.0f} MB in {entries} parts "
        "(compression {ratio:.0f}:1), over the limit of {limit_mb:.0f} MB or "
        "{limit_ratio:.0f}:1. It may be a 'zip bomb'; if the document is genuine, split it "
        "or remove images.",
    ),
    "document-no-text": (
        "'{path}' no contiene texto ({detail}); probablemente solo tiene imágenes. Pida el "
        "documento con texto, o expórtelo a PDF y use --ocr.",
        "'{path}' holds no text ({detail}); it probably only has images. Ask for the "
        "document with text, or export it to PDF and use --ocr.",
    ),
    "pdf-encrypted": (
        "'{path}' es un PDF protegido con contraseña y no se puede leer. Pida una versión sin "
        "protección o quítela con: qpdf --decrypt --password=CLAVE entrada.pdf salida.pdf",
        "'{path}' is a password-protected PDF and cannot be read. Ask for an unprotected "
        "copy or remove it with: qpdf --decrypt --password=KEY in.pdf out.pdf",
    ),
    "pdf-corrupted": (
        "'{path}' no es un PDF válido o está dañado ({reason}). Vuelva a descargarlo o "
        "expórtelo de nuevo desde el original.",
        "'{path}' is not a valid PDF or is damaged ({reason}). Download it again or "
        "export it again from the original.",
    ),
    "pdf-no-text": (
        "'{path}' no tiene capa de texto ({pages} páginas que parecen imágenes escaneadas). "
        "Use --ocr para reconocer el texto; requiere tesseract con español "
        "(Debian/Ubuntu: apt-get install -y tesseract-ocr tesseract-ocr-spa poppler-utils).",
        "'{path}' has no text layer ({pages} pages that look like scanned images). "
        "Use --ocr to recognise the text; it needs tesseract with Spanish "
        "(Debian/Ubuntu: apt-get install -y tesseract-ocr tesseract-ocr-spa poppler-utils).",
    ),
    "ocr-unavailable": (
        "--ocr necesita {missing}, que no está instalado. Instálelo (Debian/Ubuntu: "
        "apt-get install -y tesseract-ocr tesseract-ocr-spa poppler-utils) y repita.",
        "--ocr needs {missing}, which is not installed. Install it (Debian/Ubuntu: "
        "apt-get install -y tesseract-ocr tesseract-ocr-spa poppler-utils) and retry.",
    ),
    "ocr-failed": (
        "El reconocimiento de texto (OCR) de '{path}' falló en la página {page}: {reason}.",
        "Text recognition (OCR) of '{path}' failed on page {page}: {reason}.",
    ),
    "ocr-no-text": (
        "El OCR no encontró texto en '{path}' ({pages} páginas). Revise que el escaneo sea "
        "legible (300 ppp o más) o pida el documento original.",
        "OCR found no text in '{path}' ({pages} pages). Check that the scan is legible "
        "(300 dpi or more) or ask for the original document.",
    ),
    # spreadsheets (.xlsx, .xlsm, .xls, .ods, .csv, .tsv)
    "sheet-xlsb": (
        "'{path}' es un libro binario de Excel (.xlsb), que no se admite. Ábralo en Excel o "
        "LibreOffice y guárdelo como .xlsx.",
        "'{path}' is a binary Excel workbook (.xlsb), which is not supported. Open it in Excel "
        "or LibreOffice and save it as .xlsx.",
    ),
    "sheet-disguised": (
        "'{path}' tiene extensión {suffix} pero es {actual}; se leyó como {actual}. Cambie la "
        "extensión para evitar confusiones.",
        "'{path}' has extension {suffix} but is {actual}; it was read as {actual}. Rename it "
        "to avoid confusion.",
    ),
    "csv-dialect": (
        "'{path}' se leyó como CSV en {encoding}, separador '{delimiter}', decimal '{decimal}'. "
        "Si los números salen mal, indique number_convention en el archivo .meta.yaml.",
        "'{path}' was read as CSV in {encoding}, delimiter '{delimiter}', decimal '{decimal}'. "
        "If numbers come out wrong, set number_convention in the .meta.yaml file.",
    ),
    "sheet-hidden": (
        "La hoja oculta '{sheet}' de '{path}' no se leyó. Si contiene datos a publicar, "
        "muéstrela (clic derecho > Mostrar) y vuelva a ingerir.",
        "Hidden sheet '{sheet}' of '{path}' was not read. If it holds data to publish, "
        "unhide it (right click > Unhide) and ingest again.",
    ),
    "sheet-no-table": (
        "La hoja '{sheet}' de '{path}' no tiene una tabla reconocible (encabezado con columnas "
        "de valores numéricos). Deje una fila de encabezados sobre los datos o use --template.",
        "Sheet '{sheet}' of '{path}' has no recognisable table (a header over columns of "
        "numbers). Put one header row above the data or use --template.",
    ),
    "counts-suppressed": (
        "En '{path}', {count} recuentos menores que {min_count} se publican sin su valor "
        "(value_text '<{min_count}', marca suppressed_small_count): con tan pocos casos por "
        "provincia y mes se podría identificar a una persona. Umbral: count.min_count de la plantilla.",
        "In '{path}', {count} counts below {min_count} are published without their value "
        "(value_text '<{min_count}', flag suppressed_small_count): so few cases per province "
        "and month could identify a person. Threshold: the template's count.min_count.",
    ),
    "template-used": (
        "La hoja '{sheet}' se leyó con la plantilla '{template}' ({title}); encabezado en la "
        "fila {row}.",
        "Sheet '{sheet}' was read with template '{template}' ({title}); header on row {row}.",
    ),
    "template-no-match": (
        "El encabezado de la hoja '{sheet}' no coincide con ninguna plantilla ({known}); se "
        "infirió la estructura. Si es un formato recurrente, agregue una plantilla en "
        "schemas/templates/ o use --template.",
        "The header of sheet '{sheet}' matches no template ({known}); the layout was inferred. "
        "If this is a recurring format, add a template in schemas/templates/ or use --template.",
    ),
    "template-forced-mismatch": (
        "La plantilla '{template}' no encaja con la hoja '{sheet}': faltan las columnas "
        "{missing}. Revise los encabezados o elija otra plantilla (genero-etl templates).",
        "Template '{template}' does not fit sheet '{sheet}': columns {missing} are missing. "
        "Check the headers or pick another template (genero-etl templates).",
    ),
    "template-invalid": (
        "La plantilla '{path}' no es válida: {reason}. Corríjala según schemas/templates/.",
        "Template '{path}' is invalid: {reason}. Fix it following schemas/templates/.",
    ),
    "layout-inferred": (
        "Hoja '{sheet}': se infirió una tabla {layout} con encabezado en la fila {row} y "
        "{values} columnas de valores (confianza {confidence:.2f}). Revise los valores o use "
        "una plantilla.",
        "Sheet '{sheet}': inferred a {layout_en} table with its header on row {row} and "
        "{values} value columns (confidence {confidence:.2f}). Check the values or use a "
        "template.",
    ),
    "formula-no-value": (
        "La celda tiene una fórmula sin valor calculado guardado; no se leyó. Abra el archivo "
        "en Excel o LibreOffice, recalcule y guárdelo de nuevo.",
        "The cell holds a formula with no saved value; it was not read. Open the file in "
        "Excel or LibreOffice, recalculate and save it again.",
    ),
    "cell-not-number": (
        "El valor '{raw}' de la columna '{column}' no es un número; no se publicó. Escriba "
        "el número, o deje la celda vacía si no hay dato.",
        "Value '{raw}' in column '{column}' is not a number; it was not published. Write the "
        "number, or leave the cell empty if there is no data.",
    ),
    "cell-not-number-more": (
        "Hay {count} celdas más que no son números en '{path}' (se listaron las primeras {shown}).",
        "There are {count} more cells that are not numbers in '{path}' (the first {shown} "
        "were listed).",
    ),
    "number-convention-mismatch": (
        "'{raw}' está escrito con la convención contraria a la del archivo ({convention}); se "
        "leyó como {value}. Confírmelo o corrija la celda.",
        "'{raw}' is written in the opposite convention to the file's ({convention}); it was "
        "read as {value}. Confirm it or fix the cell.",
    ),
    "cell-formula-text": (
        "El texto '{raw}' empieza con {char} y una planilla podría ejecutarlo como fórmula; "
        "se conserva como texto y se neutraliza al publicar. Revise la celda.",
        "Text '{raw}' starts with {char} and a spreadsheet could run it as a formula; it is "
        "kept as text and neutralised when published. Check the cell.",
    ),
    # --- place codes of other widths, PDF tables described (tabular/, cli/inspect) ---
    "table-place-code-unreduced": (
        "Hoja '{sheet}', columna '{column}': {count} códigos ({examples}) no tienen la forma "
        "de un código de municipio de {country} (municipalities.code en su archivo de país); "
        "sus filas quedan sin municipio, o aparte dentro del municipio que nombran (un centro "
        "poblado, una localidad), nunca como la cifra del municipio.",
        "Sheet '{sheet}', column '{column}': {count} codes ({examples}) do not have the shape "
        "of a municipality code of {country} (municipalities.code in its country file); their "
        "rows are left without a municipality, or kept apart inside the municipality they name "
        "(a populated centre, a locality), never as the municipality's figure.",
    ),
    "table-read-pdf": (
        "Tabla {table} de la página {page} ({sheet}), encabezado en la fila {row}: se leyó "
        "como {layout} (confianza {confidence}); columnas: {roles}. Vea 'genero-etl inspect' "
        "para revisarlo.",
        "Table {table} of page {page} ({sheet}), header on row {row}: read as {layout} "
        "(confidence {confidence}); columns: {roles}. See 'genero-etl inspect' to review it.",
    ),
    "inspect-pdf-table": (
        "Tabla {table} de la página {page} ({sheet}, encabezado en la fila {row}): {layout}, "
        "confianza {confidence}, país {country}",
        "Table {table} of page {page} ({sheet}, header on row {row}): {layout}, confidence "
        "{confidence}, country {country}",
    ),
    "inspect-pdf-no-table": (
        "'{path}' no tiene tablas con columnas que se lean como una planilla (tablas con "
        "reglas y periodos en columnas); 'genero-etl ingest' lee sus cifras como texto.",
        "'{path}' has no table with columns read like a spreadsheet (ruled tables with "
        "periods across); 'genero-etl ingest' reads its figures as text.",
    ),
    "inspect-pdf-no-map": (
        "'{path}' es un PDF: sus tablas no se leen con un mapa, así que no se escribe "
        "ninguno. Use 'inspect' sin --write-map.",
        "'{path}' is a PDF: its tables are not read with a map, so none is written. Use "
        "'inspect' without --write-map.",
    ),
    # --- tables read by what their columns mean (tabular/semantic, inspect, mappings) ---
    "bad-roles-file": (
        "No se pudo leer el archivo de palabras de columnas '{path}': {reason}.",
        "Could not read the column words file '{path}': {reason}.",
    ),
    "table-read": (
        "Hoja '{sheet}', tabla con encabezado en la fila {row}: se leyó como {layout} "
        "(confianza {confidence}); columnas: {roles}. Vea 'genero-etl inspect' para revisarlo.",
        "Sheet '{sheet}', table with its header on row {row}: read as {layout} (confidence "
        "{confidence}); columns: {roles}. See 'genero-etl inspect' to review it.",
    ),
    "table-low-confidence": (
        "Hoja '{sheet}': la lectura de la tabla es dudosa (confianza {confidence}). Revísela con "
        "'genero-etl inspect {path} --write-map' y corrija el mapa si hace falta.",
        "Sheet '{sheet}': the table was read with low confidence ({confidence}). Review it with "
        "'genero-etl inspect {path} --write-map' and fix the map if needed.",
    ),
    "table-country-unknown": (
        "No hay evidencia del país de '{path}' (ni lugares reconocibles ni palabras): el país "
        "queda vacío. Indíquelo con --country o 'country:' en el archivo .meta.yaml.",
        "There is no evidence of the country of '{path}' (no recognisable places or words): "
        "country is left empty. Give it with --country or 'country:' in the .meta.yaml file.",
    ),
    "table-country-inferred": (
        "País de '{path}': {country}, por {evidence}.",
        "Country of '{path}': {country}, from {evidence}.",
    ),
    "table-place-level-unmatched": (
        "Hoja '{sheet}', columna '{column}' ({level} de {country}): {count} lugares no están "
        "en un catálogo oficial de ese nivel ({examples}); se publican con su nombre como "
        "desglose 'lugar', nunca como lugares de otro nivel.",
        "Sheet '{sheet}', column '{column}' ({level} of {country}): {count} places are not in "
        "an official list of that level ({examples}); they are published with their name as a "
        "'lugar' breakdown, never as places of another level.",
    ),
    "table-place-unknown-held": (
        "Hoja '{sheet}', celda {cell}: '{name}' no es un lugar de los catálogos de {country} "
        "({count} filas); sus valores no se publican como de {region}, la región declarada para "
        "el archivo: quedan en revisión con el nombre como desglose 'lugar'. Corrija el nombre "
        "en el archivo o en un mapa (<archivo>.map.yaml), o acéptelos en 'review'.",
        "Sheet '{sheet}', cell {cell}: '{name}' is no place in the gazetteers of {country} "
        "({count} rows); its values are not published as {region}'s, the region declared for "
        "the file: they are held for review with the name as a 'lugar' breakdown. Correct the "
        "name in the file or in a map (<file>.map.yaml), or accept them in 'review'.",
    ),
    "table-place-unmatched": (
        "Hoja '{sheet}', columna '{column}': {count} lugares no están en los catálogos de "
        "{country} ({examples}); se publican con su nombre como desglose 'lugar'.",
        "Sheet '{sheet}', column '{column}': {count} places are not in the gazetteers of "
        "{country} ({examples}); they are published with their name as a 'lugar' breakdown.",
    ),
    "table-text-damaged": (
        "{count} valores llevan en un lugar o un desglose letras que el archivo perdió "
        "(U+FFFD: {examples}); se publican como los escribe el archivo, sin adivinar "
        "la letra, con la marca 'damaged_text'.",
        "{count} values carry, in a place or a breakdown, letters the file lost (U+FFFD: "
        "{examples}); they are published as the file writes them, the letter not "
        "guessed, flagged 'damaged_text'.",
    ),
    "table-register-counted": (
        "Hoja '{sheet}': registro de {rows} filas contado en {groups} grupos de lugar y periodo, "
        "con desgloses {dimensions}; {unknown_periods} filas sin periodo; desconocidos: "
        "{unknowns}. Ninguna celda del registro se publica.",
        "Sheet '{sheet}': register of {rows} rows counted in {groups} place-and-period groups, "
        "broken down by {dimensions}; {unknown_periods} rows without a period; unknowns: "
        "{unknowns}. No cell of the register is published.",
    ),
    "table-values-collapse": (
        "Hoja '{sheet}': {repeated} de {values} valores repiten indicador, lugar, periodo y "
        "desglose de otro valor; falta una columna de lugar, periodo o desglose. Revise con "
        "'genero-etl inspect'.",
        "Sheet '{sheet}': {repeated} of {values} values repeat the indicator, place, period and "
        "breakdown of another value; a place, period or breakdown column is missing. Review "
        "with 'genero-etl inspect'.",
    ),
    "table-items-not-summed": (
        "Hoja '{sheet}': la columna '{column}' distingue demasiados ítems para ser un desglose "
        "(algunos son totales de otros); cada ítem se publica como una cifra propia, con el "
        "ítem como nombre, nunca sumado a otro, y una fila repetida celda por celda se cuenta "
        "una vez. Nómbrela en un mapa (<archivo>.map.yaml) para leerla de otro modo.",
        "Sheet '{sheet}': column '{column}' tells apart too many items to be a breakdown (some "
        "are totals of others); each item is published as a count of its own, named by the "
        "item, never summed with another, and a row repeated cell for cell is counted once. "
        "Name it in a map (<file>.map.yaml) to read it otherwise.",
    ),
    "table-band-repeats": (
        "Hoja '{sheet}': la tabla al lado en las columnas {columns} repite cifras que la hoja ya "
        "muestra en otras tablas; no se publica. Revísela y, si dice otra cosa, léala con un "
        "mapa (<file>.map.yaml).",
        "Sheet '{sheet}': the side table in columns {columns} repeats figures the sheet shows "
        "in its other tables; it is not published. Review it and, if it says something else, "
        "read it with a map (<file>.map.yaml).",
    ),
    "table-columns-scaled-copy": (
        "Hoja '{sheet}': las columnas {columns} repiten las cifras de otra en miles o millones; "
        "se publican una vez.",
        "Sheet '{sheet}': columns {columns} repeat another column's figures in thousands or "
        "millions; they are published once.",
    ),
    "table-columns-undated-twin": (
        "Hoja '{sheet}': las columnas {columns} son la misma medida que otra columna fechada a "
        "su lado, sin el periodo que esa nombra (¿el acumulado de otro periodo?); no se "
        "publican con un periodo que no es el suyo. Nómbrelas en un mapa (<archivo>.map.yaml) "
        "para publicarlas.",
        "Sheet '{sheet}': columns {columns} are the same measure as a dated column beside them, "
        "without the period it names (another period's running total?); they are not published "
        "with a period that is not theirs. Name them in a map (<file>.map.yaml) to publish them.",
    ),
    "table-survey-sample-skipped": (
        "Hoja '{sheet}': las columnas {columns} describen las estimaciones de una encuesta "
        "(la muestra sin ponderar de la que se calculan, o su precisión: intervalo de "
        "confianza, error estándar, coeficiente de variación); no son conteos de personas y no "
        "se publican. Se publican las estimaciones.",
        "Sheet '{sheet}': columns {columns} describe a survey's estimates (the unweighted sample "
        "they are computed from, or their precision: confidence interval, standard error, "
        "coefficient of variation); they are no counts of people and are not published. The "
        "estimates are.",
    ),
    "table-columns-same-header": (
        "Hoja '{sheet}': varias columnas llevan el mismo encabezado ({columns}) y nada dice "
        "cuál es cuál (¿un año perdido en una fila de arriba?); no se publican. Nómbrelas en "
        "un mapa (<archivo>.map.yaml) para publicarlas.",
        "Sheet '{sheet}': several columns have the same header ({columns}) and nothing says "
        "which is which (a year lost in a row above?); they are not published. Name them in a "
        "map (<file>.map.yaml) to publish them.",
    ),
    "table-columns-derived": (
        "Hoja '{sheet}': las columnas {columns} se calculan de las demás (porcentajes, "
        "acumulados); no se publican.",
        "Sheet '{sheet}': columns {columns} are computed from the others (shares, cumulative "
        "totals); they are not published.",
    ),
    "sheet-analysis-skipped": (
        "La hoja '{sheet}' es una tabla dinámica o de estadísticas ('{caption}'); no se lee "
        "como datos.",
        "Sheet '{sheet}' is a pivot or statistics table ('{caption}'); it is not read as data.",
    ),
    "sheet-contents-skipped": (
        "La hoja '{sheet}' es el índice del libro ('{caption}'): números y títulos de sus "
        "cuadros; no se lee como datos.",
        "Sheet '{sheet}' is the workbook's table of contents ('{caption}'): its tables' numbers "
        "and titles; it is not read as data.",
    ),
    "sheet-value-list-skipped": (
        "La hoja '{sheet}' enumera los valores que pueden tomar las columnas de la hoja "
        "'{other}' (una lista de validación); no tiene datos y no se lee.",
        "Sheet '{sheet}' lists the values the columns of sheet '{other}' may take (a "
        "validation list); it holds no data and is not read.",
    ),
    "sheet-value-lists-skipped": (
        "Hoja '{sheet}': las columnas {columns} son las listas de las que eligen las celdas "
        "desplegables del registro (una lista por columna, cada valor una vez); no son casos "
        "ni encabezados del registro y no se leen.",
        "Sheet '{sheet}': columns {columns} are the lists the register's drop-down cells choose "
        "from (one list a column, each value once); they are no cases nor headers of the "
        "register and are not read.",
    ),
    "sheet-field-list-skipped": (
        "La hoja '{sheet}' enumera los campos de la hoja '{other}' (sus encabezados, una fila "
        "por año o versión: una hoja de definiciones); no tiene datos y no se lee.",
        "Sheet '{sheet}' lists the fields of sheet '{other}' (its headers, one row per year or "
        "version: a definitions sheet); it holds no data and is not read.",
    ),
    "sheet-rows-repeated-skipped": (
        "Las filas de la hoja '{sheet}' están todas en la hoja '{other}' (los mismos casos); se "
        "leen una sola vez, allí.",
        "Every row of sheet '{sheet}' is in sheet '{other}' (the same cases); they are read "
        "once, there.",
    ),
    "sheet-numbered-columns": (
        "La hoja '{sheet}' de '{path}' numera sus columnas de {first} a {last} sin decir qué "
        "numeran (semanas, días, entidades por su código): no se publica. Diga qué son en un "
        "mapa (<archivo>.map.yaml) o en un encabezado sobre los números.",
        "Sheet '{sheet}' of '{path}' numbers its columns {first} to {last} without saying what "
        "they number (weeks, days, states by their code): nothing is published. Say what they "
        "are in a map (<file>.map.yaml) or in a header above the numbers.",
    ),
    "sheet-copy-skipped": (
        "La hoja '{sheet}' repite valores de la hoja '{other}' (datos de un gráfico o una "
        "copia); se leen una sola vez, de '{other}'.",
        "Sheet '{sheet}' repeats values of sheet '{other}' (a chart's data or a copy); they are "
        "read once, from '{other}'.",
    ),
    "row-repeats-total": (
        "Hoja '{sheet}': la fila '{label}' repite el total '{total}' en cada columna y sus "
        "demás filas también suman ese total; se publica una sola vez, como '{total}'.",
        "Sheet '{sheet}': row '{label}' repeats the total '{total}' in every column and the "
        "other rows add up to that total too; it is published once, as '{total}'.",
    ),
    "sheets-told-apart": (
        "Hoja '{sheet}': sus valores dicen lo mismo que los de '{others}' (indicador, periodo, "
        "lugar y desagregación) con otras cifras; el nombre de la hoja se publica como una "
        "desagregación ('hoja') que los distingue.",
        "Sheet '{sheet}': its values say the same as those of '{others}' (indicator, period, "
        "place and breakdown) with other figures; the sheet's name is published as a breakdown "
        "('hoja') that tells them apart.",
    ),
    "total-of-one-row": (
        "Hoja '{sheet}': la fila '{total}' repite la única fila '{label}' de su tabla; es el "
        "total de '{label}', no de todos, y no se publica.",
        "Sheet '{sheet}': row '{total}' repeats '{label}', the only row of its table; it is the "
        "total of '{label}', not of everyone, and is not published.",
    ),
    "table-personal-skipped": (
        "Hoja '{sheet}': la tabla tiene datos personales ({columns}) y no se pudo leer como "
        "registro para contarla; no se publica nada de ella. Indique sus columnas con "
        "'genero-etl inspect {path} --write-map'.",
        "Sheet '{sheet}': the table holds personal data ({columns}) and could not be read as "
        "a register to count it; nothing of it is published. Name its columns with "
        "'genero-etl inspect {path} --write-map'.",
    ),
    "table-fraction-scaled": (
        "Hoja '{sheet}', columna '{column}': los valores entre 0 y 1 bajo un encabezado de "
        "porcentaje se publican multiplicados por 100, con unidad %.",
        "Sheet '{sheet}', column '{column}': values between 0 and 1 under a percentage header "
        "are published multiplied by 100, with unit %.",
    ),
    "mapping-invalid": (
        "El mapa '{path}' no es válido: {reason}.",
        "The map '{path}' is not valid: {reason}.",
    ),
    "mapping-unknown-role": (
        "El mapa '{path}', hoja '{sheet}', columna '{column}': el rol '{role}' no existe "
        "(roles: {roles}).",
        "The map '{path}', sheet '{sheet}', column '{column}': role '{role}' does not exist "
        "(roles: {roles}).",
    ),
    "mapping-unknown-column": (
        "El mapa '{path}', hoja '{sheet}': la columna '{column}' no está en la tabla "
        "(columnas: {columns}).",
        "The map '{path}', sheet '{sheet}': column '{column}' is not in the table "
        "(columns: {columns}).",
    ),
    "mapping-no-match": (
        "El mapa '{path}' no coincide con ninguna hoja de '{source}' (hojas: {sheets}); no se usó.",
        "The map '{path}' matches no sheet of '{source}' (sheets: {sheets}); it was not used.",
    ),
    "mapping-used": (
        "Se usó el mapa '{mapping}' para la hoja '{sheet}'.",
        "Map '{mapping}' was used for sheet '{sheet}'.",
    ),
    "mapping-written": (
        "Mapa escrito en '{path}': edítelo y vuelva a ingerir; pesa más que lo inferido.",
        "Map written to '{path}': edit it and ingest again; it wins over inference.",
    ),
    "mapping-exists": (
        "Ya existe el mapa '{path}' (quizá editado a mano); use --force para reemplazarlo.",
        "Map '{path}' already exists (perhaps edited by hand); use --force to replace it.",
    ),
    # evidence behind a column role, shown by `inspect` ({detail}: the value that backs it)
    "why-empty": ("vacía", "empty"),
    "why-place-code-id": ("código de lugar (no es un valor)", "place code (not a value)"),
    "why-personal": ("dato personal (nunca se publica)", "personal data (never published)"),
    "why-personal-names": (
        "nombres de personas (dato personal, nunca se publica)",
        "names of persons (personal data, never published)",
    ),
    "why-years": ("años", "years"),
    "why-mid-years": (
        "años escritos como su mitad (1990.5)",
        "years written as their middle (1990.5)",
    ),
    "why-months": ("meses", "months"),
    "why-weeks": ("semanas epidemiológicas", "epidemiological weeks"),
    "why-quarters": ("trimestres", "quarters"),
    "why-dates": ("fechas", "dates"),
    "why-periods": ("periodos", "periods"),
    "why-period-code": ("código de periodo", "period code"),
    "why-year-values": ("valores con forma de año", "values shaped like years"),
    "why-date-values": ("valores con forma de fecha", "values shaped like dates"),
    "why-month-values": ("nombres de meses", "month names"),
    "why-identifier": ("identificador o código", "identifier or code"),
    "why-display-order": (
        "orden de presentación de otra columna, nunca un valor",
        "display order of another column, never a value",
    ),
    "why-unique-numbers": ("números casi todos distintos", "numbers nearly all distinct"),
    "why-records-counted": (
        "registros contados: enteros que se repiten fila tras fila bajo la palabra de un registro",
        "records counted: whole numbers repeating row after row under a record's word",
    ),
    "why-case-numbers": (
        "números de causa: largos, casi todos distintos, de un mismo ancho",
        "case numbers: long, nearly all distinct, of one width",
    ),
    "why-place-code-values": ("código de lugar", "place code"),
    "why-place-code": ("encabezado de código de lugar", "place code header"),
    "why-origin": ("lugar de origen de una persona", "a person's place of origin"),
    "why-place": ("encabezado de lugar", "place header"),
    "why-place-official-codes": (
        "códigos oficiales de municipio de {detail}: el lugar de la fila, nunca un valor",
        "official municipality codes of {detail}: the row's place, never a value",
    ),
    "why-place-key": (
        "números propios de una base de datos, no códigos oficiales ({detail} no lo son): ni lugar ni valor",
        "a database's own numbers, not official codes ({detail} are none): neither place nor value",
    ),
    "why-place-level": (
        "encabezado de lugar, nivel del país ({detail})",
        "place header, the country's level ({detail})",
    ),
    "why-activity": ("programa o actividad", "programme or activity"),
    "why-indicator": ("nombre del indicador", "indicator name"),
    "why-unit": ("unidad de medida", "unit of measure"),
    "why-place-unit": (
        "unidad que atiende, nombrada por su municipio",
        "attending unit, named by its municipality",
    ),
    "why-flag-block": (
        "marca 0/1 de un bloque de marcas del registro",
        "0/1 flag of a block of the register's flags",
    ),
    "why-flag": ("sí/no", "yes/no"),
    "why-category": ("encabezado de desglose", "breakdown header"),
    "why-derived": (
        "columna derivada (porcentaje, acumulado)",
        "derived column (share, cumulative)",
    ),
    "why-measure": ("encabezado de medida", "measure header"),
    "why-sample-count": (
        "muestra de una encuesta (numerador o tamaño sin ponderar de una estimación)",
        "a survey's sample (an estimate's unweighted numerator or size)",
    ),
    "why-precision": (
        "precisión de una estimación (intervalo de confianza, error estándar, CV)",
        "an estimate's precision (confidence interval, standard error, CV)",
    ),
    "why-numbers-no-header": ("números sin encabezado", "numbers without a header"),
    "why-personal-numbers": (
        "números de un caso (día, minuto, años de pena, hijos)",
        "numbers of one case (day, minute, years of a sentence, children)",
    ),
    "why-numbers": ("números bajo un encabezado", "numbers under a header"),
    "why-category-values": ("valores de desglose", "breakdown values"),
    "why-few-values": ("pocos valores distintos", "few distinct values"),
    "why-text": ("texto sin rol reconocido", "text with no recognised role"),
    "why-scaled-copy": (
        "las cifras de otra columna en miles o millones (una copia)",
        "another column's figures in thousands or millions (a copy)",
    ),
    "why-undated-twin": (
        "la medida de otra columna fechada, sin su periodo (de otro periodo)",
        "another dated column's measure without its period (of another period)",
    ),
    "why-same-header": (
        "el mismo encabezado que otra columna (no se sabe cuál es cuál)",
        "the same header as another column (which is which is not said)",
    ),
    "why-map": ("del mapa del usuario", "from the user's map"),
    "why-codes": ("códigos de un registro", "codes of a register"),
    "why-code-labels": (
        "los nombres de los códigos de otra columna",
        "the labels of another column's codes",
    ),
    "why-many-codes": (
        "códigos de un registro, demasiados para desglosar por ellos",
        "codes of a register, too many to count by",
    ),
    "why-counted-flag": (
        "sí/no de un registro que dice si el caso es violencia de género, o de qué tipo",
        "a register's yes/no saying whether the case is gender violence, or of which kind",
    ),
    "why-people-country": (
        "país de las personas contadas, junto a las regiones de un solo país",
        "the country of the people counted, beside the regions of one country",
    ),
    "why-figure-of-the-year": (
        "cifra del año (o del año y el lugar) repetida en cada caso de un registro",
        "a figure of the year (or of the year and place) repeated on each case of a register",
    ),
    "why-case-attribute": (
        "número de un solo caso (su número de causa, una edad) en un registro con el lugar o la hora de cada caso",
        "a number of one case (its case number, an age) in a register giving each case's place or time",
    ),
    "why-row-weight": (
        "casos por fila de un registro (casi todos 1)",
        "cases per row of a register (nearly all 1)",
    ),
    "why-lone-share": ("única columna de números", "the only column of numbers"),
    "why-row-share": (
        "porcentaje de una cuenta de la fila sobre otra de la misma fila",
        "share of one count of the row in another of the same row",
    ),
    "why-codebook": ("libro de códigos del usuario", "the user's codebook"),
    "why-constant": ("un solo valor: {detail}", "a single value: {detail}"),
    "why-place-values": (
        "{detail} nombres de provincias o estados",
        "{detail} names of provinces or states",
    ),
    "inspect-summary": ("{path}: {count} valores", "{path}: {count} values"),
    "inspect-table": (
        "Hoja '{sheet}' (encabezado en la fila {row}): {layout}, confianza {confidence}, país {country}",
        "Sheet '{sheet}' (header on row {row}): {layout}, confidence {confidence}, country {country}",
    ),
    "inspect-no-table": (
        "'{path}' no es una planilla ni un CSV; 'inspect' solo describe tablas.",
        "'{path}' is not a spreadsheet or CSV; 'inspect' only describes tables.",
    ),
    "place-code-unknown": (
        "El código de lugar '{place_code}' no está en el catálogo oficial ({country}); los valores "
        "de esa fila quedan sin municipio.",
        "Place code '{place_code}' is not in the official catalogue ({country}); the values of that "
        "row have no municipality.",
    ),
    # countries: the registry and the country inferred from evidence
    "country-unknown": (
        "'{country}' no es un país conocido. Países conocidos: {known}. Para agregar uno, cree "
        "schemas/countries/<código>.yaml en la carpeta de trabajo (véase docs/countries.md).",
        "'{country}' is not a known country. Known countries: {known}. To add one, create "
        "schemas/countries/<code>.yaml in the workspace (see docs/countries.md).",
    ),
    "country-file-invalid": (
        "El archivo de país '{path}' no es válido: {reason}.",
        "Country file '{path}' is invalid: {reason}.",
    ),
    "place-code-ambiguous": (
        "El código de municipio '{place_code}' existe en varios países ({countries}); no se "
        "eligió ninguno. Indique country en '{sidecar}' o con --country.",
        "Municipality code '{place_code}' exists in several countries ({countries}); none was "
        "picked. Set country in '{sidecar}' or with --country.",
    ),
    # place and period
    "place-not-inferred": (
        "No se pudo inferir {what} de '{path}'. Indíquelo en '{sidecar}' o con --{option}.",
        "Could not infer the {what_en} of '{path}'. Set it in '{sidecar}' or with --{option}.",
    ),
    "place-ambiguous": (
        "El nombre '{name}' corresponde a varios municipios ({candidates}); no se eligió "
        "ninguno. Indique municipality_code en '{sidecar}'.",
        "The name '{name}' matches several municipalities ({candidates}); none was "
        "picked. Set municipality_code in '{sidecar}'.",
    ),
    "place-unknown": (
        "El municipio '{name}' no está en el catálogo oficial de {country}.",
        "Municipality '{name}' is not in the official catalogue of {country}.",
    ),
    "period-not-inferred": (
        "No se pudo inferir el periodo de '{path}'. Indíquelo en '{sidecar}' o con --period.",
        "Could not infer the period of '{path}'. Set it in '{sidecar}' or with --period.",
    ),
    # text extraction: numbers set aside with a reason
    "text-range-not-a-value": (
        "'{text}' es un rango, no un valor: no se publica (un rango no son dos conteos y "
        "el esquema no guarda dos límites para un mismo valor).",
        "'{text}' is a range, not a value: it is not published (a range is not two counts "
        "and the schema keeps no pair of bounds for one value).",
    ),
    "text-row-other-place": (
        "{value} ({name}) es de un país o un lugar que no es el del informe y no se sabe "
        "cuál, o no tiene período propio: no se publica.",
        "{value} ({name}) belongs to a country or place other than the report's that cannot "
        "be told, or has no period of its own: not published.",
    ),
    "text-rate-unnamed": (
        "{value} es la cifra de una tasa que el texto nombra antes de ella y que el libro de "
        "códigos no tiene (por ejemplo, de todos los homicidios): no es un conteo; no se publica.",
        "{value} is the figure of a rate the text names before it and the codebook has none of "
        "(all homicides, say): not a count; not published.",
    ),
    "text-share-beyond-whole": (
        "{value} es un porcentaje mayor que cien: no es la parte de un total (es un cambio o "
        "una razón); no se publica.",
        "{value} is a percentage above a hundred: no part of a whole (a change or a ratio); "
        "not published.",
    ),
    "text-country-map": (
        "{value} cuenta todas las unidades del país (sus municipios, departamentos, provincias "
        "...): es su mapa, no un conteo del trabajo de una oficina; no se publica.",
        "{value} counts every unit of the country (its municipalities, departments, provinces "
        "...): its map, not a count of an office's work; not published.",
    ),
    "text-other-offence": (
        "{value} cuenta un delito que no es violencia contra las mujeres, la niñez ni sexual "
        "(contra la propiedad, informático, drogas, armas...), nombrado en su oración: no se "
        "publica.",
        "{value} counts an offence that is no violence against women or children nor a sexual "
        "one (property, computer, drugs, weapons...), named in its sentence: not published.",
    ),
    "text-disease-death": (
        "{value} cuenta muertes por una enfermedad (COVID-19, dengue...) nombrada en su oración, "
        "sin palabra de violencia: no es un dato de violencia ni del trabajo de una oficina; no "
        "se publica.",
        "{value} counts deaths of a disease (COVID-19, dengue...) named in its sentence, with no "
        "word of violence: no figure of violence nor of an office's work; not published.",
    ),
    "text-each-place-unknown": (
        '{value} se dice una vez de varios nombres ("cada uno"), pero no todos son lugares del '
        "informe: se publica una sola vez.",
        '{value} is said once of several names ("each"), but not all of them are places of the '
        "report: published once.",
    ),
    "text-part-unnamed": (
        "{value} es una parte de un total, pero el texto no dice de qué grupo: no se publica.",
        "{value} is a part of a total, but the text does not say of which group: not published.",
    ),
    "text-personal-number": (
        "Un número leído dentro de un documento de identidad, un correo o el número de una "
        "vivienda es parte de ese dato personal (el primer grupo de un documento escrito en "
        'grupos, la "casa" de un domicilio), no un valor; no se publica.',
        "A number read inside an identity document, an e-mail or a dwelling's number is part "
        "of that personal data (the first group of an ID written in groups, the house of an "
        "address), not a value; not published.",
    ),
    "text-person-age": (
        '{value} sigue al nombre de una persona (su edad, como en "[nombre] (45)"): es un dato '
        "personal, no un valor; no se publica.",
        '{value} follows a person\'s name (their age, as in "[name] (45)"): personal data, '
        "not a value; not published.",
    ),
    # numbers
    "ambiguous-number": (
        "'{raw}' puede leerse como {a} o como {b}; se tomó {chosen} por la convención de "
        "{country}. Confírmelo.",
        "'{raw}' can be read as {a} or {b}; {chosen} was taken by the convention of "
        "{country}. Please confirm.",
    ),
    # consistency checks
    "parts-mismatch": (
        "Las partes ({parts}) suman {sum_parts}, pero el total declarado es {total}.",
        "The parts ({parts}) add up to {sum_parts}, but the stated total is {total}.",
    ),
    "percentage-mismatch": (
        "El porcentaje declarado ({reported}%) no coincide con {numerator} de {denominator} "
        "({computed:.1f}%).",
        "The stated percentage ({reported}%) does not match {numerator} of {denominator} "
        "({computed:.1f}%).",
    ),
    "activity-number-repeated": (
        "El número de actividad '{activity}' aparece más de una vez ({locators}).",
        "Activity number '{activity}' is used more than once ({locators}).",
    ),
    "duplicate-value": (
        "El mismo valor {value} de '{indicator}' para el mismo periodo aparece varias veces "
        "({locators}).",
        "The same value {value} of '{indicator}' for the same period appears more than once "
        "({locators}).",
    ),
    "unclassified-indicator": (
        "El valor {value} ('{label}') no corresponde a ningún indicador del catálogo; se "
        "publica como 'sin_clasificar'.",
        "Value {value} ('{label}') matches no indicator of the codebook; it is published "
        "as 'sin_clasificar'.",
    ),
    # reliability and privacy: the privacy screen, staging, locks, bounded inputs
    "personal-data-hidden": (
        "Se ocultaron datos personales ({kinds}) en los textos de '{path}'; filas descartadas "
        "porque su valor era un dato personal: {dropped}.",
        "Personal data ({kinds}) was hidden in the texts of '{path}'; rows dropped because "
        "their value was personal data: {dropped}.",
    ),
    "counts-complementary": (
        "'{path}': {count} recuentos más se ocultaron (supresión complementaria) para que un "
        "recuento pequeño oculto no pueda deducirse restando las otras partes de su total.",
        "'{path}': {count} more counts were hidden (complementary suppression) so that a "
        "hidden small count cannot be recovered as its total minus the other parts.",
    ),
    "output-unwritable": (
        "No se pudo escribir en '{path}': {reason}. Revise los permisos y el espacio libre.",
        "Could not write to '{path}': {reason}. Check permissions and free space.",
    ),
    "staging-invalid": (
        "El archivo preparado '{path}' está dañado ({reason}). Ejecute 'genero-etl ingest' "
        "otra vez.",
        "Staged file '{path}' is damaged ({reason}). Run 'genero-etl ingest' again.",
    ),
    "staging-old": (
        "'{path}' fue preparado por una versión anterior de genero-etl, con otro formato. "
        "Ejecute 'genero-etl ingest' otra vez: preparará de nuevo cada archivo.",
        "'{path}' was staged by an older genero-etl, in another format. Run "
        "'genero-etl ingest' again: it stages every file anew.",
    ),
    "staging-mismatch": (
        "Lo preparado para '{path}' no coincide con su registro ({reason}): una ejecución "
        "se interrumpió a medias. Ejecute 'genero-etl ingest' otra vez.",
        "What is staged for '{path}' does not match its record ({reason}): a run was "
        "interrupted. Run 'genero-etl ingest' again.",
    ),
    "staging-stale": (
        "Los originales cambiaron o se borraron después de preparar: {path}. Ejecute "
        "'genero-etl ingest' otra vez, o 'publish --allow-stale' para publicar lo preparado "
        "(queda anotado en quality_issues).",
        "Raw files changed or were deleted after they were staged: {path}. Run "
        "'genero-etl ingest' again, or 'publish --allow-stale' to publish what is staged "
        "(recorded in quality_issues).",
    ),
    "source-stale": (
        "Publicado con --allow-stale: el original de '{path}' {reason_es} después de prepararlo.",
        "Published with --allow-stale: the raw file of '{path}' was {reason} after it was staged.",
    ),
    "staged-dropped": (
        "'{path}' ya no está en la carpeta: se quitó de lo preparado.",
        "'{path}' is no longer in the folder: it was removed from staging.",
    ),
    "workspace-busy": (
        "Otra ejecución de genero-etl (ingest o publish) está usando '{path}' desde hace más "
        "de {seconds:.0f} s. Espere a que termine y vuelva a intentar.",
        "Another genero-etl run (ingest or publish) has held '{path}' for over {seconds:.0f} "
        "s. Wait for it to finish and try again.",
    ),
    "versions-index-invalid": (
        "El índice de versiones '{path}' está dañado ({reason}); no se reescribe para no perder "
        "la historia. La versión nueva quedó escrita: corrija o restaure el índice a mano.",
        "The versions index '{path}' is damaged ({reason}); it is not rewritten so that no "
        "history is lost. The new version was written: repair or restore the index by hand.",
    ),
    "symlink-dangling": (
        "'{path}' es un enlace simbólico a algo que no existe: no se leyó.",
        "'{path}' is a symbolic link to nothing: it was not read.",
    ),
    "symlink-loop": (
        "'{path}' es un enlace simbólico en bucle: no se leyó.",
        "'{path}' is a symbolic link loop: it was not read.",
    ),
    "symlink-outside": (
        "'{path}' es un enlace simbólico a '{target}', fuera de la carpeta de trabajo y de las "
        "rutas dadas: no se leyó (use --follow-symlinks para leerlo).",
        "'{path}' is a symbolic link to '{target}', outside the workspace and the given paths: "
        "it was not read (use --follow-symlinks to read it).",
    ),
    "folder-unreadable": (
        "No se pudo leer la carpeta '{path}' ({reason}): sus archivos no se ingirieron.",
        "Could not read folder '{path}' ({reason}): its files were not ingested.",
    ),
    "file-not-regular": (
        "'{path}' no es un archivo común (es {kind}): no se lee.",
        "'{path}' is not a regular file (it is {kind}): it is not read.",
    ),
    "file-timeout": (
        "'{path}' no terminó de leerse en {seconds:g} s y se dejó de lado; los demás archivos "
        "se ingirieron. Suba el límite con --timeout si el archivo es legítimo.",
        "'{path}' was not read within {seconds:g} s and was set aside; the other files were "
        "ingested. Raise the limit with --timeout if the file is legitimate.",
    ),
    "file-too-complex": (
        "'{path}' es demasiado complejo para leerlo ({reason}); los demás archivos se ingirieron.",
        "'{path}' is too complex to read ({reason}); the other files were ingested.",
    ),
    "file-internal": (
        "Error interno al leer '{path}' ({reason}); los demás archivos se ingirieron. Por "
        "favor, repórtelo.",
        "Internal error reading '{path}' ({reason}); the other files were ingested. Please "
        "report it.",
    ),
    "encoding-unsupported": (
        "'{path}' está en {encoding}, una codificación no admitida: guárdelo como UTF-8.",
        "'{path}' is in {encoding}, an unsupported encoding: save it as UTF-8.",
    ),
    "csv-too-many-columns": (
        "'{path}' tiene {columns} columnas (límite {limit}): no es una tabla que se pueda "
        "leer; revise el separador o divida el archivo.",
        "'{path}' has {columns} columns (limit {limit}): not a readable table; check the "
        "delimiter or split the file.",
    ),
    "text-too-wide": (
        "'{path}' tiene una línea de {size} caracteres (límite {limit}): no es un informe "
        "legible; divídalo en líneas.",
        "'{path}' has a line of {size} characters (limit {limit}): not a readable report; "
        "split it into lines.",
    ),
    "redacted": (
        "Se ocultaron datos personales ({kinds}) en el texto de origen.",
        "Personal data ({kinds}) was hidden in the source text.",
    ),
    # publishing
    "nothing-staged": (
        "No hay datos preparados en '{path}'. Ejecute primero 'genero-etl ingest'.",
        "Nothing is staged in '{path}'. Run 'genero-etl ingest' first.",
    ),
    "version-exists": (
        "La versión '{version}' ya está publicada en '{path}'; las versiones publicadas no se "
        "sobrescriben.",
        "Version '{version}' is already published at '{path}'; published versions are never "
        "overwritten.",
    ),
    "bad-version": (
        "La versión '{version}' no es válida: use la forma MAYOR.MENOR.PARCHE (p. ej. 1.2.0).",
        "Version '{version}' is invalid: use MAJOR.MINOR.PATCH (e.g. 1.2.0).",
    ),
    "bad-dataset-name": (
        "El nombre de conjunto '{name}' no es válido: de 2 a 100 caracteres, minúsculas, "
        "dígitos, '-' o '_'.",
        "Dataset name '{name}' is invalid: 2 to 100 characters, lowercase letters, digits, "
        "'-' or '_'.",
    ),
    # publishing to portals: configuration, DCAT-AR catalogue, CKAN push
    "config-unknown-key": (
        "Clave desconocida '{key}' en {path}. Claves conocidas: {known}.",
        "Unknown key '{key}' in {path}. Known keys: {known}.",
    ),
    "config-unknown-key-close": (
        "Clave desconocida '{key}' en {path}: ¿quiso decir '{suggestion}'?",
        "Unknown key '{key}' in {path}: did you mean '{suggestion}'?",
    ),
    "dcat-publisher-missing": (
        "No se escribió data.json (DCAT-AR): falta {missing} en genero-etl.yaml "
        "(dataset.publisher es el nombre del organismo, dataset.contact_email su correo).",
        "data.json (DCAT-AR) was not written: {missing} missing in genero-etl.yaml "
        "(dataset.publisher is the organisation's name, dataset.contact_email its e-mail).",
    ),
    "dcat-no-base-url": (
        "Sin dataset.base_url en genero-etl.yaml, los enlaces de descarga de data.json son "
        "relativos y un portal no podrá cosecharlos: indique la URL donde se sirve published/.",
        "Without dataset.base_url in genero-etl.yaml the download links in data.json are "
        "relative and a portal cannot harvest them: set the URL where published/ is served.",
    ),
    "catalogue-written": (
        "Catálogo DCAT-AR de {count} conjunto(s) en {path}.",
        "DCAT-AR catalogue of {count} dataset(s) in {path}.",
    ),
    "portal-no-push": (
        "El portal '{name}' no admite push (se cosecha). Portales con push: {known}.",
        "Portal '{name}' does not take pushes (it harvests). Portals with push: {known}.",
    ),
    "push-version-missing": (
        "No hay ninguna versión publicada de '{name}' en '{path}'. Ejecute primero "
        "'genero-etl publish'.",
        "No published version of '{name}' in '{path}'. Run 'genero-etl publish' first.",
    ),
    "push-file-mismatch": (
        "'{path}' no coincide con su datapackage.json ({reason}); no se envió nada. "
        "Publique una versión nueva.",
        "'{path}' does not match its datapackage.json ({reason}); nothing was pushed. "
        "Publish a new version.",
    ),
    "ckan-url-missing": (
        "Falta la dirección del portal CKAN: defina CKAN_URL o ckan.url en genero-etl.yaml.",
        "The CKAN portal's address is missing: set CKAN_URL or ckan.url in genero-etl.yaml.",
    ),
    "ckan-token-missing": (
        "Falta la clave de API de CKAN: defina CKAN_API_TOKEN (o ckan.api_token en "
        "genero-etl.yaml). Nunca se pasa en la línea de órdenes.",
        "The CKAN API token is missing: set CKAN_API_TOKEN (or ckan.api_token in "
        "genero-etl.yaml). It is never given on the command line.",
    ),
    "ckan-org-required": (
        "CKAN exige una organización: indique dataset.owner_org en genero-etl.yaml.",
        "CKAN requires an organisation: set dataset.owner_org in genero-etl.yaml.",
    ),
    "ckan-org-missing": (
        "La organización '{org}' no existe en {url}. Créela en el portal o vuelva a ejecutar "
        "con --create-org.",
        "Organisation '{org}' does not exist on {url}. Create it on the portal or run again "
        "with --create-org.",
    ),
    "ckan-auth": (
        "{url} rechazó la clave de API o no le permite {action_es} ({reason}). Revise "
        "CKAN_API_TOKEN y los permisos del usuario en la organización.",
        "{url} rejected the API token or does not allow it to {action_en} ({reason}). Check "
        "CKAN_API_TOKEN and the user's rights in the organisation.",
    ),
    "ckan-rejected": (
        "{url} no aceptó {action_es}: {reason}.",
        "{url} refused to {action_en}: {reason}.",
    ),
    "ckan-not-editor": (
        "{url} no acepta la clave de API para publicar en la organización '{org}': la clave "
        "no es válida o su usuario no es editor de esa organización. Revise CKAN_API_TOKEN.",
        "{url} does not accept the API token to publish in organisation '{org}': the token "
        "is invalid or its user is not an editor of that organisation. Check CKAN_API_TOKEN.",
    ),
    "ckan-unreachable": (
        "No se pudo conectar con {url} ({reason}). Revise la dirección y la red.",
        "Could not connect to {url} ({reason}). Check the address and the network.",
    ),
    "ckan-partial": (
        "El envío a {url} se interrumpió ({reason}). Ya enviados: {done}. Pendientes: "
        "{pending}. {state} Vuelva a ejecutar 'genero-etl push ckan' para completarlo.",
        "The push to {url} was interrupted ({reason}). Already sent: {done}. Pending: "
        "{pending}. {state} Run 'genero-etl push ckan' again to complete it.",
    ),
    "ckan-partial-draft": (
        "El conjunto '{name}' no es visible al público hasta completar el envío.",
        "Dataset '{name}' stays hidden from the public until the push is complete.",
    ),
    "ckan-partial-metadata": (
        "Los metadatos de '{name}' siguen en la versión {version}.",
        "The metadata of '{name}' still say version {version}.",
    ),
    "ckan-license-unknown": (
        "La licencia '{license}' no tiene equivalente conocido en CKAN; se envía tal cual "
        "(conocidas: {known}).",
        "Licence '{license}' has no known CKAN id; it is sent as is (known: {known}).",
    ),
    "ckan-plan-create": (
        "Se creará el conjunto '{name}' {version} en {url}.",
        "Dataset '{name}' {version} will be created on {url}.",
    ),
    "ckan-plan-update": (
        "Se actualizará el conjunto '{name}' en {url} a la versión {version}.",
        "Dataset '{name}' on {url} will be updated to version {version}.",
    ),
    "ckan-plan-unchanged": (
        "El conjunto '{name}' {version} ya está al día en {url}: nada que cambiar.",
        "Dataset '{name}' {version} is already up to date on {url}: nothing to change.",
    ),
    "ckan-plan-fields": (
        "  metadatos que cambian: {fields}",
        "  metadata that change: {fields}",
    ),
    "ckan-plan-resource": (
        "  recurso {name}: {state}",
        "  resource {name}: {state}",
    ),
    "ckan-done": (
        "Enviado '{name}' {version} a {url}: {created} recurso(s) creados, {updated} "
        "actualizados, {unchanged} sin cambios.",
        "Pushed '{name}' {version} to {url}: {created} resource(s) created, {updated} "
        "updated, {unchanged} unchanged.",
    ),
    "bad-option": (
        "Opción no válida {option}='{value}': {reason}.",
        "Invalid option {option}='{value}': {reason}.",
    ),
    # review before publish: decisions, publish gates, versions (genero_etl.review, publish.gates)
    "review-decisions-invalid": (
        "'{path}' tiene {count} problemas; no se guardó ninguna decisión. Corrija estas filas "
        "y aplíquelo de nuevo:",
        "'{path}' has {count} problems; no decision was stored. Fix these rows and apply it again:",
    ),
    "review-store-invalid": (
        "El archivo de decisiones '{path}' está dañado ({reason}). Restáurelo desde una copia o "
        "vuelva a aplicar la planilla de revisión.",
        "The decisions file '{path}' is damaged ({reason}). Restore it from a copy or apply the "
        "review sheet again.",
    ),
    "review-bad-select": (
        "fila {row}: 'select' necesita un mapa de columnas ({columns} no sirve); se puede "
        "seleccionar por source_file, indicator_id, extraction_method, unit, value_kind, "
        "country, admin1, municipality_code, period_label, breakdown_dimension, "
        "breakdown_value o value_raw.",
        "row {row}: 'select' needs a map of columns ({columns} cannot be used); select by "
        "source_file, indicator_id, extraction_method, unit, value_kind, country, admin1, "
        "municipality_code, period_label, breakdown_dimension, breakdown_value or value_raw.",
    ),
    "review-select-empty": (
        "fila {row}: ningún valor preparado cumple {select}.",
        "row {row}: no staged value matches {select}.",
    ),
    "review-bad-decision": (
        "fila {row}: '{word}' no es una decisión; escriba aceptar, rechazar, corregir o deshacer.",
        "row {row}: '{word}' is not a decision; write accept, reject, correct or undo.",
    ),
    "review-no-id": (
        "fila {row}: falta observation_id.",
        "row {row}: observation_id is missing.",
    ),
    "review-unknown-id": (
        "fila {row}: no hay ninguna observación preparada con id {id}; no se puede decidir "
        "sobre ella (¿cambió el informe? genere la revisión de nuevo con genero-etl review).",
        "row {row}: no staged observation has id {id}; it cannot be decided on (did the "
        "report change? write the review again with genero-etl review).",
    ),
    "review-correct-empty": (
        "fila {row}: 'corregir' sin ninguna columna new_* llena; escriba el valor corregido.",
        "row {row}: 'correct' with no new_* column filled; write the corrected value.",
    ),
    "review-bad-value": (
        "fila {row}, {column}: '{value}' no es un número.",
        "row {row}, {column}: '{value}' is not a number.",
    ),
    "review-ambiguous-value": (
        "fila {row}, {column}: '{value}' puede leerse como {a} o como {b}; escríbalo sin "
        "separador de miles (p. ej. 1009) o con los decimales completos.",
        "row {row}, {column}: '{value}' can be read as {a} or {b}; write it without a "
        "thousands separator (e.g. 1009) or with its decimals in full.",
    ),
    "review-suppressed": (
        "fila {row}, {column}: este recuento se publica oculto ('{shown}') porque tan pocos "
        "casos podrían identificar a una persona; no se puede corregir con un número.",
        "row {row}, {column}: this count is published hidden ('{shown}') because so few cases "
        "could identify a person; it cannot be corrected with a number.",
    ),
    "review-bad-percentage": (
        "fila {row}, {column}: el porcentaje '{value}' está fuera de 0-100.",
        "row {row}, {column}: percentage '{value}' is outside 0-100.",
    ),
    "review-unknown-indicator": (
        "fila {row}, {column}: el indicador '{indicator}' no está en el catálogo (p. ej. {known}).",
        "row {row}, {column}: indicator '{indicator}' is not in the codebook (e.g. {known}).",
    ),
    "review-unknown-place": (
        "fila {row}, {column}: '{place}' no está en el catálogo oficial de {country}.",
        "row {row}, {column}: '{place}' is not in the official catalogue of {country}.",
    ),
    "review-bad-period": (
        "fila {row}, {column}: no se entiende el periodo '{period}'; use 2024, 2024-S1, "
        "2024-Q2 o 2024-01-01/2024-06-30.",
        "row {row}, {column}: period '{period}' is not understood; use 2024, 2024-S1, 2024-Q2 "
        "or 2024-01-01/2024-06-30.",
    ),
    "review-bad-breakdown": (
        "fila {row}, {column}: '{breakdown}' no es un desglose; use dimensión=valor o _T.",
        "row {row}, {column}: '{breakdown}' is not a breakdown; use dimension=value or _T.",
    ),
    "review-bad-unit": (
        "fila {row}, {column}: la unidad '{unit}' está vacía o es demasiado larga.",
        "row {row}, {column}: unit '{unit}' is empty or too long.",
    ),
    "review-stale": (
        "La decisión '{action}' sobre {id} ({where}) ya no tiene observación: el informe cambió "
        "o no se ingirió. Se conserva; revise ese valor de nuevo o escriba deshacer.",
        "Decision '{action}' on {id} ({where}) no longer has an observation: the report changed "
        "or was not ingested. It is kept; review that value again or write undo.",
    ),
    "review-stale-successor": (
        "hoy se lee igual en {id} ({where}): si es el mismo valor, decídalo de nuevo ahí.",
        "it now reads the same as {id} ({where}): if it is the same value, decide it again there.",
    ),
    "review-applied": (
        "Decisiones guardadas en {path}: {accept} aceptadas, {reject} rechazadas, {correct} "
        "corregidas, {undo} deshechas ({total} en total).",
        "Decisions stored in {path}: {accept} accepted, {reject} rejected, {correct} corrected, "
        "{undo} undone ({total} in all).",
    ),
    "review-written": (
        "Revisión de {rows} valores de {files} archivos ({low} bajo la confianza mínima "
        "{min_confidence}, {decided} ya decididos): {html} ({html_kb} KB) y {sheet}.",
        "Review of {rows} values from {files} files ({low} below the minimum confidence "
        "{min_confidence}, {decided} already decided): {html} ({html_kb} KB) and {sheet}.",
    ),
    "publish-refused": (
        "No se publica: lo preparado no pasa los esquemas y reglas ({errors} errores, "
        "{warnings} advertencias). Corríjalo (genero-etl review, o el informe y genero-etl "
        "ingest) o publique igual con --force, que deja los errores en validation.json:",
        "Not published: the staged data fails the schemas and rules ({errors} errors, "
        "{warnings} warnings). Fix it (genero-etl review, or the report and genero-etl ingest) "
        "or publish anyway with --force, which records the errors in validation.json:",
    ),
    "publish-unchanged": (
        "Nada cambió desde la versión {version}: no se crea una versión nueva (use --force "
        "para crearla igual).",
        "Nothing changed since version {version}: no new version is made (use --force to "
        "make one anyway).",
    ),
    "publish-withheld": (
        "{count} valores con confianza menor que {min_confidence} quedan retenidos hasta "
        "revisarlos (genero-etl review):",
        "{count} values with confidence below {min_confidence} are withheld until reviewed "
        "(genero-etl review):",
    ),
    "publish-forced": (
        "Publicado con --force pese a {errors} errores de validación (ver validation.json).",
        "Published with --force despite {errors} validation errors (see validation.json).",
    ),
    "publish-reviewed": (
        "Revisión: {confirmed} confirmados, {corrected} corregidos, {rejected} rechazados.",
        "Review: {confirmed} confirmed, {corrected} corrected, {rejected} rejected.",
    ),
    "review-progress-reading": ("Leyendo lo preparado…", "Reading staged data…"),
    "review-progress-writing": (
        "Escribiendo el informe y la planilla de revisión…",
        "Writing the report and the review sheet…",
    ),
    "publish-progress": (
        "Publicando: decisiones, validación, archivos…",
        "Publishing: decisions, validation, files…",
    ),
    "diff-summary": (
        "Cambios de {old} a {new}: {added} agregadas, {removed} quitadas, {changed} cambiadas",
        "Changes from {old} to {new}: {added} added, {removed} removed, {changed} changed",
    ),
    "diff-added": ("Agregadas:", "Added:"),
    "diff-removed": ("Quitadas:", "Removed:"),
    "diff-changed": ("Cambiadas:", "Changed:"),
    "diff-none": ("(ninguna)", "(none)"),
    "diff-markdown-counts": (
        "- agregadas: {added}\n- quitadas: {removed}\n- cambiadas: {changed}",
        "- added: {added}\n- removed: {removed}\n- changed: {changed}",
    ),
    "diff-markdown-fields": ("campo | antes | ahora |", "field | before | after |"),
    "changes-title": ("Cambios", "Changes"),
    "changes-first": (
        "Primera versión publicada ({count} observaciones).",
        "First published version ({count} observations).",
    ),
    "diff-no-versions": (
        "No hay versiones publicadas en '{path}'. Ejecute primero 'genero-etl publish'.",
        "No versions are published in '{path}'. Run 'genero-etl publish' first.",
    ),
    "diff-unknown-version": (
        "La versión '{version}' no está publicada. Versiones: {known}.",
        "Version '{version}' is not published. Versions: {known}.",
    ),
    "diff-no-previous": (
        "La versión '{version}' es la primera: no hay con qué compararla. Versiones: {known}.",
        "Version '{version}' is the first: there is nothing to compare it with. Versions: {known}.",
    ),
    "internal": (
        "Error interno de genero-etl ({reason}). Por favor, repórtelo.",
        "Internal genero-etl error ({reason}). Please report it.",
    ),
    # --- validate: findings about data, each with a hint (genero_etl.validate) ---
    # code -> (es, en, hint es, hint en); "{where}" is the located prefix. The codes are
    # validate's public codes (docs/validate.md); one that another area already used is
    # keyed here with the prefix "validate-" (the finding keeps its public code).
    "type-error": (
        "{where} dice '{cell}': la columna '{field}' espera {type_es}",
        "{where} says '{cell}': column '{field}' expects {type_en}",
        "Corrija el valor o el tipo/formato de la columna en el esquema.",
        "Fix the value, or the column's type/format in the schema.",
    ),
    "type-error-decimal": (
        "{where} dice '{cell}': la columna '{field}' espera punto decimal",
        "{where} says '{cell}': column '{field}' expects a decimal point",
        "Revise el separador decimal del archivo o declare decimalChar en el esquema.",
        "Check the file's decimal separator or declare decimalChar in the schema.",
    ),
    "constraint-required": (
        "{where} está vacía, pero la columna '{field}' es obligatoria",
        "{where} is empty, but column '{field}' is required",
        "Complete el valor; si no se conoce, consulte qué valor faltante admite el esquema.",
        "Fill in the value; if it is unknown, check which missing value the schema allows.",
    ),
    "constraint-enum": (
        "{where} dice '{cell}', que no es un valor admitido de '{field}' ({limit})",
        "{where} says '{cell}', which is not an allowed value of '{field}' ({limit})",
        "Use uno de los valores de la lista (respete mayúsculas y tildes).",
        "Use one of the listed values (mind case and accents).",
    ),
    "constraint-pattern": (
        "{where} dice '{cell}', que no tiene la forma exigida para '{field}' ({limit})",
        "{where} says '{cell}', which does not match the form required for '{field}' ({limit})",
        "Revise el formato del valor (dígitos, ceros a la izquierda, mayúsculas).",
        "Check the value's format (digits, leading zeros, case).",
    ),
    "constraint-minimum": (
        "{where} dice '{cell}', menor que el mínimo {limit} de '{field}'",
        "{where} says '{cell}', below the minimum {limit} of '{field}'",
        "Revise el valor o su signo.",
        "Check the value or its sign.",
    ),
    "constraint-maximum": (
        "{where} dice '{cell}', mayor que el máximo {limit} de '{field}'",
        "{where} says '{cell}', above the maximum {limit} of '{field}'",
        "Revise el valor, la unidad o la escala (¿porcentaje como 0-1 o 0-100?).",
        "Check the value, its unit or its scale (percentage as 0-1 or 0-100?).",
    ),
    "constraint-exclusiveMinimum": (
        "{where} dice '{cell}': '{field}' debe ser mayor que {limit}",
        "{where} says '{cell}': '{field}' must be greater than {limit}",
        "Revise el valor.",
        "Check the value.",
    ),
    "constraint-exclusiveMaximum": (
        "{where} dice '{cell}': '{field}' debe ser menor que {limit}",
        "{where} says '{cell}': '{field}' must be less than {limit}",
        "Revise el valor.",
        "Check the value.",
    ),
    "constraint-minLength": (
        "{where} dice '{cell}', más corto que el mínimo de {limit} de '{field}'",
        "{where} says '{cell}', shorter than the minimum length {limit} of '{field}'",
        "Complete el valor.",
        "Complete the value.",
    ),
    "constraint-maxLength": (
        "{where} dice '{cell}', más largo que el máximo de {limit} de '{field}'",
        "{where} says '{cell}', longer than the maximum length {limit} of '{field}'",
        "Acorte el valor o revise si se pegaron dos celdas.",
        "Shorten the value or check whether two cells were merged.",
    ),
    "unique-error": (
        "{where} repite '{cell}' de la fila {other_row}; la columna '{field}' no admite repetidos",
        "{where} repeats '{cell}' from row {other_row}; column '{field}' must be unique",
        "Elimine la fila duplicada o corrija el valor.",
        "Remove the duplicate row or fix the value.",
    ),
    "primary-key": (
        "La fila {row} de '{file}' {pk_es} la clave primaria ({fields})",
        "Row {row} of '{file}' {pk_en} the primary key ({fields})",
        "Cada fila necesita una clave primaria propia y completa: corrija o elimine la fila.",
        "Each row needs its own complete primary key: fix or remove the row.",
    ),
    "foreign-key": (
        "La fila {row} de '{file}': ({fields}) = ({values}) no existe en '{reference}' ({reference_fields})",
        "Row {row} of '{file}': ({fields}) = ({values}) does not exist in '{reference}' ({reference_fields})",
        "Agregue el valor a la tabla referida o corrija el código.",
        "Add the value to the referenced table or fix the code.",
    ),
    "foreign-key-unchecked": (
        "'{file}': la clave foránea ({fields}) → '{reference}' no se verificó porque esa tabla no está disponible",
        "'{file}': foreign key ({fields}) → '{reference}' was not checked because that table is not available",
        "Valide el datapackage.json completo para verificar las referencias entre tablas.",
        "Validate the whole datapackage.json to check references between tables.",
    ),
    "blank-row": (
        "La fila {row} de '{file}' está vacía",
        "Row {row} of '{file}' is blank",
        "Elimine las filas vacías.",
        "Remove blank rows.",
    ),
    "missing-cell": (
        "A la fila {row} de '{file}' le falta la celda de la columna {col} ('{field}')",
        "Row {row} of '{file}' lacks the cell of column {col} ('{field}')",
        "Revise los separadores de la fila: hay menos celdas que columnas en el encabezado.",
        "Check the row's separators: it has fewer cells than header columns.",
    ),
    "extra-cell": (
        "La fila {row} de '{file}' tiene una celda de más en la columna {col}: '{cell}'",
        "Row {row} of '{file}' has an extra cell in column {col}: '{cell}'",
        "Revise los separadores: quizá una coma decimal o un separador sin comillas.",
        "Check the separators: maybe a decimal comma or an unquoted delimiter.",
    ),
    "blank-header": (
        "'{file}' no tiene encabezado",
        "'{file}' has no header row",
        "La primera fila debe tener los nombres de las columnas.",
        "The first row must hold the column names.",
    ),
    "blank-label": (
        "La columna {col} de '{file}' no tiene nombre (se esperaba '{field}')",
        "Column {col} of '{file}' has no name (expected '{field}')",
        "Escriba el nombre de la columna en el encabezado.",
        "Write the column name in the header.",
    ),
    "duplicate-label": (
        "La columna {col} de '{file}' repite el nombre '{label}'",
        "Column {col} of '{file}' repeats the name '{label}'",
        "Cada columna debe tener un nombre distinto.",
        "Each column must have a distinct name.",
    ),
    "missing-label": (
        "A '{file}' le falta la columna '{field}' (posición {col})",
        "'{file}' lacks column '{field}' (position {col})",
        "Agregue la columna o use el esquema que corresponde al archivo.",
        "Add the column or use the schema that fits the file.",
    ),
    "extra-label": (
        "'{file}' tiene una columna '{label}' (posición {col}) que el esquema no declara",
        "'{file}' has a column '{label}' (position {col}) the schema does not declare",
        "Elimine la columna o declárela en el esquema.",
        "Remove the column or declare it in the schema.",
    ),
    "incorrect-label": (
        "La columna {col} de '{file}' se llama '{label}', pero el esquema espera '{field}'",
        "Column {col} of '{file}' is named '{label}', but the schema expects '{field}'",
        "Renombre la columna o revise el orden de las columnas.",
        "Rename the column or check the column order.",
    ),
    "hash-count": (
        "El hash de '{file}' no coincide con el declarado ({expected} ≠ {actual})",
        "The hash of '{file}' does not match the declared one ({expected} ≠ {actual})",
        "El archivo cambió después de describirlo: actualice 'hash' en datapackage.json.",
        "The file changed after it was described: update 'hash' in datapackage.json.",
    ),
    "byte-count": (
        "'{file}' pesa {actual} bytes, pero se declararon {expected}",
        "'{file}' is {actual} bytes, but {expected} were declared",
        "El archivo cambió después de describirlo: actualice 'bytes' en datapackage.json.",
        "The file changed after it was described: update 'bytes' in datapackage.json.",
    ),
    "encoding-error": (
        "La línea {line} de '{file}' tiene bytes que no son {encoding} válido (se muestran como '�')",
        "Line {line} of '{file}' has bytes that are not valid {encoding} (shown as '�')",
        "El archivo mezcla codificaciones: vuelva a pegar ese texto y guarde todo como UTF-8.",
        "The file mixes encodings: paste that text again and save everything as UTF-8.",
    ),
    "validate-encoding-guessed": (
        "'{file}' no está en UTF-8; se leyó como {encoding}",
        "'{file}' is not UTF-8; it was read as {encoding}",
        "Guarde el archivo como CSV UTF-8 para evitar letras mal leídas (ñ, tildes).",
        "Save the file as CSV UTF-8 to avoid misread letters (ñ, accents).",
    ),
    "schema-error": (
        "El esquema '{schema}' no es válido: {reason}",
        "Schema '{schema}' is invalid: {reason}",
        "Corrija el esquema (tipos, restricciones, claves) antes de validar los datos.",
        "Fix the schema (types, constraints, keys) before validating the data.",
    ),
    "schema-mismatch": (
        "'{file}' no corresponde al esquema: ninguna columna ({labels}) coincide con sus campos ({fields})",
        "'{file}' does not fit the schema: no column ({labels}) matches its fields ({fields})",
        "Compruebe que eligió el esquema correcto (--schema) o que la primera fila es el encabezado.",
        "Check that you chose the right schema (--schema) or that the first row is the header.",
    ),
    "schema-not-found": (
        "No se encontró un esquema para '{file}': su encabezado no coincide con ningún esquema del proyecto",
        "No schema was found for '{file}': its header matches no project schema",
        "Indique el esquema con --schema o describa el archivo en un datapackage.json.",
        "Pass the schema with --schema or describe the file in a datapackage.json.",
    ),
    "rule-error": (
        "{where}: {detail}",
        "{where}: {detail_en}",
        "{hint_es}",
        "{hint_en}",
    ),
    # --- validate: failures that stop validating an input (genero_etl.validate.errors) ---
    "validate-file-empty": (
        "El archivo '{path}' está vacío: no hay nada que validar.",
        "File '{path}' is empty: there is nothing to validate.",
    ),
    "bad-encoding": (
        "No se pudo decodificar '{path}' ({reason}). Guárdelo como CSV UTF-8.",
        "Could not decode '{path}' ({reason}). Save it as CSV UTF-8.",
    ),
    "binary-as-text": (
        "'{path}' no es un CSV: contiene un archivo {kind}. Use la extensión correcta.",
        "'{path}' is not a CSV: it holds a {kind} file. Use the right extension.",
    ),
    "validate-unknown-format": (
        "No sé validar '{path}' (extensión '{suffix}'). Formatos admitidos: {known}.",
        "Cannot validate '{path}' (extension '{suffix}'). Supported formats: {known}.",
    ),
    "validate-no-files": (
        "No hay archivos validables en '{path}'. Formatos admitidos: {known}.",
        "No files to validate in '{path}'. Supported formats: {known}.",
    ),
    "path-refused": (
        "El recurso '{resource}' de '{path}' apunta a '{target}', fuera de la carpeta del paquete ({reason}); no se lee por seguridad. Use rutas relativas dentro de la carpeta.",
        "Resource '{resource}' of '{path}' points at '{target}', outside the package folder ({reason}); it is not read, for safety. Use relative paths inside the folder.",
    ),
    "package-invalid": (
        "El datapackage '{path}' no es válido: {reason}.",
        "Data package '{path}' is invalid: {reason}.",
    ),
    "validate-file-too-large": (
        "'{path}' pesa {size_mb:.0f} MB, más que el límite de {limit_mb:.0f} MB. Divida el archivo o suba el límite con --max-mb.",
        "'{path}' is {size_mb:.0f} MB, over the {limit_mb:.0f} MB limit. Split the file or raise the limit with --max-mb.",
    ),
    "stage-unavailable": (
        "No hay datos preparados que validar en '{path}' ({reason}). Indique un archivo o ejecute primero 'genero-etl ingest'.",
        "There is no staged data to validate in '{path}' ({reason}). Pass a file or run 'genero-etl ingest' first.",
    ),
    "rules-invalid": (
        "El archivo de reglas '{path}' no es válido: {reason}.",
        "Rules file '{path}' is invalid: {reason}.",
    ),
    "validate-symlink-outside": (
        "'{path}' es un enlace simbólico a '{target}', fuera de la carpeta de trabajo: no se lee, para no copiar otro archivo en el informe.",
        "'{path}' is a symbolic link to '{target}', outside the workspace: it is not read, so that no other file is copied into the report.",
    ),
    # --- validate: what a column's type expects, said inside type-error ---
    "validate-type-integer": (
        "un número entero",
        "a whole number",
    ),
    "validate-type-number": (
        "un número",
        "a number",
    ),
    "validate-type-date": (
        "una fecha AAAA-MM-DD",
        "a date YYYY-MM-DD",
    ),
    "validate-type-datetime": (
        "una fecha y hora ISO 8601",
        "an ISO 8601 date-time",
    ),
    "validate-type-time": (
        "una hora HH:MM:SS",
        "a time HH:MM:SS",
    ),
    "validate-type-boolean": (
        "verdadero/falso ({values})",
        "true/false ({values})",
    ),
    "validate-type-year": (
        "un año de 4 dígitos",
        "a 4-digit year",
    ),
    "validate-type-yearmonth": (
        "un año-mes AAAA-MM",
        "a year-month YYYY-MM",
    ),
    "validate-type-duration": (
        "una duración ISO 8601 (p. ej. P1Y2M)",
        "an ISO 8601 duration (e.g. P1Y2M)",
    ),
    "validate-type-geopoint": (
        "un punto 'lon, lat'",
        "a point 'lon, lat'",
    ),
    "validate-type-geojson": (
        "un objeto GeoJSON",
        "a GeoJSON object",
    ),
    "validate-type-object": (
        "un objeto JSON",
        "a JSON object",
    ),
    "validate-type-array": (
        "una lista JSON",
        "a JSON array",
    ),
    "validate-type-string": (
        "texto con formato {format}",
        "text in {format} format",
    ),
    "validate-type-any": (
        "cualquier valor",
        "any value",
    ),
    # --- validate: where a finding is (the {where} of a finding) ---
    "validate-where-cell-sheet": (
        "La celda {cell} de '{sheet}' ('{file}')",
        "Cell {cell} of '{sheet}' ('{file}')",
    ),
    "validate-where-cell": (
        "La celda {cell} (fila {row}, columna '{field}') de '{file}'",
        "Cell {cell} (row {row}, column '{field}') of '{file}'",
    ),
    # --- validate: words of the text, markdown and junit reports (genero_etl.validate.render) ---
    "validate-report-valid": (
        "válido",
        "valid",
    ),
    "validate-report-invalid": (
        "NO válido",
        "NOT valid",
    ),
    "validate-report-schema": (
        "esquema",
        "schema",
    ),
    "validate-report-rows": (
        "filas",
        "rows",
    ),
    "validate-report-errors": (
        "errores",
        "errors",
    ),
    "validate-report-warnings": (
        "advertencias",
        "warnings",
    ),
    "validate-report-hidden": (
        "{n} hallazgos más no se muestran (--max-errors)",
        "{n} more findings are not shown (--max-errors)",
    ),
    "validate-report-summary": (
        "Resumen",
        "Summary",
    ),
    "validate-report-files": (
        "archivos",
        "files",
    ),
    "validate-report-hint": (
        "Sugerencia",
        "Hint",
    ),
    "validate-report-code": (
        "código",
        "code",
    ),
    "validate-report-ok": (
        "Todo válido: {files} archivo(s), {rows} filas.",
        "All valid: {files} file(s), {rows} rows.",
    ),
    "validate-report-title": (
        "Validación de genero-etl",
        "genero-etl validation",
    ),
    "validate-report-junit-line": (
        "{severity}: fila {row}: {message}",
        "{severity}: row {row}: {message}",
    ),
    "validate-report-files-head": (
        "| archivo | esquema | filas | errores | advertencias |",
        "| file | schema | rows | errors | warnings |",
    ),
    "validate-report-findings-head": (
        "archivo | fila | columna | mensaje | sugerencia |",
        "file | row | column | message | hint |",
    ),
    # --- PDF tables without rules and over page breaks (readers/pdfaligned, tabular/pdfgrids) ---
    "pdf-tables-read-cells": (
        "{tables} tabla(s) del PDF (con reglas y períodos en columnas, o alineadas con espacios) "
        "se leyeron celda por celda como planillas: {values} valores.",
        "{tables} PDF table(s) (ruled with periods across, or aligned with spaces) were read "
        "cell by cell like spreadsheets: {values} values.",
    ),
    "pdf-table-continued": (
        "La tabla {table} sigue tras el salto de página (páginas {pages}): se leyó como una sola "
        "tabla, con su encabezado una vez; cada valor apunta a la página donde está impreso.",
        "Table {table} continues over a page break (pages {pages}): it was read as one table, "
        "with its header once; each value points at the page where it is printed.",
    ),
    # --- review: the words of the review page, review.html (genero_etl.review.report) ---
    "review-page-title": (
        "Revisión de datos preparados",
        "Review of staged data",
    ),
    "review-page-values": (
        "Valores",
        "Values",
    ),
    "review-page-charts": (
        "Gráficos",
        "Charts",
    ),
    "review-page-issues": (
        "Problemas de calidad",
        "Quality issues",
    ),
    "review-page-files": (
        "Archivos",
        "Files",
    ),
    "review-page-search": (
        "Buscar (texto, indicador, id)…",
        "Search (text, indicator, id)…",
    ),
    "review-page-all": (
        "todos",
        "all",
    ),
    "review-page-file": (
        "Archivo",
        "File",
    ),
    "review-page-indicator": (
        "Indicador",
        "Indicator",
    ),
    "review-page-place": (
        "Lugar",
        "Place",
    ),
    "review-page-period": (
        "Periodo",
        "Period",
    ),
    "review-page-status": (
        "Estado",
        "Status",
    ),
    "review-page-flag": (
        "Marca",
        "Flag",
    ),
    "review-page-low": (
        "solo baja confianza",
        "low confidence only",
    ),
    "review-page-value": (
        "Valor",
        "Value",
    ),
    "review-page-source": (
        "Fuente",
        "Source",
    ),
    "review-page-breakdown": (
        "Desglose",
        "Breakdown",
    ),
    "review-page-confidence": (
        "Confianza",
        "Confidence",
    ),
    "review-page-flags": (
        "Marcas",
        "Flags",
    ),
    "review-page-shown": (
        "mostrando",
        "showing",
    ),
    "review-page-of": (
        "de",
        "of",
    ),
    "review-page-prev": (
        "‹ anterior",
        "‹ previous",
    ),
    "review-page-next": (
        "siguiente ›",
        "next ›",
    ),
    "review-page-by_period": (
        "por periodo",
        "by period",
    ),
    "review-page-by_place": (
        "por lugar",
        "by place",
    ),
    "review-page-parts": (
        "Totales frente a la suma de sus partes",
        "Totals against the sum of their parts",
    ),
    "review-page-total": (
        "total",
        "total",
    ),
    "review-page-sum_parts": (
        "suma de partes",
        "sum of parts",
    ),
    "review-page-severity": (
        "Gravedad",
        "Severity",
    ),
    "review-page-code": (
        "Código",
        "Code",
    ),
    "review-page-where": (
        "Dónde",
        "Where",
    ),
    "review-page-message": (
        "Mensaje",
        "Message",
    ),
    "review-page-observations": (
        "valores",
        "values",
    ),
    "review-page-none": (
        "(ninguno)",
        "(none)",
    ),
    "review-page-generated": (
        "Generado",
        "Generated",
    ),
    "review-page-threshold": (
        "confianza mínima",
        "minimum confidence",
    ),
    "review-page-decided": (
        "decididos",
        "decided",
    ),
    "review-page-howto": (
        "Decida en review.xlsx (columna decision) y aplíquelo con: genero-etl review --apply review.xlsx",
        "Decide in review.xlsx (column decision) and apply it with: genero-etl review --apply review.xlsx",
    ),
    "review-page-sum_note": (
        "Suma de los valores sin desglose (_T) del indicador elegido.",
        "Sum of the values without breakdown (_T) of the chosen indicator.",
    ),
    "review-page-reset": (
        "limpiar filtros",
        "clear filters",
    ),
    "review-page-stale": (
        "decisiones sin observación",
        "decisions without observation",
    ),
    "review-page-withheld": (
        "retenido hasta revisarlo",
        "withheld until reviewed",
    ),
    # --- review: the help sheet of review.xlsx, one entry a line (genero_etl.review.sheet) ---
    "review-sheet-help-name": (
        "ayuda",
        "help",
    ),
    "review-sheet-help-0": (
        "Cómo revisar",
        "How to review",
    ),
    "review-sheet-help-1": (
        "1. En la columna 'decision' escriba aceptar, rechazar o corregir (o deshacer para borrar una decisión guardada). Deje vacía la fila que no revisó.",
        "1. In column 'decision' write accept, reject or correct (or undo to clear a stored decision). Leave rows you did not review empty.",
    ),
    "review-sheet-help-2": (
        "2. Para corregir, escriba solo lo que cambia en las columnas new_*: new_value (número), new_indicator_id (id del catálogo), new_admin1 (código ISO 3166-2), new_municipality_code (código oficial, como texto), new_period (2024, 2024-S1, 2024-Q2 o 2024-01-01/2024-06-30), new_breakdown (dimensión=valor, o _T), new_unit.",
        "2. To correct, write only what changes in the new_* columns: new_value (a number), new_indicator_id (a codebook id), new_admin1 (ISO 3166-2 code), new_municipality_code (official code, as text), new_period (2024, 2024-S1, 2024-Q2 or 2024-01-01/2024-06-30), new_breakdown (dimension=value, or _T), new_unit.",
    ),
    "review-sheet-help-3": (
        "3. Guarde el archivo y ejecute: genero-etl review --apply review.xlsx",
        "3. Save the file and run: genero-etl review --apply review.xlsx",
    ),
    "review-sheet-help-4": (
        "Las demás columnas son contexto y no se leen. Las decisiones se guardan por observation_id y sobreviven a una nueva ingesta.",
        "Other columns are context and are not read. Decisions are stored by observation_id and survive a new ingest.",
    ),
    # --- staging as one dataset (genero_etl.stage) ---
    "staging-format-old": (
        "La carpeta '{path}' tiene lo preparado en el formato anterior (un par de archivos por "
        "informe). Ejecute 'genero-etl ingest': la convierte al conjunto único sin volver a "
        "extraer los informes sin cambios.",
        "Folder '{path}' holds staging in the old format (a pair of files per report). Run "
        "'genero-etl ingest': it converts it to the single dataset without extracting "
        "unchanged reports again.",
    ),
    "staging-converted": (
        "Lo preparado en el formato anterior pasó al conjunto único: {count} archivos.",
        "Staging in the old format was converted to the single dataset: {count} files.",
    ),
    # --- command summaries printed by ingest, publish and templates (genero_etl.cli) ---
    "ingest-files-read": (
        "Archivos leídos",
        "Files read",
    ),
    "ingest-values-found": (
        "valores encontrados",
        "values found",
    ),
    "ingest-unchanged": (
        "sin cambios",
        "unchanged",
    ),
    # --- tables of unseen offices: a period from the file name; evidence behind a role ---
    "period-from-file-name": (
        "'{path}' no nombra su periodo en ninguna celda; se tomó el de su nombre de archivo: {period}.",
        "'{path}' names its period in no cell; the one of its file name was used: {period}.",
    ),
    "why-counts-beside-rates": (
        "números enteros junto a tasas: los casos de los que salen",
        "whole numbers beside rates: the cases they are computed from",
    ),
    # --- tables read by what their columns mean: measures named in a column ---
    "document-tables-read-cells": (
        "{tables} tabla(s) del documento (varias series en columnas) se leyeron celda por celda "
        "como planillas: {values} valores.",
        "{tables} table(s) of the document (several series across) were read cell by cell "
        "like spreadsheets: {values} values.",
    ),
    "why-measure-names": (
        "sus valores nombran la medida de cada fila (número, tasa, población)",
        "its values name each row's measure (number, rate, population)",
    ),
    # --- tables: rates or shares that several rows would give one value ---
    "table-rows-collide": (
        "Hoja '{sheet}': {count} filas (filas {rows}) se escriben igual en todas sus celdas "
        "salvo las cifras y caen en un mismo indicador, lugar, periodo y desglose (un "
        "departamento y su provincia del mismo nombre, por ejemplo); no se suman, porque su "
        "suma no está en ninguna celda, y no se publican. Si la tabla es un esquema de lugares, "
        "escriba el nivel de cada fila en una columna o nómbrelo en un mapa "
        "(<archivo>.map.yaml).",
        "Sheet '{sheet}': {count} rows (rows {rows}) are written alike in every cell but the "
        "figures and fall on one indicator, place, period and breakdown (a department and its "
        "namesake province, say); they are not summed, as no cell states their sum, and are not "
        "published. If the table is an outline of places, write each row's level in a column "
        "or name it in a map (<file>.map.yaml).",
    ),
    "table-rates-not-summed": (
        "Hoja '{sheet}': {rows} filas dan a la vez un valor de '{column}', una tasa o un "
        "porcentaje; no se suman (su suma no es la tasa de nada) y no se publican.",
        "Sheet '{sheet}': {rows} rows give one value of '{column}', a rate or a share; they "
        "are not summed (their sum is no one's rate) and are not published.",
    ),
    # --- tables: registers whose rows do not say their place ---
    "table-register-presumed": (
        "Hoja '{sheet}': su título dice que los casos del registro son presuntos ({rows} filas); "
        "no se cuentan: un caso presunto no es aún el que cuenta el indicador.",
        "Sheet '{sheet}': its title says the register's cases are presumed ({rows} rows); "
        "they are not counted: a presumed case is not yet the one the indicator counts.",
    ),
    "table-register-followed": (
        "Hoja '{sheet}': '{said}' dice que los casos del registro están en seguimiento, en "
        "investigación o por confirmar ({rows} filas); no se cuentan como '{indicator}', que "
        "cuenta casos confirmados: quedan para revisión.",
        "Sheet '{sheet}': '{said}' says the register's cases are followed, under investigation "
        "or yet to be confirmed ({rows} rows); they are not counted as '{indicator}', which "
        "counts confirmed cases: held back for review.",
    ),
    "table-register-no-place": (
        "Hoja '{sheet}': {rows} filas del registro tienen vacía la columna de lugar ({column}); "
        "se cuentan como lugar desconocido del país (lugar = _U), nunca como su total.",
        "Sheet '{sheet}': {rows} rows of the register leave the place column ({column}) blank; "
        "they are counted as the country's unknown place (lugar = _U), never as its total.",
    ),
    # --- registers counted by their own subject's dimensions (genero_etl.tabular.semantic) ---
    "why-other-subject": (
        "atributo de otra persona ({detail}), no de la víctima",
        "an attribute of another person ({detail}), not of the victim",
    ),
    "table-register-left-out": (
        "Hoja '{sheet}': el registro no se desglosa por {others} (atributos de otra persona que "
        "la víctima), {coded} (códigos sin libro de códigos: 'codebook:' en "
        "'<archivo>.map.yaml' los decodifica), {unknown} (desconocidos en más de la mitad de "
        "las filas) ni {same} (dicen lo mismo que otra columna ya contada).",
        "Sheet '{sheet}': the register is not broken down by {others} (attributes of another "
        "person than the victim), {coded} (codes without a codebook: 'codebook:' in "
        "'<file>.map.yaml' decodes them), {unknown} (unknown in more than half of the rows) "
        "nor {same} (they say what another counted column says).",
    ),
    "table-register-undated": (
        "Hoja '{sheet}': las columnas de periodo ({columns}) no dan el año de ninguna fila y "
        "no se declaró; no se inventa un periodo: los recuentos quedan sin periodo y en "
        "revisión. Indique el año en '<archivo>.meta.yaml' o con --period.",
        "Sheet '{sheet}': the period columns ({columns}) give no row its year and none was "
        "declared; no period is made up: the counts have no period and are held for review. "
        "Give the year in '<file>.meta.yaml' or with --period.",
    ),
    "table-age-bands-unknown": (
        "Hoja '{sheet}': la columna de grupos de edad ({columns}) da números sueltos sin un "
        "paso regular: cada uno sería el límite inferior de un grupo cuya amplitud no se "
        'conoce; los recuentos quedan en revisión. Escriba los grupos ("10-19") en un mapa '
        "(<archivo>.map.yaml).",
        "Sheet '{sheet}': the age-group column ({columns}) holds bare numbers of no regular "
        "step: each would be a group's lower bound of unknown width; the counts are held for "
        'review. Write the groups ("10-19") in a map (<file>.map.yaml).',
    ),
    "table-register-coarse": (
        "Hoja '{sheet}': el desglose {dimension} se cuenta por año y no por mes: por mes, "
        "partiría cada grupo del registro en muchas celdas de un solo caso.",
        "Sheet '{sheet}': breakdown {dimension} is counted by year, not by month: by month, "
        "it would split each group of the register into many cells of a single case.",
    ),
    # --- tables: fractions, title blocks, coded places (column roles and readings) ---
    "why-single-ages": (
        "edades simples de una tabla de recuentos por edad: un desglose, no la edad de una persona",
        "single ages of a table of counts by age: a breakdown, not a person's age",
    ),
    "why-fractions": (
        "fracciones entre 0 y 1 sin palabra de porcentaje: no son recuentos",
        "fractions between 0 and 1 with no share word: not counts",
    ),
    "why-unnamed-fractions": (
        "fracciones bajo un encabezado que no nombra medida, en una tabla que no nombra "
        "indicador: no son recuentos y nada dice de qué son tasa",
        "fractions under a header that names no measure, in a table that names no indicator: "
        "not counts, and nothing says what they are a rate of",
    ),
    "table-register-municipalities-thin": (
        "Hoja '{sheet}': el registro se cuenta por provincia, no por municipio: por municipio y "
        "período, sus celdas tendrían menos de {cases} casos en promedio.",
        "Sheet '{sheet}': the register is counted by province, not by municipality: by "
        "municipality and period, its cells would hold fewer than {cases} cases on average.",
    ),
    "table-register-months": (
        "Hoja '{sheet}': el registro, de un solo lugar (un estado o el país), se cuenta por año "
        "y, dentro de cada año, por mes ({groups} meses, partes del total del año); sus "
        "desgloses, solo por año.",
        "Sheet '{sheet}': the register, of one place (a state or the country), is counted by "
        "year and, inside each year, by month ({groups} months, parts of the year's total); its "
        "breakdowns by year only.",
    ),
    "table-register-national": (
        "Hoja '{sheet}': el desglose {dimension} se cuenta para todo el país (o la única "
        "provincia de sus filas), por año: por lugar, sus celdas tendrían menos de {cases} "
        "casos en promedio.",
        "Sheet '{sheet}': breakdown {dimension} is counted for the whole country (or the one "
        "province its rows share), by year: by place, its cells would hold fewer than {cases} "
        "cases on average.",
    ),
    # --- reasons said inside another message (messages.Text), e.g. in bad-option ---
    "reason-one-of": (
        "use uno de: {choices}",
        "use one of: {choices}",
    ),
    "reason-zero-or-more": (
        "debe ser 0 o más",
        "must be 0 or more",
    ),
    "reason-zero-to-one": (
        "debe estar entre 0 y 1",
        "must be between 0 and 1",
    ),
    "reason-period-forms": (
        "use 2024, 2024-S1, 2024-Q2 o 2024-01-01/2024-06-30",
        "use 2024, 2024-S1, 2024-Q2 or 2024-01-01/2024-06-30",
    ),
    "ingest-progress-pages": (
        "páginas",
        "pages",
    ),
    "ingest-per-indicator": (
        "Valores por indicador",
        "Values per indicator",
    ),
    "ingest-column-indicator": (
        "indicador",
        "indicator",
    ),
    "ingest-column-values": (
        "valores",
        "values",
    ),
    "ingest-file-line": (
        "{file}: {count} valores; {place}; {period}",
        "{file}: {count} values; {place}; {period}",
    ),
    "ingest-unclassified": (
        "{count} valores sin clasificar (ver quality_issues)",
        "{count} unclassified values (see quality_issues)",
    ),
    "ingest-skipped": (
        "omitido (formato no admitido): {path}",
        "skipped (unsupported format): {path}",
    ),
    "publish-done": (
        "Publicado {dataset} {version} en {path}/",
        "Published {dataset} {version} to {path}/",
    ),
    "publish-table-rows": (
        "{name}: {count} filas",
        "{name}: {count} rows",
    ),
    "templates-headers": (
        "encabezados: {headers}",
        "headers: {headers}",
    ),
}


def codes() -> list[str]:
    return sorted(_MESSAGES)


def known(code: str) -> bool:
    return code in _MESSAGES


def entry(code: str) -> tuple[str, str, str, str]:
    """(es, en, hint es, hint en) of a code; the hints are empty when it has none."""
    found = _MESSAGES[code]
    return (found[0], found[1], "", "") if len(found) == 2 else found


@dataclass(frozen=True, slots=True)
class Text:
    """A message said inside another, in that one's language: a parameter such as
    ``reason=Text("reason-zero-or-more")`` is rendered when the message is."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str = "es") -> str:
        return render(self.code, lang, **self.params)


def render(code: str, lang: str = "es", **params: object) -> str:
    template = _MESSAGES[code][1 if lang == "en" else 0]
    if any(isinstance(v, Text) for v in params.values()):
        params = {k: v.render(lang) if isinstance(v, Text) else v for k, v in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{code}: {params}"


class _Blank(dict[str, Any]):
    """Format parameters where a missing one renders empty."""

    def __missing__(self, key: str) -> str:
        return ""


def render_with_hint(code: str, lang: str, params: Mapping[str, Any]) -> tuple[str, str]:
    """A message and its hint (empty if none) in ``lang``; a missing parameter renders empty."""
    return format_entry(entry(code), lang, params)


def format_entry(
    found: tuple[str, str, str, str], lang: str, params: Mapping[str, Any]
) -> tuple[str, str]:
    """An entry's message and hint in ``lang``, a missing parameter rendered empty."""
    es, en, hint_es, hint_en = found
    values = _Blank(params)
    if lang == "en":
        return en.format_map(values), hint_en.format_map(values)
    return es.format_map(values), hint_es.format_map(values)


def texts(prefix: str, lang: str = "es") -> dict[str, str]:
    """Every entry whose code starts with ``prefix``, keyed by the rest of the code: the words
    of one page or report (``texts("review-page-", "en")["title"]``), not formatted."""
    index = 1 if lang == "en" else 0
    return {c[len(prefix) :]: m[index] for c, m in _MESSAGES.items() if c.startswith(prefix)}


def issue(
    code: str,
    severity: Severity,
    *,
    source_file: str = "",
    source_locator: str = "",
    observation_ids: tuple[str, ...] = (),
    **params: object,
) -> Issue:
    from genero_etl.model import Issue

    params.setdefault("path", source_file)
    return Issue(
        code=code,
        severity=severity,
        message_es=render(code, "es", **params),
        message_en=render(code, "en", **params),
        source_file=source_file,
        source_locator=source_locator,
        observation_ids=observation_ids,
    )
