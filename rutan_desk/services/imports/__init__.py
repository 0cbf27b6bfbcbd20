"""Reading lists a clerk already keeps in Excel (.xlsx) or as .csv, for the imports of staff
and inmates. ``sheet`` reads a file into a table of typed cells and guesses which column is
which; the importing services decide what each row means."""

from __future__ import annotations
