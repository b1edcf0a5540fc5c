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
