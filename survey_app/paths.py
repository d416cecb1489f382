"""Where the app finds its bundled files (forms, resources) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from survey_app import APP_ID, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """Return the folder `forms` or `resources`, from a wheel, a frozen bundle or the checkout."""
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / name)
    candidates.append(_PACKAGE_DIR / "_bundled" / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def user_data_dir() -> Path:
    """The per-user data folder that holds the default store (not roamed on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, ORG_NAME, roaming=False))


DEFAULT_FORM = "enquete_habitat.xlsx"


def default_form_path() -> Path:
    """The campaign's default questionnaire, shipped with the app."""
    return bundled_dir("forms") / DEFAULT_FORM


def default_store_path() -> Path:
    """The laptop's default survey store, in the per-user data folder."""
    return user_data_dir() / "enquete.db"
