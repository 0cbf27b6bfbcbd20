"""Use cases. The only code that writes: each function is one transaction and audits its change."""
