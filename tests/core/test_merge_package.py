"""Package files: what a package holds, and every way a bad file is refused with a French message naming it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile

import pytest

from survey_app.core.merge import (
    PackageError,
    default_file_name,
    hand_in_status,
    open_package,
    read_manifest,
    write_package,
)
from survey_app.core.store import SCHEMA_VERSION
from tests.core.merge_support import FORM, FORM_V2, interview, laptop, rezip


@pytest.fixture
def marie(tmp_path):
    store = laptop(tmp_path, "PC-Marie")
    interview(store, 0, "Marie")
    interview(store, 1, "Marie", form=FORM_V2)
    visit = store.record_visit(store.list_dwellings()[2].id, "absent", "Marie")
    store.delete_visit(visit.id, surveyor="Marie")
    yield store
    store.close()


def test_package_is_a_zip_of_manifest_and_snapshot_with_its_sha256(marie, tmp_path):
    # The store stays open (its last commits are still in the WAL): the snapshot must include them.
    written = write_package(marie, tmp_path / "marie.enqpkg", surveyor="Marie")
    with zipfile.ZipFile(written.path) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "store.sqlite"]
        data = json.loads(zf.read("manifest.json"))
        db = zf.read("store.sqlite")
    assert data["format"] == "enquete-habitat-paquet" and data["kind"] == "enquetes"
    assert data["content"]["sha256"] == hashlib.sha256(db).hexdigest() and data["content"]["size"] == len(db)
    assert data["device"] == {"id": marie.device_id, "name": "PC-Marie"}
    assert data["surveyor"] == "Marie" and data["surveyors"] == ["Marie"]
    assert data["schema_version"] == SCHEMA_VERSION and data["app_version"]
    assert {(f["version"], f["interviews"]) for f in data["forms"]} == {(FORM[1], 1), (FORM_V2[1], 1)}
    assert data["counts"]["entretiens"] == 2 and data["counts"]["visites"] == 2
    assert data["counts"]["visites_supprimees"] == 1 and data["counts"]["logements"] == 35
    with open_package(written.path) as opened:
        conn = sqlite3.connect(opened.database)
        assert conn.execute("SELECT count(*) FROM interviews").fetchone() == (2,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        conn.close()
    assert read_manifest(written.path).content_sha256 == data["content"]["sha256"]


def test_existing_file_is_not_overwritten_unless_asked(marie, tmp_path):
    dest = tmp_path / "p.enqpkg"
    dest.write_bytes(b"precious")
    with pytest.raises(PackageError) as err:
        write_package(marie, dest)
    assert err.value.code == "existe" and str(dest) in err.value.message
    assert dest.read_bytes() == b"precious"
    write_package(marie, dest, overwrite=True)
    assert read_manifest(dest).device_name == "PC-Marie"
    assert sorted(p.name for p in tmp_path.iterdir() if "enqpkg" in p.name) == ["p.enqpkg"], "no temp left"


def test_missing_destination_folder_and_cancel_leave_nothing(marie, tmp_path):
    with pytest.raises(PackageError) as err:
        write_package(marie, tmp_path / "absent" / "p.enqpkg")
    assert err.value.code == "introuvable" and "absent" in err.value.message
    assert not (tmp_path / "absent").exists()
    with pytest.raises(PackageError) as err:
        write_package(marie, tmp_path / "p.enqpkg", cancel=lambda: True)
    assert err.value.code == "annule"
    assert [p for p in tmp_path.iterdir() if p.name.startswith((".p.enqpkg", "p.enqpkg"))] == []


def test_hand_in_status_counts_what_changed_since_the_last_package(marie, tmp_path):
    assert "Aucun paquet" in hand_in_status(marie).format()
    write_package(marie, tmp_path / "p1.enqpkg")
    status = hand_in_status(marie)
    assert status.last.file_name == "p1.enqpkg" and (status.interviews_changed, status.visits_changed) == (0, 0)
    assert "tout a été remis" in status.format()
    marie.save_answer(marie.list_interviews()[0].id, ("q1",), 5, surveyor="Marie")
    marie.record_visit(marie.list_dwellings()[5].id, "absent", "Marie")
    status = hand_in_status(marie)
    assert (status.interviews_changed, status.visits_changed) == (1, 1)
    assert "1 entretien(s) et 1 visite(s)" in status.format()


@pytest.fixture
def good(marie, tmp_path):
    return write_package(marie, tmp_path / "good.enqpkg").path


def _refused(path, code):
    with pytest.raises(PackageError) as err:
        with open_package(path):
            pass
    assert err.value.code == code, err.value.message
    assert str(path) in err.value.message
    assert "Traceback" not in err.value.message
    return err.value.message


def test_mistyped_path_is_reported_and_never_created(tmp_path):
    missing = tmp_path / "paquet-marie.enqpkg"
    assert "introuvable" in _refused(missing, "introuvable")
    assert not missing.exists()
    _refused(tmp_path, "introuvable")


def test_empty_truncated_and_foreign_files_are_refused(good, tmp_path):
    empty = tmp_path / "vide.enqpkg"
    empty.write_bytes(b"")
    assert "0 octet" in _refused(empty, "illisible")
    truncated = tmp_path / "tronque.enqpkg"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(truncated, "illisible")
    text = tmp_path / "notes.enqpkg"
    text.write_text("bonjour", encoding="utf-8")
    _refused(text, "etranger")
    other_zip = tmp_path / "photos.enqpkg"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    _refused(other_zip, "etranger")
    hostile = rezip(good, tmp_path / "hostile.enqpkg", manifest=lambda m: {**m, "format": "\x1b[31m" + "x" * 10_000})
    message = _refused(hostile, "etranger")
    assert "\x1b" not in message and len(message) < 1000


def test_damaged_content_is_refused(good, tmp_path):
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("store.sqlite")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    raw[middle] ^= 0xFF
    damaged = tmp_path / "abime.enqpkg"
    damaged.write_bytes(bytes(raw))
    with pytest.raises(PackageError) as err:
        with open_package(damaged):
            pass
    assert err.value.code in ("illisible", "altere")


def test_tampered_content_is_refused_by_its_sha256(good, tmp_path):
    with zipfile.ZipFile(good) as zf:
        db = bytearray(zf.read("store.sqlite"))
    db[-100] ^= 0x01  # same size, different bytes, valid ZIP: only the SHA-256 can tell
    tampered = rezip(good, tmp_path / "modifie.enqpkg", content=bytes(db))
    assert "SHA-256" in _refused(tampered, "altere")
    bigger = rezip(good, tmp_path / "gonfle.enqpkg", content=bytes(db) + b"\0" * 10)
    _refused(bigger, "altere")


def test_newer_schema_or_format_is_refused_with_an_update_hint(good, tmp_path):
    newer = rezip(good, tmp_path / "futur.enqpkg", manifest=lambda m: {**m, "schema_version": SCHEMA_VERSION + 1})
    assert "plus récente" in _refused(newer, "trop_recent")
    newer_format = rezip(good, tmp_path / "format.enqpkg", manifest=lambda m: {**m, "format_version": 99})
    assert "Mettez l'application à jour" in _refused(newer_format, "trop_recent")


def test_wrong_kind_is_refused(good):
    with pytest.raises(PackageError) as err:
        with open_package(good, expected_kind="retour"):
            pass
    assert err.value.code == "mauvais_type" and "survey-app merge" in err.value.message


def test_extracted_database_is_removed_afterwards(good, tmp_path):
    work = tmp_path / "travail"
    work.mkdir()
    with open_package(good, work_dir=work) as opened:
        assert opened.database.exists()
    assert list(work.iterdir()) == []


def test_default_file_name_is_safe_and_telling(marie):
    name = default_file_name(marie, surveyor="Marie / Inès")
    assert name.startswith("enquetes-Marie-Inès-PC-Marie-") and name.endswith(".enqpkg")
    assert "/" not in name and " " not in name
    assert default_file_name(marie, kind="retour").startswith("retour-PC-Marie-")
