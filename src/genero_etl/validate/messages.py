"""Messages of ``genero-etl validate`` in Spanish and English, each with a hint to fix it.

A data officer reads these in a CI log: every message names the file, the row, the
column (spreadsheet letter and header) and the value, and the hint says what to change.
Codes are stable and documented in docs/validate.md; the text may improve freely.
"""

from __future__ import annotations

from typing import Any

# code -> (es message, en message, es hint, en hint). "{where}" is the located prefix.
FINDINGS: dict[str, tuple[str, str, str, str]] = {
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
    "encoding-guessed": (
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
}

TYPE_NAMES: dict[str, tuple[str, str]] = {
    "integer": ("un número entero", "a whole number"),
    "number": ("un número", "a number"),
    "date": ("una fecha AAAA-MM-DD", "a date YYYY-MM-DD"),
    "datetime": ("una fecha y hora ISO 8601", "an ISO 8601 date-time"),
    "time": ("una hora HH:MM:SS", "a time HH:MM:SS"),
    "boolean": ("verdadero/falso ({values})", "true/false ({values})"),
    "year": ("un año de 4 dígitos", "a 4-digit year"),
    "yearmonth": ("un año-mes AAAA-MM", "a year-month YYYY-MM"),
    "duration": ("una duración ISO 8601 (p. ej. P1Y2M)", "an ISO 8601 duration (e.g. P1Y2M)"),
    "geopoint": ("un punto 'lon, lat'", "a point 'lon, lat'"),
    "geojson": ("un objeto GeoJSON", "a GeoJSON object"),
    "object": ("un objeto JSON", "a JSON object"),
    "array": ("una lista JSON", "a JSON array"),
    "string": ("texto con formato {format}", "text in {format} format"),
    "any": ("cualquier valor", "any value"),
}

FAILURES: dict[str, tuple[str, str]] = {
    "path-not-found": (
        "No existe la ruta '{path}'. Revise el nombre y la carpeta de trabajo.",
        "Path '{path}' does not exist. Check the name and the workspace folder.",
    ),
    "file-empty": (
        "El archivo '{path}' está vacío: no hay nada que validar.",
        "File '{path}' is empty: there is nothing to validate.",
    ),
    "file-unreadable": (
        "No se pudo leer '{path}': {reason}.",
        "Could not read '{path}': {reason}.",
    ),
    "bad-encoding": (
        "No se pudo decodificar '{path}' ({reason}). Guárdelo como CSV UTF-8.",
        "Could not decode '{path}' ({reason}). Save it as CSV UTF-8.",
    ),
    "binary-as-text": (
        "'{path}' no es un CSV: contiene un archivo {kind}. Use la extensión correcta.",
        "'{path}' is not a CSV: it holds a {kind} file. Use the right extension.",
    ),
    "unknown-format": (
        "No sé validar '{path}' (extensión '{suffix}'). Formatos admitidos: {known}.",
        "Cannot validate '{path}' (extension '{suffix}'). Supported formats: {known}.",
    ),
    "no-files": (
        "No hay archivos validables en '{path}'. Formatos admitidos: {known}.",
        "No files to validate in '{path}'. Supported formats: {known}.",
    ),
    "path-refused": (
        "El recurso '{resource}' de '{path}' apunta a '{target}', fuera de la carpeta del "
        "paquete ({reason}); no se lee por seguridad. Use rutas relativas dentro de la carpeta.",
        "Resource '{resource}' of '{path}' points at '{target}', outside the package folder "
        "({reason}); it is not read, for safety. Use relative paths inside the folder.",
    ),
    "package-invalid": (
        "El datapackage '{path}' no es válido: {reason}.",
        "Data package '{path}' is invalid: {reason}.",
    ),
    "bad-option": (
        "Opción no válida {option}='{value}': {reason}.",
        "Invalid option {option}='{value}': {reason}.",
    ),
    "file-too-large": (
        "'{path}' pesa {size_mb:.0f} MB, más que el límite de {limit_mb:.0f} MB. Divida el "
        "archivo o suba el límite con --max-mb.",
        "'{path}' is {size_mb:.0f} MB, over the {limit_mb:.0f} MB limit. Split the file or "
        "raise the limit with --max-mb.",
    ),
    "stage-unavailable": (
        "No hay datos preparados que validar en '{path}' ({reason}). Indique un archivo o "
        "ejecute primero 'genero-etl ingest'.",
        "There is no staged data to validate in '{path}' ({reason}). Pass a file or run "
        "'genero-etl ingest' first.",
    ),
    "rules-invalid": (
        "El archivo de reglas '{path}' no es válido: {reason}.",
        "Rules file '{path}' is invalid: {reason}.",
    ),
    "symlink-outside": (
        "'{path}' es un enlace simbólico a '{target}', fuera de la carpeta de trabajo: no se "
        "lee, para no copiar otro archivo en el informe.",
        "'{path}' is a symbolic link to '{target}', outside the workspace: it is not read, so "
        "that no other file is copied into the report.",
    ),
}


def render_failure(code: str, lang: str = "es", **params: object) -> str:
    es, en = FINDINGS.get(code, ("", ""))[:2] if code not in FAILURES else FAILURES[code]
    template = en if lang == "en" else es
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{code}: {params}"


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def render_finding(code: str, lang: str, params: dict[str, Any]) -> tuple[str, str]:
    """Message and hint for a finding code, in ``lang``; unknown params render empty."""
    es, en, hint_es, hint_en = FINDINGS.get(code, FINDINGS["rule-error"])
    values = _Default(params)
    message = (en if lang == "en" else es).format_map(values)
    hint = (hint_en if lang == "en" else hint_es).format_map(values)
    return message, hint


def column_letter(number: int) -> str:
    """Spreadsheet column letter of a 1-based column number (1 -> A, 27 -> AA)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def where(lang: str, *, file: str, sheet: str, row: int | None, col: int | None, field: str) -> str:
    """'La celda C7 de 'Hoja1'' / 'Cell C7 (column 'valor') of 'data.csv''."""
    if row is None or col is None:
        return f"'{file}'"
    cell = f"{column_letter(col)}{row}"
    if lang == "en":
        if sheet:
            return f"Cell {cell} of '{sheet}' ('{file}')"
        return f"Cell {cell} (row {row}, column '{field}') of '{file}'"
    if sheet:
        return f"La celda {cell} de '{sheet}' ('{file}')"
    return f"La celda {cell} (fila {row}, columna '{field}') de '{file}'"
