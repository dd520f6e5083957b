"""Makes the app icon in every format the OSes need from resources/icons/grantscope.svg: PNGs, .ico, .icns.

`uv run packaging/icons.py [OUT_DIR]` (default build/icons). build_bundle.py runs it before PyInstaller; nothing
binary is committed. Rendering uses Qt's QSvgRenderer (already a dependency); .ico and .icns are written
here: both are small containers of PNG images.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "grantscope.svg"
#: Linux hicolor theme sizes (plus the SVG itself as "scalable").
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows: 256 is the largest an .ico holds; the small ones are what Explorer and the taskbar show.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS: PNG-compressed icon types of an .icns and the pixel size of each.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size×size PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive for later calls
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico with one PNG-compressed image per size (understood by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG-compressed entries (the types macOS 10.7+ reads)."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    """Writes grantscope-<N>.png for PNG_SIZES, grantscope.ico, grantscope.icns and grantscope.svg into out."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = out / f"grantscope-{size}.png"
        path.write_bytes(pngs[size])
        written[f"png{size}"] = path
    written["ico"] = out / "grantscope.ico"
    written["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written["icns"] = out / "grantscope.icns"
    written["icns"].write_bytes(icns_bytes(pngs))
    written["svg"] = out / "grantscope.svg"
    written["svg"].write_bytes(svg.read_bytes())
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make_icons(target).values():
        print(path)
