"""Tab "Serah Terima": the shift handover form, its history and its settings."""
