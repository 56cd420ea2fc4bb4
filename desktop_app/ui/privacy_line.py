"""The chat header's privacy line: where a chat's text goes when it leaves this computer.

Lokal is offline unless the user set up a model server (Settings > Server, the chats then go to
it) or a shared Chroma server (the documents' passages are indexed and searched there). Either
way every chat says so above the conversation, for as long as the setting holds; with neither,
the line is hidden. The hosts are named as the CLI names them ("gpu-box:8080").

The model server is named while it answers, and from the moment it is chosen: a chat sent
before it has answered once goes to it. When the local model answers after all (the server
could not be used at start; the notice says why), `model_in_use` takes the server's name off
until another server, or the same one again, is chosen in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop_app.config import Settings
from desktop_app.core import chroma_server
from desktop_app.core.remote_llm import host_label


def chroma_label(url: str) -> str:
    """ "127.0.0.1:8000", as the CLI names the server; a URL that names none, as written (the
    index worker reports what is wrong with it)."""
    try:
        return chroma_server.parse(url).label
    except ValueError:
        return url


class PrivacyLine(QLabel):
    """Hidden while everything stays on this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")  # the theme's quiet text colour, readable light and dark
        self.setWordWrap(True)  # a narrow window wraps it rather than cutting the host off
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._remote: tuple[str, str] | None = None  # (host, profile name)
        self._profile = None  # the chosen server's profile, as last shown
        self._local_model_answers = False  # the chosen server could not be used
        self._chroma: str | None = None  # host
        self.hide()

    def show_for(self, settings: Settings) -> None:
        """Follow the settings (at start and after each save)."""
        profile = settings.remote.active_profile()
        if profile != self._profile:  # a server chosen anew: it answers the next chat
            self._profile = profile.model_copy() if profile is not None else None
            self._local_model_answers = False
        if profile is None:
            self._remote = None
        else:  # named as the CLI names it (remote_llm), never with a password in the URL
            self._remote = (host_label(profile.base_url), profile.name)
        url = settings.shared.chroma_url.strip()
        self._chroma = chroma_label(url) if url else None
        self.retranslate_ui()

    def model_in_use(self, remote: bool) -> None:
        """What answers now: a model server (True) or the local GGUF (False)."""
        self._local_model_answers = not remote
        self.retranslate_ui()

    @property
    def remote_host(self) -> str | None:
        return self._remote[0] if self._remote else None

    def retranslate_ui(self) -> None:
        parts = []
        if self._remote is not None and not self._local_model_answers:
            host, name = self._remote
            parts.append(
                self.tr("Sent to {host} (remote model {name})").format(host=host, name=name)
            )
        if self._chroma is not None:
            parts.append(
                self.tr("Documents on the Chroma server {host}, no authentication").format(
                    host=self._chroma
                )
            )
        self.setText(" · ".join(parts))
        self.setAccessibleName(self.tr("Where this chat's text is sent"))
        self.setToolTip(
            self.tr(
                "Text of this chat or of your documents leaves this computer. "
                "Settings > Server changes it."
            )
            if parts
            else ""
        )
        self.setVisible(bool(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
