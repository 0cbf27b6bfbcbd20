"""Tab Kamtib: security incidents, searches and their findings, patrol visits."""
