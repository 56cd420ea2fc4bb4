"""Look at every screen as a user would: the real window at 1400x900, 900x600 and 640x420, light
and dark, English and Danish, on a first start and after a restart.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python build/screen_tour.py [OUT]

One process per theme, language and phase (a fresh app each, like a user starting Lokal):
- first start, fresh data folder: the empty window (welcome) at each size; then the PDFs are
  added, an answerable question is asked (shot "answer"), a question the documents don't
  answer (shot "not-found"), and Settings is opened (shot "settings", its Server tab
  "settings-server"), and the chat header with a model server and a Chroma server set
  (shot "privacy-header").
- restart, same data folder: the window a few seconds after start (shot "restart").
- repair, same data folder with its chroma.sqlite3 overwritten by random bytes: the window once
  the damaged index was moved aside and rebuilt (shot "repair"), and its notices (shot
  "repair-notices").
- busy, same data folder held by a `lokal index` (another process): the dialog a second Lokal
  shows instead of opening (shot "busy").
Writes OUT/<theme>-<language>-<shot>-<width>x<height>.png (default OUT: /tmp/lokal-tour).
Look at every picture: this script takes them, it does not judge them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.app import LokalApp, install_translations, run_gui  # noqa: E402
from desktop_app.config import ProviderProfile, Settings  # noqa: E402
from desktop_app.ui.theme import apply_theme  # noqa: E402
from tests.pdfs import write_pdf  # noqa: E402

SIZES = ((1400, 900), (900, 600), (640, 420))
REPORT_PAGES = [
    "Harbour of Esbjerg - Annual Report 2025\n\nThis report summarises traffic, investments and "
    "environmental work at the harbour during 2025. The board thanks all employees.",
    "Traffic and investments\n\nIn 2025 the harbour handled 4.2 million tonnes of cargo, up 6 "
    "percent from 2024. The new offshore wind terminal opened in May and cost 310 million DKK. "
    "Ferry traffic to Fanø carried 1.1 million passengers.",
    "Environment\n\nShore power for cruise ships was installed at the south quay. Emissions from "
    "harbour vehicles fell by 18 percent after the switch to electric cranes.",
]
DANISH_PAGES = [
    "Færgen til Fanø\n\nFærgen sejler hvert 20. minut om sommeren. Den første afgang fra Esbjerg "
    "er kl. 5.00, og billetten koster 60 kroner for en voksen.",
]
QUESTIONS = {
    "en": ("How much cargo did the harbour handle in 2025?", "How tall is Mount Everest?"),
    "da": ("Hvornår er den første afgang fra Esbjerg?", "Hvor høj er Mount Everest?"),
}


class Tour(QObject):
    """Plays the user through one phase and takes the shots."""

    def __init__(self, lokal: LokalApp, out: Path, prefix: str, phase: str, docs: Path) -> None:
        super().__init__()
        self.lokal, self.out, self.prefix, self.phase, self.docs = lokal, out, prefix, phase, docs
        self.ready = 0
        self.questions = list(QUESTIONS[prefix.split("-")[1]])
        self.shots = ["answer", "not-found"]
        if phase == "first":
            QTimer.singleShot(1500, lambda: self.shoot_sizes("welcome"))
            lokal.index_worker.ready.connect(self.on_ready)
            lokal.llm_worker.model_loaded.connect(self.on_ready)
            lokal.indexing.indexing_finished.connect(self.on_indexed)
            lokal.chat.answer_completed.connect(self.on_answered)
        elif phase == "repair":
            lokal.indexing.indexing_finished.connect(self.on_repaired)
        else:
            QTimer.singleShot(6000, lambda: (self.shoot_sizes("restart"), QApplication.quit()))

    @Slot()
    def on_repaired(self, *_args) -> None:
        QTimer.singleShot(500, self.shoot_repair)

    def shoot_repair(self) -> None:
        self.shoot_sizes("repair")
        notices = self.lokal.window.notices
        notices.open_list()
        QTimer.singleShot(500, lambda: self.shoot_dialog(notices.dialog, "repair-notices"))

    def shoot_sizes(self, shot: str) -> None:
        window = self.lokal.window
        for width, height in SIZES:
            window.resize(width, height)
            for _ in range(5):  # let layouts settle at the new size
                QApplication.processEvents()
            target = self.out / f"{self.prefix}-{shot}-{width}x{height}.png"
            window.grab().save(str(target))
            print(f"wrote {target}", flush=True)
        window.resize(*SIZES[0])

    @Slot()
    def on_ready(self, *_args) -> None:
        self.ready += 1
        if self.ready == 2:
            self.lokal.window.files_dropped.emit([str(self.docs)])

    @Slot()
    def on_indexed(self, *_args) -> None:
        if self.questions and self.ready >= 2 and len(self.questions) == 2:
            self.ask()

    def ask(self) -> None:
        composer = self.lokal.window.composer
        composer.editor.setPlainText(self.questions.pop(0))
        composer.send_button.click()

    @Slot()
    def on_answered(self, *_args) -> None:
        QTimer.singleShot(300, self.after_answer)

    def after_answer(self) -> None:
        self.shoot_sizes(self.shots.pop(0))
        if self.questions:
            self.ask()
            return
        dialog = self.lokal.open_settings()
        QTimer.singleShot(800, lambda: self.shoot_server_tab(dialog))

    def shoot_server_tab(self, dialog) -> None:
        """Settings as it opens, then its Server tab and the chat header as it reads when a
        model server and a Chroma server are set (only shown: nothing is sent anywhere)."""
        dialog.grab().save(str(self.out / f"{self.prefix}-settings.png"))
        dialog.tabs.setCurrentWidget(dialog.server_page)
        away = self.lokal.settings.model_copy(deep=True)
        away.remote.profiles = [
            ProviderProfile(name="office-gpu", base_url="http://gpu-box:8080/v1")
        ]
        away.remote.active = "office-gpu"
        away.shared.chroma_url = "http://127.0.0.1:8000"
        self.lokal.window.privacy_line.show_for(away)
        self.shoot_sizes("privacy-header")
        QTimer.singleShot(300, lambda: self.shoot_dialog(dialog, "settings-server"))

    def shoot_dialog(self, dialog, shot: str = "settings") -> None:
        target = self.out / f"{self.prefix}-{shot}.png"
        dialog.grab().save(str(target))
        print(f"wrote {target}", flush=True)
        dialog.reject()
        QApplication.quit()


def run_one(out: Path, theme: str, language: str, phase: str) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app = QApplication(sys.argv[:1])
    install_translations(app, None if language == "en" else language)
    apply_theme(app, theme)
    work = out / "work" / f"{theme}-{language}"
    docs = work / "documents"
    if phase == "first":
        docs.mkdir(parents=True, exist_ok=True)
        write_pdf(docs / "esbjerg-annual-report-2025.pdf", REPORT_PAGES)
        write_pdf(docs / "fanoe-faergen.pdf", DANISH_PAGES)
    if phase == "repair":
        (work / "data" / "index" / "chroma" / "chroma.sqlite3").write_bytes(os.urandom(64 * 1024))
    if phase == "busy":
        return show_busy(app, out, f"{theme}-{language}", work / "data")
    settings = Settings()
    settings.model.temperature = 0.0
    settings.ui.theme = theme
    settings.ui.language = "" if language == "en" else language
    lokal = LokalApp(work / "data", settings)
    tour = Tour(lokal, out, f"{theme}-{language}", phase, docs)  # noqa: F841  (kept alive)
    lokal.window.resize(*SIZES[0])
    lokal.window.show()
    lokal.start_workers()
    QTimer.singleShot(400_000, app.quit)  # never hang
    code = app.exec()
    lokal.shutdown()
    return code


def show_busy(app: QApplication, out: Path, prefix: str, data: Path) -> int:
    """Hold the data folder from another process, as `lokal index` would, and shoot the dialog
    a second Lokal shows instead of opening."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data)], stdout=subprocess.PIPE, text=True
    )
    try:
        holder.stdout.readline()  # "held"
        target = out / f"{prefix}-busy.png"

        def shoot() -> None:
            box = QApplication.activeModalWidget()
            box.grab().save(str(target))
            print(f"wrote {target}", flush=True)
            box.close()

        QTimer.singleShot(1000, shoot)
        return run_gui(str(data))
    finally:
        holder.kill()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from desktop_app.core.data_lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]), "lokal index")
lock.acquire()
print("held", flush=True)
time.sleep(600)
"""


def main() -> int:
    if len(sys.argv) == 5:  # one phase, in this process
        return run_one(Path(sys.argv[1]), *sys.argv[2:5])
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lokal-tour")
    out.mkdir(parents=True, exist_ok=True)
    worst = 0
    for theme in ("light", "dark"):
        for language in ("en", "da"):
            for phase in ("first", "restart", "repair", "busy"):
                command = [sys.executable, __file__, str(out), theme, language, phase]
                worst = max(worst, subprocess.call(command))
    return worst


if __name__ == "__main__":
    sys.exit(main())
