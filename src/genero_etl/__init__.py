"""genero-etl: turns municipal gender-office reports into comparable open data."""

__version__ = "0.1.0"
