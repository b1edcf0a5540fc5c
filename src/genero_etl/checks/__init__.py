"""The one check engine: rule kinds over tables, rules as data (``schemas/rules/*.yaml``).

At ingest the rules of stage ``ingest`` give warnings and quality flags on each document's
observations (:func:`run_document_checks`, :func:`check_tables`); ``validate`` and publish
gates run the rules of stage ``validate`` as findings (``validate/rules.py``).
"""

from genero_etl.checks import kinds  # registers every rule kind in engine.KINDS
from genero_etl.checks.ingest import check_tables, run_document_checks

__all__ = ["check_tables", "kinds", "run_document_checks"]
