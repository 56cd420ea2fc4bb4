"""Real PDFs for tests, drawn with Qt's QPdfWriter (text layer included, fonts embedded)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter


def write_pdf(path: Path, pages: list[str]) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(36, 36, 36, 36),
        )
    )
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    for number, text in enumerate(pages):
        if number:
            writer.newPage()
        painter.drawText(QRectF(0, 0, area.width(), area.height()), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return path


def encrypt_pdf(source: Path, target: Path, user_password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    with target.open("wb") as handle:
        writer.write(handle)
    return target
