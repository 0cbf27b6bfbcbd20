"""The interface language: Indonesian by default, English (the source strings) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from rutan_desk.paths import resources_dir

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")


def translations_dir() -> str:
    return str(resources_dir() / "i18n")


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``rutan_desk_<language>.qm``; English needs none, the code is written in it."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"rutan_desk_{language}", translations_dir()):
        return None
    app.installTranslator(translator)
    return translator
