"""Light, dark, or as the system is: Qt's Fusion style with a palette and a style sheet Lokal
chooses.

Fusion looks the same on every platform, so the screenshots and tests see what users see. Every
colour a widget needs beyond the palette is in the one application style sheet below, keyed by
object name: a widget's own style sheet would keep the palette it was first polished with, and
setting the application's sheet again on a theme switch re-styles every widget already shown.
Focus is a 2 px outline in a colour with at least 3:1 contrast to the window in both themes
(Fusion's own focus frame is a faint tint of the highlight, near invisible in the dark theme).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#2d2f33",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#3d7dd8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Mid: "#9aa0a6",
}

# Colours the palette has no role for, per theme.
_EXTRA = {
    False: {
        "focus": "#1a56c4",
        "border": "#b8bcc2",
        "hover": "#e8eaed",
        "pressed": "#d5d8dc",
        "disabled": "#9aa0a6",
        "evidence": "#1e8e3e",
        "error": "#c62828",
    },
    True: {
        "focus": "#8ab4f8",
        "border": "#5f6368",
        "hover": "#3c4043",
        "pressed": "#4a4e52",
        "disabled": "#6f7378",
        "evidence": "#81c995",
        "error": "#f28b82",
    },
}

_STYLE_SHEET = """
QPushButton {{
    border: 1px solid {border}; border-radius: 4px; padding: 4px 12px;
    background-color: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ background-color: {hover}; }}
QPushButton:pressed {{ background-color: {pressed}; }}
QPushButton:disabled {{ color: {disabled}; }}
QPushButton:flat {{ border-color: transparent; background-color: transparent; }}
QPushButton:flat:hover {{ background-color: {hover}; }}
QPushButton#sourceChip {{ border-radius: 10px; padding: 3px 10px; text-align: left; }}
QPushButton#sourceChip[evidence="true"] {{ border: 2px solid {evidence}; padding: 2px 9px; }}
QPushButton#closestChip {{
    border: 1px dashed {border}; border-radius: 10px; padding: 3px 10px; text-align: left;
    background-color: transparent; font-style: italic;
}}
QPushButton:focus, QPushButton#sourceChip:focus, QPushButton#closestChip:focus {{
    border: 2px solid {focus};
}}
QPushButton:focus {{ padding: 3px 11px; }}
QPushButton#sourceChip:focus, QPushButton#closestChip:focus {{ padding: 2px 9px; }}
QToolButton:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,
QAbstractSpinBox:focus, QComboBox:focus {{
    border: 2px solid {focus}; border-radius: 3px;
}}
QTextBrowser#evidenceBlock {{
    border: none; border-left: 3px solid {evidence}; padding-left: 6px;
}}
QTextBrowser#evidenceBlock[prominent="true"] {{ border-left-width: 6px; }}
QLabel#statsLabel, QLabel#answerStatus, QLabel#closestLabel, QLabel#notice {{
    color: palette(mid);
}}
QLabel#thinkingText {{ color: palette(mid); font-style: italic; }}
QLabel#emptyHint {{ color: palette(mid); padding: 40px; }}
QLabel#notice, QLabel#errorNotice {{ padding: 2px 8px; }}
QLabel#errorNotice {{ color: {error}; }}
"""


def wants_dark(theme: str) -> bool:
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` is a dark theme: light text on a dark window. (A widget's Base colour
    does not tell: a transparent Base reads as black.)"""
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return window < palette.color(QPalette.ColorRole.WindowText).lightness()


def focus_color(dark: bool) -> QColor:
    return QColor(_EXTRA[dark]["focus"])


def style_sheet(dark: bool) -> str:
    return _STYLE_SHEET.format(**_EXTRA[dark])


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    dark = wants_dark(theme)
    if dark:
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    else:
        palette.setColor(QPalette.ColorRole.Mid, QColor("#70757a"))
    app.setPalette(palette)
    # After the palette: setting the sheet re-polishes every widget with the new colours.
    app.setStyleSheet(style_sheet(dark))
