"""Backups of the SQLite database: made and verified (``making``), daily at the first start of
a day (``schedule``), rotated (``rotation``), listed for the screen (``records``), restored
(``restore``); and, for a PostgreSQL server, the pg_dump routine and its record (``server``)."""
