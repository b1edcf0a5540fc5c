"""The rule kinds; importing this package registers every one of them in ``engine.KINDS``."""

from genero_etl.checks.kinds import keys, parts, reference, shares, values

__all__ = ["keys", "parts", "reference", "shares", "values"]
