"""Reading lists a clerk already keeps in Excel (.xlsx) or as .csv, for the imports of staff
and inmates. ``sheet`` reads a file into a table of typed cells and guesses which column is
which; ``planning`` holds the steps of a preview both imports share (cells read, rows marked,
twice in the file), ``writing`` the one transaction that writes a preview, and ``template``
the sample file; the importing services decide what each row means."""

from __future__ import annotations
