"""The schema revisions this version of the app knows, without importing Alembic.

Start-up compares the database's revision with ``HEAD_REVISION`` using plain sqlite3, so that
Alembic (a quarter of a second to import) is loaded only when an upgrade is really needed. A test
keeps these constants equal to the scripts in ``migrations/versions``.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_foundation",
    "0002_roster",
    "0003_calendar",
    "0004_documents",
    "0005_handover",
    "0006_versions",
    "0007_accounts",
    "0008_audit_anchors",
    "0009_inmates",
    "0010_incidents",
    "0011_searches_patrols",
    "0012_document_kinds",
    "0013_agreements",
    "0014_roster_rest",
    "0015_letterhead_versions",
    "0016_handover_addendum_author",
    "0017_roster_history",
    "0018_uniqueness",
    "0019_name_keys",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
