"""Persistence: SQLAlchemy models, the engine with its pragmas, migrations, audit trail, backups."""
