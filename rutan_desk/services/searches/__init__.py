"""Searches (penggeledahan): saving a search with its team, places and findings, the fate of
findings, a finding that opens an incident, and the lists and recaps."""
