"""The package manifest: what a package says about itself, written as JSON and checked field by field on read.

The manifest names the format and its version, the kind of package ('enquetes': a laptop's data for
the master; 'retour': the master's news for the laptops), the device and surveyor, the application and
schema versions, the questionnaires (id, version, hash, number of interviews), row counts, the
creation time, and the name, size and SHA-256 of the SQLite file it travels with. `describe` computes
the facts from the snapshot file itself, so the manifest always matches the content. `parse` refuses
anything that is not exactly this shape (a hostile or foreign JSON file never gets further).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from survey_app.core.merge import errors

FORMAT = "enquete-habitat-paquet"
FORMAT_VERSION = 1
KINDS = ("enquetes", "retour")
KIND_LABELS = {"enquetes": "paquet d'enquêtes", "retour": "paquet de retour pour les portables"}
MANIFEST_NAME = "manifest.json"
CONTENT_NAME = "store.sqlite"
MAX_MANIFEST_BYTES = 1_000_000
_TEXT_LIMIT = 200


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    version: str
    hash: str
    interviews: int


@dataclass(frozen=True)
class Manifest:
    package_id: str
    kind: str
    created_at: str  # UTC, ISO 8601
    app_version: str
    schema_version: int
    device_id: str
    device_name: str
    surveyor: str | None
    surveyors: tuple[str, ...]
    forms: tuple[FormInfo, ...]
    counts: dict[str, int]
    content_size: int
    content_sha256: str
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape written into the package (device and content as objects)."""
        data = asdict(self)
        data["device"] = {"id": data.pop("device_id"), "name": data.pop("device_name")}
        data["content"] = {"name": CONTENT_NAME, "size": data.pop("content_size"), "sha256": data.pop("content_sha256")}
        return data


def _clean(text: Any) -> str:
    """A display-safe string: no control characters, bounded length."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in str(text))
    return cleaned[:_TEXT_LIMIT]


def _need(data: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise errors.foreign(path, f"manifeste sans « {key} » valide")
    return value


def parse(raw: bytes, path: Path, *, known_schema: int) -> Manifest:
    """Check and read a manifest; newer formats or schemas are refused with their own message."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise errors.foreign(path, f"manifeste illisible : {type(exc).__name__}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise errors.foreign(path, "format inconnu")
    fmt_version = _need(data, "format_version", int, path)
    if fmt_version > FORMAT_VERSION:
        raise errors.too_recent(path, "format de paquet", fmt_version, FORMAT_VERSION)
    schema = _need(data, "schema_version", int, path)
    if schema > known_schema:
        raise errors.too_recent(path, "schéma de base", schema, known_schema)
    if schema < 1:
        raise errors.foreign(path, f"schéma {schema}")
    kind = _need(data, "kind", str, path)
    if kind not in KINDS:
        raise errors.foreign(path, f"type de paquet « {_clean(kind)} »")
    device = _need(data, "device", dict, path)
    content = _need(data, "content", dict, path)
    if content.get("name") != CONTENT_NAME:
        raise errors.foreign(path, "contenu inattendu")
    size, sha = content.get("size"), content.get("sha256")
    if not isinstance(size, int) or size <= 0 or not isinstance(sha, str) or len(sha) != 64:
        raise errors.foreign(path, "empreinte du contenu absente")
    forms = []
    for item in data.get("forms") or []:
        if not isinstance(item, dict):
            raise errors.foreign(path, "liste des questionnaires invalide")
        forms.append(FormInfo(_clean(item.get("form_id", "")), _clean(item.get("version", "")),
                              _clean(item.get("hash", "")), int(item.get("interviews") or 0)))  # fmt: skip
    counts = data.get("counts") or {}
    if not isinstance(counts, dict):
        raise errors.foreign(path, "compteurs invalides")
    surveyor = data.get("surveyor")
    return Manifest(
        package_id=_clean(_need(data, "package_id", str, path)),
        kind=kind,
        created_at=_clean(_need(data, "created_at", str, path)),
        app_version=_clean(data.get("app_version", "?")),
        schema_version=schema,
        device_id=_clean(device.get("id", "")),
        device_name=_clean(device.get("name", "")),
        surveyor=_clean(surveyor) if isinstance(surveyor, str) and surveyor else None,
        surveyors=tuple(_clean(s) for s in data.get("surveyors") or [] if isinstance(s, str)),
        forms=tuple(forms),
        counts={_clean(k): int(v) for k, v in counts.items() if isinstance(v, int) and not isinstance(v, bool)},
        content_size=size,
        content_sha256=sha.lower(),
        format_version=fmt_version,
    )


def to_document(manifest: Manifest) -> bytes:
    """The JSON bytes written into the package."""
    return json.dumps(manifest.as_dict(), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def _scalar(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0] or 0)


def describe(snapshot: Path) -> dict[str, Any]:
    """Facts read from the snapshot itself: device, schema, forms, surveyors, counts."""
    conn = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        device_id = meta.get("device_id", "")
        row = conn.execute("SELECT name FROM devices WHERE id = ?", (device_id,)).fetchone()
        forms = [
            FormInfo(str(f), str(v), str(h), int(n))
            for f, v, h, n in conn.execute(
                "SELECT form_id, form_version, form_hash, count(*) FROM interviews "
                "GROUP BY form_id, form_version, form_hash ORDER BY form_id, form_version"
            )
        ]
        surveyors = [r[0] for r in conn.execute(
            "SELECT DISTINCT s.name FROM surveyors s WHERE s.id IN (SELECT surveyor_id FROM interviews "
            "UNION SELECT surveyor_id FROM visits WHERE device_id = ?) ORDER BY s.name", (device_id,)
        )]  # fmt: skip
        counts = {
            "logements": _scalar(conn, "SELECT count(*) FROM dwellings"),
            "visites": _scalar(conn, "SELECT count(*) FROM visits WHERE deleted_at IS NULL"),
            "visites_supprimees": _scalar(conn, "SELECT count(*) FROM visits WHERE deleted_at IS NOT NULL"),
            "entretiens": _scalar(conn, "SELECT count(*) FROM interviews WHERE deleted_at IS NULL"),
            "entretiens_supprimes": _scalar(conn, "SELECT count(*) FROM interviews WHERE deleted_at IS NOT NULL"),
        }
        if _scalar(conn, "SELECT count(*) FROM sqlite_master WHERE name = 'field_interviews'"):
            counts["statuts_entretiens"] = _scalar(conn, "SELECT count(*) FROM field_interviews")
            counts["affectations"] = _scalar(conn, "SELECT count(*) FROM assignments WHERE surveyor_id IS NOT NULL")
    finally:
        conn.close()
    return {
        "schema_version": int(meta.get("schema_version", 0)),
        "device_id": device_id,
        "device_name": row[0] if row else "",
        "forms": tuple(forms),
        "surveyors": tuple(surveyors),
        "counts": counts,
    }
