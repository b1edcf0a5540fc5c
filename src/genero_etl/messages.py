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
    "place-code-unknown": (
        "El código de lugar '{place_code}' no está en el catálogo oficial ({country}); los valores "
        "de esa fila quedan sin municipio.",
        "Place code '{place_code}' is not in the official catalogue ({country}); the values of that "
        "row have no municipality.",
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
    "bad-option": (
        "Opción no válida {option}='{value}': {reason}.",
        "Invalid option {option}='{value}': {reason}.",
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
