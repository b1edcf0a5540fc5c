"""Validation of tabular submissions against Table Schemas and declarative domain rules.

The entry point is :func:`genero_etl.validate.api.validate_paths`; everything else is
an implementation detail kept in small modules (read, schema, checks, rules, render).
Heavy libraries (pyarrow, pandas) are imported inside functions so that importing this
package stays cheap for the CLI.
"""
