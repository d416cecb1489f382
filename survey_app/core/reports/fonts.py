"""The TrueType fonts embedded in every printout: DejaVu Sans, shipped in `resources/fonts/`.

reportlab's built-in PDF fonts cannot print every character a French form holds (œ, the narrow
no-break space of « 12 % », the euro sign, the ballot box ☐ of the paper form). `register_fonts()`
registers DejaVu Sans (regular, bold, oblique) once per process, from the folder bundled with the
app (`survey_app.paths.bundled_dir('resources')`, so it works from a checkout, a wheel or a frozen
bundle), and names the family so `<b>` and `<i>` work in paragraphs. A missing or damaged font file
is a `ReportError` naming the file. It also switches reportlab.graphics to its production mode
(`rl_config.shapeChecking = 0`: no type check on every attribute of every shape, which otherwise
takes about half the time of building the sheets' charts); the app has no other reportlab user.
"""

from __future__ import annotations

import threading

from survey_app.core.reports.errors import ReportError

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FAMILY = "DejaVu"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        from survey_app.paths import bundled_dir

        folder = bundled_dir("resources") / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise ReportError(f"Police de caractères introuvable : « {path} ». Réinstallez l'application.", path)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as exc:
                raise ReportError(f"Police de caractères illisible : « {path} » ({exc}).", path) from exc
        for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT_ITALIC), (1, 1, FONT_BOLD)):
            addMapping(FAMILY, bold, italic, name)
            addMapping(FONT, bold, italic, name)
        rl_config.shapeChecking = 0
        _registered = True
