"""Take the README's screenshots of the real window: drop a PDF, ask, wait for the answer.

Run under a real X server for a true window (what the README shows):
    xvfb-run -s "-screen 0 1280x900x24" .venv/bin/python build/readme_screenshots.py
It also works with QT_QPA_PLATFORM=offscreen. Writes resources/screenshots/main-window.png
(light) and main-window-dark.png; pass `light` or `dark` to take one only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.app import LokalApp  # noqa: E402
from desktop_app.config import Settings  # noqa: E402
from desktop_app.ui.theme import apply_theme  # noqa: E402
from tests.pdfs import write_pdf  # noqa: E402

OUT = REPO / "resources" / "screenshots"
PAGES = [
    "Harbour of Esbjerg - Annual Report 2025\n\nThis report summarises traffic, investments and "
    "environmental work at the harbour during 2025. The board thanks all employees.",
    "Traffic and investments\n\nIn 2025 the harbour handled 4.2 million tonnes of cargo, up 6 "
    "percent from 2024. The new offshore wind terminal opened in May and cost 310 million DKK. "
    "Ferry traffic to Fanø carried 1.1 million passengers.",
    "Environment\n\nShore power for cruise ships was installed at the south quay. Emissions from "
    "harbour vehicles fell by 18 percent after the switch to electric cranes.",
]
QUESTION = "How much cargo did the harbour handle in 2025?"


class Director(QObject):
    """Plays the user: drop the file when ready, ask once indexed, shoot once answered."""

    def __init__(self, lokal: LokalApp, pdf: Path, dark: bool) -> None:
        super().__init__()
        self.dark = dark
        self.lokal, self.pdf = lokal, pdf
        self.ready = 0
        lokal.index_worker.ready.connect(self.on_ready)
        lokal.llm_worker.model_loaded.connect(self.on_ready)
        lokal.indexing.indexing_finished.connect(self.on_indexed)
        lokal.chat.answer_completed.connect(self.on_answered)

    @Slot()
    def on_ready(self, *_args) -> None:
        self.ready += 1
        if self.ready == 2:
            self.lokal.window.files_dropped.emit([str(self.pdf)])

    @Slot()
    def on_indexed(self, *_args) -> None:
        self.lokal.window.composer.editor.setPlainText(QUESTION)
        self.lokal.window.composer.send_button.click()

    @Slot()
    def on_answered(self, *_args) -> None:
        QTimer.singleShot(300, self.shoot)

    def shoot(self) -> None:
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / ("main-window-dark.png" if self.dark else "main-window.png")
        self.lokal.window.grab().save(str(target))
        print(f"wrote {target}")
        QApplication.quit()


def main() -> int:
    themes = sys.argv[1:] or ["light", "dark"]
    if len(themes) > 1:  # one process per theme: a fresh app, data folder and model each
        import subprocess

        return max(subprocess.call([sys.executable, __file__, theme]) for theme in themes)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app = QApplication(sys.argv[:1])
    apply_theme(app, themes[0])
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_pdf(Path(folder) / "esbjerg-annual-report-2025.pdf", PAGES)
        settings = Settings()
        settings.model.temperature = 0.0
        lokal = LokalApp(Path(folder) / "data", settings)
        director = Director(lokal, pdf, themes[0] == "dark")  # noqa: F841  (kept alive)
        lokal.window.resize(1240, 760)
        lokal.window.show()
        lokal.start_workers()
        QTimer.singleShot(300_000, app.quit)  # never hang a build
        code = app.exec()
        lokal.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
