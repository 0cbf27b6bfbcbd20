"""Qt's own button texts, so that the Indonesian catalogue translates them too.

Qt ships no Indonesian translation of its standard buttons (Yes, No, Save, Discard ... in message
boxes and button boxes). Qt looks them up in the context "QPlatformTheme"; marking them here
makes lupdate keep them in ``rutan_desk_id.ts``, and the app's translator answers for them. This
module is never imported: it only carries the marks.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)
