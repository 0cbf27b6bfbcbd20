"""Help for the clerk: the user guide (Bantuan → Panduan)."""
