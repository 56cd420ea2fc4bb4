"""Write resources/samples/lokal-sample.pdf, which `lokal --self-test` indexes and asks about.

Three pages of made-up text (English), drawn with Qt's QPdfWriter so the PDF has a real text
layer, as the user's own PDFs do. Page 2 holds the one fact the self-test asks about (who built
the lighthouse on Vindelø, and when); the other pages are about other things, so that a search
that finds page 2 found it for the right reason. The PDF is committed: run this again only when
the text changes.

    python build/make_sample_pdf.py [OUTPUT]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a painter needs a GUI app, not a screen

from PySide6.QtCore import QMarginsF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

SAMPLE_PDF = Path(__file__).resolve().parents[1] / "resources" / "samples" / "lokal-sample.pdf"

TITLE = "Vindelø: a short guide to an island that does not exist"
PAGES = [
    (
        "The island",
        "Vindelø is a small island in a made-up sea, about nine kilometres long and two wide. "
        "Its west coast is steep and rocky; the east coast has long beaches of pale sand. "
        "Around four hundred people live there all year, most of them in the village of "
        "Nørrevig, and the number triples in July when the summer houses fill up.\n\n"
        "Sheep graze the heath in the middle of the island, and the island's cheese, a soft "
        "sheep's-milk cheese washed in cider, is sold at the Saturday market in Nørrevig. "
        "There are no cars on Vindelø: people walk, cycle or ride the island's one tractor "
        "bus, which goes round the coast road twice a day.",
    ),
    (
        "The lighthouse",
        "The lighthouse at Kragenæs, on the island's northern tip, was built in 1873 by the "
        "engineer Marta Ekdahl. It is twenty-seven metres tall, painted in red and white "
        "bands, and its light can be seen thirty-one kilometres out to sea.\n\n"
        "Marta Ekdahl designed the tower with a double wall of granite blocks, so that the "
        "winter storms would not shake the lens. The lamp burned paraffin until 1956, when it "
        "was changed to electric light. The last keeper left in 1989; since then the light "
        "has been run from the mainland, and the keeper's house is a small museum, open on "
        "weekdays from May to September.",
    ),
    (
        "Getting there",
        "The ferry Havørnen sails from the mainland harbour to Nørrevig four times a day in "
        "summer and twice a day in winter. The crossing takes fifty minutes. Bicycles travel "
        "free; dogs must be kept on a lead on deck.\n\n"
        "In bad weather the ferry may be cancelled at short notice: the harbour office posts "
        "changes on the board by the waiting room. The island has a small campsite behind "
        "the eastern dunes and two guest houses in the village; both close in November.",
    ),
]


def write_sample(path: Path) -> Path:
    """Draw the pages into `path` (A4, a title on each page, the text word-wrapped)."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")  # a half-written PDF never takes its place
    writer = QPdfWriter(str(partial))
    writer.setTitle(TITLE)
    writer.setCreator("Lokal build/make_sample_pdf.py")
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(56, 56, 56, 56),
        )
    )
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    painter = QPainter(writer)
    for number, (heading, text) in enumerate(PAGES, start=1):
        if number > 1:
            writer.newPage()
        painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
        painter.drawText(QRectF(0, 0, area.width(), 40), Qt.TextFlag.TextWordWrap, heading)
        painter.setFont(QFont("DejaVu Sans", 11))
        body = QRectF(0, 48, area.width(), area.height() - 88)
        painter.drawText(body, Qt.TextFlag.TextWordWrap, text)
        painter.setFont(QFont("DejaVu Sans", 9))
        footer = QRectF(0, area.height() - 20, area.width(), 20)
        painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, f"{TITLE} · page {number}")
    painter.end()
    os.replace(partial, path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE_PDF
    print(f"wrote {write_sample(target)}")
