"""Patrol visits (patroli sambang) and other security visits: saving, deleting, the list and
the visits of a period."""
