"""Spreadsheets to observations, cell by cell.

``safety`` refuses hostile or broken files before anything is decompressed, ``grid``
loads sheets (calamine for workbooks, a sniffing reader for CSV), ``layout`` finds the
tables on a sheet, ``templates`` maps known layouts declaratively, and ``ingest`` turns
the mapped cells into observations with one vectorised melt.
"""
