"""Build-time helper: render the application icon `resources/icons/app.svg` to `app.ico` and `app.png`.

Windows wants an .ico for the executable (PyInstaller's `icon=`) and for the setup program (NSIS
`MUI_ICON`); Linux menus take the PNG or the SVG itself. Each size of the .ico is rendered from the
SVG by Qt (no scaling blur at 16 px) and written with Pillow, both already dependencies of the app.
Usage: `python installer/make_icons.py OUTPUT_FOLDER`. The files are written under a temporary name
in the output folder, then renamed, so a failed run never leaves a truncated icon.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Icône illisible : « {svg} ».")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("Usage : python installer/make_icons.py DOSSIER_DE_SORTIE", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (needed to paint)
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    images = [Image.open(io.BytesIO(render_png(SOURCE, size))) for size in SIZES]
    ico = io.BytesIO()
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    _replace(out / "app.ico", ico.getvalue())
    _replace(out / "app.png", render_png(SOURCE, 256))
    print(f"Icônes écrites dans « {out} » : app.ico ({len(SIZES)} tailles), app.png.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
