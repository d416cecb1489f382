"""The consultant's screens for `tools/screenshots.py`: packages, merge, review, Excel export and printouts.

`SHOTS` maps a shot name to a function taking the screenshot `Context` (demo store, inline runner,
temp settings) and returning the widget to grab; `tools/screenshots.py` adds them to its own list.
`_master` makes, once per run, a master store merged twice from the demo laptop, with one interview
in conflict (edited on the master and on the laptop) and one dwelling surveyed twice, plus a damaged
package, so the merge report and the review screen have something to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

SHOTS: dict[str, Callable[[Any], QWidget]] = {}


def shot(name: str) -> Callable[[Callable[[Any], QWidget]], Callable[[Any], QWidget]]:
    def register(function: Callable[[Any], QWidget]) -> Callable[[Any], QWidget]:
        SHOTS[name] = function
        return function

    return register


def _dialog(ctx: Any, dialog: QWidget) -> QWidget:
    dialog.show()
    ctx.keep.append(dialog)
    ctx.settle()
    return dialog


def _dwelling(ctx: Any, status: str) -> Any:
    return next(r for r in ctx.store.list_dwellings() if r.status == status)


_MASTERS: dict[str, Any] = {}


def _master(ctx: Any) -> tuple[Any, Any, list[Path]]:
    """A master store merged from the demo laptop twice, with one conflict and one duplicate (made once)."""
    key = str(ctx.folder)
    if key in _MASTERS:
        return _MASTERS[key]
    from survey_app.core.merge import merge_packages, write_package
    from survey_app.core.store import Store

    laptop = ctx.store
    first = write_package(laptop, ctx.folder / "enquetes-Camille-PC-03-lundi.enqpkg", surveyor="Camille Martin").path
    master = Store.create(ctx.folder / "maitre.db", device_name="PC-Bureau")
    merge_packages(master, [first])
    done = [i for i in laptop.list_interviews(status="termine")]
    target, twice = done[0], done[1]
    answers = laptop.get_interview(target.id).answers
    master.save_answer(target.id, ("temp_sejour",), 21.0, surveyor="Claire Consultante")
    master.save_answer(target.id, ("chauff_suffisant",), "1", surveyor="Claire Consultante")
    laptop.save_answer(target.id, ("temp_sejour",), 18.5, surveyor="Camille Martin")
    laptop.save_answer(target.id, ("commentaire",), "Radiateur de la chambre froid même réglé au maximum.",
                       surveyor="Camille Martin")  # fmt: skip
    members = answers.get("membres") or []
    if members:
        laptop.save_answer(target.id, ("membres", 0, "age"), int(members[0].get("age") or 40) + 1,
                           surveyor="Camille Martin")  # fmt: skip
    other = dict(laptop.get_interview(twice.id).answers, repondant="2", nb_personnes=1, temp_sejour=17.5,
                 commentaire="Voisine rencontrée sur le palier, répond pour le ménage.")  # fmt: skip
    other["membres"] = (other.get("membres") or [{}])[:1]
    laptop.create_interview(twice.dwelling_id, twice.form_id, twice.form_version, twice.form_hash, "Camille Martin",
                            other, status="termine")  # fmt: skip
    second = write_package(laptop, ctx.folder / "enquetes-Camille-PC-03-mardi.enqpkg", surveyor="Camille Martin").path
    bad = ctx.folder / "paquet-abime.enqpkg"
    bad.write_bytes(first.read_bytes()[:4000])
    _MASTERS[key] = (master, merge_packages(master, [second, bad]), [first, second, bad])
    return _MASTERS[key]


@shot("menu_consultant")
def menu_consultant(ctx: Any) -> QWidget:
    window = ctx.main_window()
    menu = window.consultant.menu
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    ctx.keep.append(menu)
    ctx.settle()
    return menu


@shot("menu_fichier")
def menu_fichier(ctx: Any) -> QWidget:
    window = ctx.main_window()
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    ctx.keep.append(menu)
    ctx.settle()
    return menu


@shot("export_dialog")
def export_dialog(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.export_dialog import ExportDialog, read_sites

    dialog = ExportDialog(read_sites(ctx.store), ctx.settings)
    dialog.site_box.setCurrentIndex(1)
    dialog.status_boxes["brouillon"].setChecked(False)
    return _dialog(ctx, dialog)


@shot("hand_in_dialog")
def hand_in_dialog(ctx: Any) -> QWidget:
    from survey_app.core.merge import default_file_name, hand_in_status
    from survey_app.gui.dialogs.package_dialogs import HandInDialog

    _master(ctx)
    status = hand_in_status(ctx.store).format()
    return _dialog(ctx, HandInDialog(status, default_file_name(ctx.store, surveyor="Camille Martin"), ctx.settings))


@shot("merge_preview")
def merge_preview(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.merge_dialogs import MergePreviewDialog
    from survey_app.gui.dialogs.package_dialogs import read_entries

    master, _report, files = _master(ctx)
    return _dialog(ctx, MergePreviewDialog(read_entries(master, files), master.path.name))


@shot("merge_report")
def merge_report(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.merge_dialogs import MergeReportDialog

    return _dialog(ctx, MergeReportDialog(_master(ctx)[1]))


def _review(ctx: Any, kind: str) -> QWidget:
    from survey_app.gui.dialogs.review_dialog import ReviewDialog
    from survey_app.gui.workspace import Workspace

    master = _master(ctx)[0]
    dialog = ReviewDialog(Workspace(ctx.runner, master, "Claire Consultante"))
    row = next(r for r in range(dialog.items.count()) if dialog.items.item(r).text().startswith(kind))
    dialog.items.setCurrentRow(row)
    dialog.reason.setText("Vérifié par téléphone avec la locataire")
    return _dialog(ctx, dialog)


@shot("review_conflict")
def review_conflict(ctx: Any) -> QWidget:
    dialog = _review(ctx, "En conflit")
    combo = next(iter(dialog.table._combos.values()), None)
    if combo is not None:
        combo.setCurrentIndex(1)
    ctx.settle()
    return dialog


@shot("review_duplicate")
def review_duplicate(ctx: Any) -> QWidget:
    return _review(ctx, "Doublon")


@shot("review_settled")
def review_settled(ctx: Any) -> QWidget:
    """The conflict just settled: listed as « Résolu », its decision in the history, ready to be undone."""
    dialog = _review(ctx, "En conflit")
    dialog.keep_button.click()
    ctx.settle()
    return dialog


@shot("progress_dialog")
def progress_dialog(ctx: Any) -> QWidget:
    from survey_app.gui.long_task import ProgressDialog

    window = ctx.main_window()
    dialog = ProgressDialog("Export vers Excel : « export_enquete_habitat_2026-11-25.xlsx »…", "Annuler", window)
    dialog.setMaximum(1200)
    dialog.setValue(480)
    return _dialog(ctx, dialog)


@shot("building_report_dialog")
def building_report_dialog(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.report_dialog import BuildingReportDialog, read_places

    dialog = BuildingReportDialog(read_places(ctx.store), ctx.settings)
    dialog.site_box.setCurrentIndex(1)
    return _dialog(ctx, dialog)


@shot("round_sheet_dialog")
def round_sheet_dialog(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.report_dialog import Place, RoundSheetDialog, read_places

    row = _dwelling(ctx, "rendez_vous")
    selected = Place("", row.site_name, row.building_code)
    return _dialog(ctx, RoundSheetDialog(read_places(ctx.store), ctx.settings, selected))


@shot("paper_form_dialog")
def paper_form_dialog(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.report_dialog import PaperFormDialog

    return _dialog(ctx, PaperFormDialog(ctx.settings))


@shot("help_consultant")
def help_consultant(ctx: Any) -> QWidget:
    from survey_app.gui.dialogs.help_dialog import HelpDialog

    return _dialog(ctx, HelpDialog("consultant", "Guide du consultant"))
