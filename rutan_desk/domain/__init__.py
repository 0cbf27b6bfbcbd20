"""Plain Python rules of the security office: no Qt, no SQLAlchemy."""
