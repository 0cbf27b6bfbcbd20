"""The Backups screen (menu Berkas → Cadangan dan pemulihan…)."""
