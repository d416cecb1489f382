"""The surveyor's main window: arranges the panes, menus, actions and status bar, and wires them together.

Left, the campaign tree with its filter and search (`CampaignView`); right, the selected dwelling and
its buttons (`DwellingView`); in place of both while an interview is open, the interview page
(`InterviewHost`). The work itself is done by the controllers it holds: `Workspace` (store, model,
visits), `VisitActions` (one-key outcomes), `InterviewLauncher` (open or start an interview) and
`ConsultantMenu`. Keyboard first: arrows and Enter in the tree, one letter per visit outcome,
Ctrl+F to search, Escape back to the list; the window title names the store, the status bar counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from survey_app import APP_NAME, __version__
from survey_app.core.store.records import DwellingRow
from survey_app.gui import icons
from survey_app.gui.campaign_browser import CampaignBrowser
from survey_app.gui.consultant_menu import ConsultantMenu
from survey_app.gui.dialogs.help_dialog import HelpDialog
from survey_app.gui.interview_launcher import InterviewLauncher, OpenedInterview
from survey_app.gui.models.campaign_tree import dwelling_title
from survey_app.gui.models.filters import status_filters
from survey_app.gui.settings import UiSettings
from survey_app.gui.surveyor_setup import ask_surveyor
from survey_app.gui.views.campaign_view import CampaignView
from survey_app.gui.views.dwelling_view import DwellingView
from survey_app.gui.views.interview_host import InterviewHost
from survey_app.gui.visit_actions import VisitActions
from survey_app.gui.workspace import Workspace

FILTER_SHORTCUTS = ("Ctrl+0", "Ctrl+1", "Ctrl+2", "Ctrl+3")
NO_INTERVIEW_MODULE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "La saisie des entretiens n'est pas disponible dans cette installation (module « interview » absent). "
    "L'entretien a bien été créé : il pourra être rempli avec une version complète de l'application.",
)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: UiSettings, *, launcher: InterviewLauncher | None = None,
                 today: Any = dt.date.today, load: bool = True, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace, self.settings, self._today = workspace, settings, today
        self.setWindowTitle(f"{APP_NAME} — {workspace.store_name}")
        self.setWindowIcon(icons.app_icon())
        self.campaign, self.details, self.host = CampaignView(), DwellingView(), InterviewHost()
        self.browser = CampaignBrowser(workspace, self.campaign, self.details, today=today, parent=self)
        self.tree = self.campaign.tree
        self.visit_actions = VisitActions(workspace, self.current_dwelling, self)
        self.launcher = launcher or InterviewLauncher(workspace, parent=self)
        self.consultant = ConsultantMenu(workspace, settings, self)
        self._interview_dwelling: str | None = None
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._connect()
        self.browser.want(settings.last_dwelling(str(workspace.store.device_id)))
        geometry = settings.geometry()
        self.fills_screen = geometry is None or not self.restoreGeometry(geometry)
        if self.fills_screen:  # first run: the field laptop's 1366x768, or the whole of a smaller screen
            screen = self.screen().availableGeometry()
            self.resize(min(1366, screen.width()), min(768, screen.height()))
        self.campaign.show_state("loading")
        if load:  # else the caller hands the tree over with `workspace.adopt(tree)`
            self.workspace.reload()

    # -- construction ----------------------------------------------------------------------------------

    def _action(self, icon: str, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(icons.icon(icon) if icon else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.interview_action = self._action(
            "action_interview", self.tr("Commencer / reprendre l'entretien") + "\t" + self.tr("Entrée"), self.open_interview
        )
        self.refresh_action = self._action("action_refresh", self.tr("&Actualiser la liste"), self.workspace.reload, "F5")
        self.surveyor_action = self._action("action_surveyor", self.tr("&Changer d'enquêteur…"), self.change_surveyor)
        self.quit_action = self._action("action_quit", self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)
        self.search_action = self._action("action_search", self.tr("&Rechercher…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.guide_action = self._action("action_help", self.tr("Guide de l'&enquêteur"), lambda: self.show_help("enqueteur"), "F1")
        self.consultant_guide_action = self._action("action_guide", self.tr("Guide du &consultant"), lambda: self.show_help("consultant"))
        self.about_action = self._action("action_about", self.tr("À &propos"), self.show_about)
        self.filter_group = QActionGroup(self)
        self.filter_actions: dict[str, QAction] = {}
        for position, item in enumerate(status_filters()):
            shortcut = FILTER_SHORTCUTS[position] if position < len(FILTER_SHORTCUTS) else None
            action = self._action("", item.label, lambda _checked=False, key=item.key: self.set_filter(key), shortcut)
            action.setCheckable(True)
            action.setChecked(item.key == "tous")
            self.filter_group.addAction(action)
            self.filter_actions[item.key] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addActions([self.surveyor_action, self.refresh_action])
        file_menu.addSeparator()
        file_menu.addActions(self.consultant.file_actions)  # « Exporter mes enquêtes… », paquet de retour
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        visit_menu = bar.addMenu(self.tr("&Passage"))
        visit_menu.addAction(self.interview_action)
        visit_menu.addSeparator()
        visit_menu.addActions(list(self.visit_actions.actions.values()))
        visit_menu.addSeparator()
        visit_menu.addAction(self.visit_actions.undo_action)
        view_menu = bar.addMenu(self.tr("Aff&icher"))
        view_menu.addAction(self.search_action)
        view_menu.addSeparator()
        view_menu.addActions(list(self.filter_actions.values()))
        bar.addMenu(self.consultant.menu)
        help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.addActions([self.guide_action, self.consultant_guide_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.campaign)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 540])
        self.details.set_outcome_actions(list(self.visit_actions.actions.values()), self.visit_actions.undo_action)
        self.details.interview_button.clicked.connect(self.open_interview)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.host)
        self.setCentralWidget(self.pages)
        self.host.back_button.clicked.connect(self.back_to_list)
        self.host.escape_pressed.connect(self.back_to_list)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.surveyor_label = QLabel()
        self.surveyor_label.setStyleSheet("padding-left: 12px; border-left: 1px solid #94a3b8; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.surveyor_label)
        self._show_surveyor()

    def _connect(self) -> None:
        ws = self.workspace
        ws.loaded.connect(self._update_counts)
        ws.dwelling_changed.connect(self._update_counts)
        ws.failed.connect(self.show_error)
        ws.runner.failed.connect(self.show_error)  # store errors of tasks with no handler (e.g. an autosave)
        ws.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.launcher.opened.connect(self._interview_opened)
        self.launcher.failed.connect(self.show_error)
        self.browser.selection_changed.connect(self._selection_changed)
        self.browser.dwelling_activated.connect(self.open_interview)
        self.browser.filter_changed.connect(lambda key: self.filter_actions[key].setChecked(True))

    # -- the campaign list -------------------------------------------------------------------------------

    def current_dwelling(self) -> DwellingRow | None:
        """The selected dwelling, when the list is showing (the visit and interview actions act on it)."""
        return self.browser.current() if self.pages.currentWidget() is self.splitter else None

    def set_filter(self, key: str) -> None:
        self.browser.set_filter(key)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.splitter:
            self.browser.focus_search()

    def _selection_changed(self) -> None:
        row = self.browser.current()
        if row is not None:
            self.settings.set_last_dwelling(str(self.workspace.store.device_id), row.id)
        self._update_actions()

    def _update_actions(self) -> None:
        on_list = self.pages.currentWidget() is self.splitter
        has_dwelling = on_list and self.current_dwelling() is not None
        self.interview_action.setEnabled(has_dwelling and not self.launcher.busy)
        self.details.interview_button.setEnabled(has_dwelling and not self.launcher.busy)
        self.visit_actions.update_enabled(on_list)
        for action in (self.search_action, self.refresh_action, self.surveyor_action, *self.filter_actions.values(),
                       *self.consultant.file_actions):
            action.setEnabled(on_list)
        self.consultant.menu.setEnabled(on_list)

    def _update_counts(self) -> None:
        self.counts_label.setText(self.browser.counts_text())

    def _show_surveyor(self) -> None:
        self.surveyor_label.setText(self.tr("Enquêteur : {name}").format(name=self.workspace.surveyor))

    # -- interviews -----------------------------------------------------------------------------------

    def open_interview(self) -> None:
        row = self.current_dwelling()
        if row is None or self.launcher.busy:
            return
        self.statusBar().showMessage(self.tr("Ouverture de l'entretien…"))
        self.launcher.open(row.id)
        self._update_actions()

    def _interview_opened(self, opened: OpenedInterview, panel: QWidget | None) -> None:
        self.statusBar().clearMessage()
        self._interview_dwelling = opened.dwelling.id
        title = f"{dwelling_title(opened.dwelling)} — {opened.dwelling.location_label}"
        if panel is None:
            self.host.show_message(self.tr(NO_INTERVIEW_MODULE), title)
        else:
            self.host.show_panel(panel)  # the interview shows the dwelling in its own header
            if hasattr(panel, "closed"):
                panel.closed.connect(self._leave_interview)
            if hasattr(panel, "finished"):
                panel.finished.connect(lambda interview_id, d=opened.dwelling.id: self.workspace.interview_finished(d, interview_id))
        self.pages.setCurrentWidget(self.host)
        self._update_actions()
        (panel or self.host.back_button).setFocus()

    def back_to_list(self) -> None:
        panel = self.host.panel
        close = getattr(panel, "close_interview", None)
        if callable(close):
            close()  # saves what is pending, then emits closed() -> _leave_interview
        if self.host.panel is panel or panel is None:
            self._leave_interview()

    def _leave_interview(self) -> None:
        if self.pages.currentWidget() is not self.host:
            return
        self.host.clear()
        self.pages.setCurrentWidget(self.splitter)
        if self._interview_dwelling is not None:
            self.workspace.refresh_dwelling(self._interview_dwelling)
            self.browser.select_dwelling(self._interview_dwelling)
        self._interview_dwelling = None
        self._update_actions()
        self.tree.setFocus()

    # -- other commands -----------------------------------------------------------------------------------

    def change_surveyor(self) -> None:
        def changed(name: str | None) -> None:
            if name:
                self.workspace.surveyor = name
                self._show_surveyor()

        ask_surveyor(self.workspace.runner, self.workspace.store, self.settings, self, changed, current=self.workspace.surveyor)

    def show_help(self, which: str) -> None:
        title = self.tr("Guide de l'enquêteur") if which == "enqueteur" else self.tr("Guide du consultant")
        HelpDialog(which, title, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos"),
            self.tr("{app} {version}\nEnquêtes porte-à-porte sur l'énergie dans le logement.\nBase ouverte : {path}").format(
                app=APP_NAME, version=__version__, path=self.workspace.store.path
            ),
        )

    def show_error(self, message: str) -> None:
        self._update_actions()
        QMessageBox.warning(self, APP_NAME, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.currentWidget() is self.host:
            self.back_to_list()
        self.settings.set_geometry(self.saveGeometry())
        self.workspace.runner.drain()
        event.accept()
