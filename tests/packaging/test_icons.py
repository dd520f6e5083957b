"""Icons for every OS are generated from resources/icons/grantscope.svg: PNG sizes, a valid .ico and .icns."""

from __future__ import annotations

import struct
from pathlib import Path

from icons import ICNS_TYPES, ICO_SIZES, PNG_SIZES, make_icons
from PySide6.QtGui import QImage


def _png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "not a readable PNG"
    return image.width(), image.height()


def test_icons_in_every_format(qapp, tmp_path: Path) -> None:  # qapp: the suite's QApplication renders
    written = make_icons(tmp_path)
    for size in PNG_SIZES:
        assert _png_size(written[f"png{size}"].read_bytes()) == (size, size)
    big = QImage(str(written["png256"]))
    assert big.pixelColor(128, 128).alpha() == 255  # the drawing is there, not a blank square

    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    seen = []
    for i in range(count):
        w, h, _c, _r, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        size = w or 256
        assert (planes, bpp) == (1, 32)
        assert _png_size(ico[offset:offset + length]) == (size, size)
        seen.append(size)
    assert sorted(seen) == sorted(ICO_SIZES)

    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, kinds = 8, []
    while pos < len(icns):
        kind, length = icns[pos:pos + 4].decode("ascii"), struct.unpack_from(">I", icns, pos + 4)[0]
        expected = dict(ICNS_TYPES)[kind]
        assert _png_size(icns[pos + 8:pos + length]) == (expected, expected)
        kinds.append(kind)
        pos += length
    assert kinds == [k for k, _s in ICNS_TYPES]
