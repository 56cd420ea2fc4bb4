"""Lokal's app icon, drawn once with QPainter and written in every format the installers need.

    python build/make_icons.py

Writes into resources/icons/ (committed, so a build needs no drawing step):

- lokal.svg: the scalable icon (Linux themes, the README);
- lokal.png (256 px): the window icon, the Linux menu entry and the AppImage;
- lokal-512.png: the source of the macOS .icns (build/macos/make_icns.sh, with sips/iconutil);
- lokal.ico: Windows (the .exe and the Inno Setup installer), 16, 24, 32, 48 and 256 px.

The picture: a page of a document with a speech bubble on it, white and amber on a rounded
square in Lokal's accent blue (the palette's Highlight, desktop_app/ui/theme.py). Below 32 px the
page's text lines and the bubble's dots are left out: they only blur at that size.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"

# The drawing is laid out on a 256-unit square and scaled to each size.
UNITS = 256.0
ACCENT = "#3d7dd8"  # theme.py's Highlight
ACCENT_LIGHT = "#5a95e8"
ACCENT_DARK = "#275fb4"
PAGE = "#ffffff"
PAGE_FOLD = "#cddcf3"
PAGE_LINES = "#a9c2ea"
BUBBLE = "#ffc83d"
BUBBLE_DOTS = ACCENT_DARK

PNG_SIZES = {"lokal.png": 256, "lokal-512.png": 512}
ICO_SIZES = (16, 24, 32, 48, 256)
DETAIL_FROM_PX = 32  # smaller icons leave out the text lines and the dots


def paint_icon(painter: QPainter, size: float) -> None:
    """Paint the icon into the square (0, 0, size, size) of `painter`'s device."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / UNITS, size / UNITS)
    detailed = size >= DETAIL_FROM_PX
    # Small icons fill more of their square: a margin of a few pixels would waste a third of 16.
    inset = 10.0 if detailed else 4.0
    _paint_background(painter, inset)
    _paint_page(painter, detailed)
    _paint_bubble(painter, detailed)
    painter.restore()


def _paint_background(painter: QPainter, inset: float) -> None:
    square = QRectF(inset, inset, UNITS - 2 * inset, UNITS - 2 * inset)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0.0, QColor(ACCENT_LIGHT))
    gradient.setColorAt(0.55, QColor(ACCENT))
    gradient.setColorAt(1.0, QColor(ACCENT_DARK))
    painter.setPen(QPen(QColor(0, 0, 0, 0), 0))
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(square, 52, 52)


def _paint_page(painter: QPainter, detailed: bool) -> None:
    left, top, right, bottom, fold = 58.0, 44.0, 170.0, 196.0, 34.0
    page = QPainterPath()
    page.moveTo(left + 10, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom - 10)
    page.quadTo(right, bottom, right - 10, bottom)
    page.lineTo(left + 10, bottom)
    page.quadTo(left, bottom, left, bottom - 10)
    page.lineTo(left, top + 10)
    page.quadTo(left, top, left + 10, top)
    page.closeSubpath()
    painter.setBrush(QColor(PAGE))
    painter.drawPath(page)

    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold - 6)
    corner.quadTo(right - fold, top + fold, right - fold + 6, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    painter.setBrush(QColor(PAGE_FOLD))
    painter.drawPath(corner)

    if detailed:
        painter.setBrush(QColor(PAGE_LINES))
        for y, width in ((96, 82), (120, 90), (144, 56)):
            painter.drawRoundedRect(QRectF(left + 20, y, width, 11), 5.5, 5.5)


def _paint_bubble(painter: QPainter, detailed: bool) -> None:
    box = QRectF(118, 132, 100, 72)
    bubble = QPainterPath()
    bubble.addRoundedRect(box, 24, 24)
    tail = QPainterPath()
    tail.moveTo(box.left() + 22, box.bottom() - 4)
    tail.lineTo(box.left() + 8, box.bottom() + 22)
    tail.lineTo(box.left() + 46, box.bottom() - 4)
    tail.closeSubpath()
    bubble = bubble.united(tail)
    # A ring of the background's colour parts the bubble from the page at every size.
    painter.setPen(QPen(QColor(ACCENT_DARK), 10))
    painter.setBrush(QColor(BUBBLE))
    painter.drawPath(bubble)
    painter.setPen(QPen(QColor(0, 0, 0, 0), 0))
    if detailed:
        painter.setBrush(QColor(BUBBLE_DOTS))
        for x in (box.center().x() - 26, box.center().x(), box.center().x() + 26):
            painter.drawEllipse(QPointF(x, box.center().y()), 8.5, 8.5)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    paint_icon(painter, size)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An icon entry as Windows' classic DIB: a BITMAPINFOHEADER, 32-bit BGRA rows bottom-up,
    then the 1-bit AND mask (all zero: the alpha channel says what is transparent). Small sizes
    go in this form, since some Windows components read no PNG entries below 256 px."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory, little-endian
    row_bytes = size * 4
    rows = bytes(argb.constBits())
    stride = argb.bytesPerLine()
    pixels = b"".join(rows[y * stride : y * stride + row_bytes] for y in reversed(range(size)))
    mask = bytes(((size + 31) // 32) * 4 * size)  # rows padded to 32 bits
    # The height is doubled: the colour image and the AND mask, as the ICO format wants.
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels + mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico holding one entry per image: PNG for 256 px (Vista and later), DIB below."""
    entries = [png_bytes(image) if image.width() >= 256 else bmp_entry(image) for image in images]
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = len(directory) + 16 * len(images)
    for image, entry in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(entry), offset)
        offset += len(entry)
    return directory + b"".join(entries)


def svg_bytes() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, 256, 256))
    generator.setTitle("Lokal")
    generator.setDescription("Lokal app icon (build/make_icons.py)")
    painter = QPainter(generator)
    paint_icon(painter, 256)
    painter.end()
    buffer.close()
    # QSvgGenerator gives the size in millimetres (at 72 dpi); icon themes expect pixels.
    svg = bytes(data.data()).decode("utf-8")
    svg = re.sub(
        r'<svg width="[^"]*" height="[^"]*"', '<svg width="256" height="256"', svg, count=1
    )
    return svg.encode("utf-8")


def write_atomically(path: Path, content: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(content)
    partial.replace(path)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    outputs = {"lokal.svg": svg_bytes(), "lokal.ico": ico_bytes([render(s) for s in ICO_SIZES])}
    outputs.update({name: png_bytes(render(size)) for name, size in PNG_SIZES.items()})
    for name, content in outputs.items():
        write_atomically(ICONS_DIR / name, content)
        print(f"{ICONS_DIR.relative_to(ROOT) / name}: {len(content):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
