"""The first-day assistant: walks a new office from its Administrator account to its first
planned month (see ``assistant``); ``offer`` decides when it is offered."""
