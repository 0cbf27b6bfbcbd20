"""PySide6 user interface. Talks to rutan_desk.services only; never opens a Session."""
