"""Workbook import and template, Excel export (no Qt)."""
