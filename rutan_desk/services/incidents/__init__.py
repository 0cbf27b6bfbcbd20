"""Security incidents (gangguan kamtib): saving the record, its workflow and approval,
supplements, the search, and the tab's settings."""
