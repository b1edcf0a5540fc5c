"""Every user-facing message, in Spanish and English, keyed by a stable code.

Codes are documented in the README; tests assert on codes, people read the text.
"""

from __future__ import annotations

from genero_etl.model import Issue, Severity

_MESSAGES: dict[str, tuple[str, str]] = {
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
    # --- PDF tables (readers/pdftables, tabular/pdfgrids) ---
    "pdf-tables-read": (
        "{tables} tabla(s) con períodos en columnas se leyeron celda por celda como planillas: "
        "{values} valores.",
        "{tables} table(s) with periods across were read cell by cell like spreadsheets: "
        "{values} values.",
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
    "table-place-unmatched": (
        "Hoja '{sheet}', columna '{column}': {count} lugares no están en los catálogos de "
        "{country} ({examples}); se publican con su nombre como desglose 'lugar'.",
        "Sheet '{sheet}', column '{column}': {count} places are not in the gazetteers of "
        "{country} ({examples}); they are published with their name as a 'lugar' breakdown.",
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
    "why-years": ("años", "years"),
    "why-months": ("meses", "months"),
    "why-quarters": ("trimestres", "quarters"),
    "why-dates": ("fechas", "dates"),
    "why-periods": ("periodos", "periods"),
    "why-period-code": ("código de periodo", "period code"),
    "why-year-values": ("valores con forma de año", "values shaped like years"),
    "why-date-values": ("valores con forma de fecha", "values shaped like dates"),
    "why-month-values": ("nombres de meses", "month names"),
    "why-identifier": ("identificador o código", "identifier or code"),
    "why-unique-numbers": ("números casi todos distintos", "numbers nearly all distinct"),
    "why-place-code-values": ("código de lugar", "place code"),
    "why-place-code": ("encabezado de código de lugar", "place code header"),
    "why-origin": ("lugar de origen de una persona", "a person's place of origin"),
    "why-place": ("encabezado de lugar", "place header"),
    "why-activity": ("programa o actividad", "programme or activity"),
    "why-indicator": ("nombre del indicador", "indicator name"),
    "why-unit": ("unidad de medida", "unit of measure"),
    "why-flag": ("sí/no", "yes/no"),
    "why-category": ("encabezado de desglose", "breakdown header"),
    "why-derived": (
        "columna derivada (porcentaje, acumulado)",
        "derived column (share, cumulative)",
    ),
    "why-measure": ("encabezado de medida", "measure header"),
    "why-numbers-no-header": ("números sin encabezado", "numbers without a header"),
    "why-numbers": ("números bajo un encabezado", "numbers under a header"),
    "why-category-values": ("valores de desglose", "breakdown values"),
    "why-few-values": ("pocos valores distintos", "few distinct values"),
    "why-text": ("texto sin rol reconocido", "text with no recognised role"),
    "why-map": ("del mapa del usuario", "from the user's map"),
    "why-codes": ("códigos de un registro", "codes of a register"),
    "why-lone-share": ("única columna de números", "the only column of numbers"),
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
        "'{path}' fue preparado por una versión anterior de genero-etl (sin revisión de "
        "privacidad). Ejecute 'genero-etl ingest' otra vez.",
        "'{path}' was staged by an older genero-etl (without the privacy screen). Run "
        "'genero-etl ingest' again.",
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
}


def codes() -> list[str]:
    return sorted(_MESSAGES)


def render(code: str, lang: str = "es", **params: object) -> str:
    es, en = _MESSAGES[code]
    template = en if lang == "en" else es
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{code}: {params}"


def issue(
    code: str,
    severity: Severity,
    *,
    source_file: str = "",
    source_locator: str = "",
    observation_ids: tuple[str, ...] = (),
    **params: object,
) -> Issue:
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
