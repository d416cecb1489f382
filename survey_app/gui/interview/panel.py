"""`InterviewPanel`: filling one interview, from loading it off the store to finishing it.

The panel loads the interview on the task runner, builds a `FormSession` from its answers (a new
interview is pre-filled from the dwelling and saved at once), cuts the form into pages and shows them
one at a time next to a side panel of pages. It wires the keyboard (Page Up / Down, F3 next open
question, F4 confirm a warning, Enter next question), autosaves through the `Autosaver`, remembers
the page and question, and handles finishing (summary, finished document, status « terminé ») and
reopening a finished interview. Signals: `closed()` when the surveyor leaves (everything saved),
`finished(interview_id)` once the interview is marked terminé.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from shiboken6 import isValid

from survey_app.core.engine import FormSession, SessionMeta
from survey_app.core.forms.model import Form
from survey_app.core.store.records import INTERVIEW_STATUSES, InterviewRecord
from survey_app.gui.interview.autosave import POSITION_KEY, Autosaver, format_position, json_safe, parse_position
from survey_app.gui.interview.binding import FormBinding
from survey_app.gui.interview.finish_dialog import FinishDialog
from survey_app.gui.interview.navigation import editor_targets, first_tab_stop, next_editor, question_of, repeat_of
from survey_app.gui.interview.page_list import PageListModel
from survey_app.gui.interview.page_view import PageView
from survey_app.gui.interview.pages import plan_pages
from survey_app.gui.interview.panel_chrome import PanelChrome
from survey_app.gui.interview.problems import next_open_key, summary_items
from survey_app.gui.interview.question_widget import QuestionWidget
from survey_app.gui.interview.styles import BASE_POINT_SIZE
from survey_app.gui.tasks import TaskRunner

Index = tuple[int, ...]
LOCKED_STATUSES = ("termine", "valide")
TITLE_FIELDS = ("id_logement", "adresse", "batiment", "entree", "porte")


class InterviewPanel(QWidget):
    closed = Signal()
    finished = Signal(str)

    def __init__(self, runner: TaskRunner, store, form: Form, interview_id: str, surveyor: str, prefill: dict,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.runner, self.store, self.form = runner, store, form
        self.interview_id, self.surveyor, self.prefill = interview_id, surveyor, dict(prefill or {})
        self.plan = plan_pages(form)
        self.session: FormSession | None = None
        self.binding: FormBinding | None = None
        self.model: PageListModel | None = None
        self.status = ""
        self.page_views: dict[int, PageView] = {}
        self.current_page: int | None = None
        self.current_key: tuple[str, Index] | None = None
        self.finish_dialog: FinishDialog | None = None
        self._closing = False
        self._syncing_list = False
        font = self.font()
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        self.ui = PanelChrome(self)
        self.autosave = Autosaver(runner, store, interview_id, surveyor, self)
        self.autosave.busy_changed.connect(self.ui.show_saving)
        self.autosave.failed.connect(self.ui.show_error)
        self.ui.previous_button.clicked.connect(self.previous_page)
        self.ui.next_button.clicked.connect(self.next_page)
        self.ui.open_button.clicked.connect(self.jump_to_open_question)
        self.ui.finish_button.clicked.connect(self.ask_finish)
        self.ui.close_button.clicked.connect(self.close_interview)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self._set_enabled(False)
        shortcuts = [
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence(Qt.Key.Key_F3), self.jump_to_open_question),
            (QKeySequence("Ctrl+J"), self.jump_to_open_question),
            (QKeySequence(Qt.Key.Key_F4), self.confirm_current_warning),
            (QKeySequence("Alt+T"), self.ask_finish),
            (QKeySequence("Alt+R"), self.reopen),
        ]
        for sequence, slot in shortcuts:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._load()

    # -- loading ----------------------------------------------------------------------------------
    def _load(self) -> None:
        self.runner.submit(self.store.get_interview, self.interview_id, on_done=self._loaded, on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        message = getattr(error, "message", None) or str(error)
        self.ui.title.setText(self.tr("Entretien impossible à ouvrir"))
        text = self.tr("L'entretien n'a pas pu être ouvert : {message}").format(message=message)
        self.ui.loading.setText(text)
        self.ui.show_error(text)

    def _loaded(self, record: InterviewRecord) -> None:
        if not isValid(self):
            return
        meta = SessionMeta(deviceid=str(self.store.device_id), username=self.surveyor, prefill=self.prefill)
        answers = {k: v for k, v in record.answers.items() if k != POSITION_KEY}
        self._teardown()
        if answers:
            self.session = FormSession(self.form, record.answers, meta=meta)
        else:
            self.session = FormSession(self.form, None, meta=meta)
        position = record.answers.get(POSITION_KEY)
        self.autosave.start(self.session, position if isinstance(position, str) else None)
        self.binding = FormBinding(self.session, self.plan, self.autosave, self)
        self.binding.load_counts(record.answers)
        if not answers:
            document = json_safe(self.session.to_document())
            self.autosave.run(self.store.save_document, document)
            self.binding.load_counts(document)
        self.binding.sync_structure()  # rows the engine added on opening (a count above the stored rows)
        self.binding.pages_changed.connect(self._pages_changed)
        self.binding.advance_requested.connect(self._advance)
        self.model = PageListModel(self.plan, self.session, self, refused=self.binding.refused)
        self.ui.pages_list.setModel(self.model)
        header = self.ui.pages_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # recomputed sizes would repaint all rows
        header.resizeSection(1, self.ui.pages_list.fontMetrics().horizontalAdvance("000/000") + 12)
        self.ui.pages_list.selectionModel().currentChanged.connect(self._page_chosen)
        self._set_enabled(True)
        self._set_status(record.status)
        self._show_title()
        self._restore(position if isinstance(position, str) else "")

    def _teardown(self) -> None:
        for view in self.page_views.values():
            view.dispose()
            self.ui.stack.removeWidget(view)
            view.deleteLater()
        self.page_views.clear()
        self.current_page = None
        self.current_key = None
        if self.binding is not None:
            self.binding.deleteLater()
            self.binding = None
        if self.model is not None:
            self.ui.pages_list.setModel(None)
            self.model.deleteLater()
            self.model = None

    def _show_title(self) -> None:
        session = self.session
        parts = [str(session.value(n)) for n in TITLE_FIELDS if n in self.form.elements and session.value(n) not in (None, "")]
        self.ui.title.setText(" · ".join(parts) if parts else self.form.title)

    def _set_status(self, status: str) -> None:
        self.status = status
        self.ui.status.setText(self.tr("Statut : {status}").format(status=INTERVIEW_STATUSES.get(status, status)))
        locked = status in LOCKED_STATUSES
        self.binding.locked = locked
        self.ui.locked_bar.setVisible(locked)
        self.ui.finish_button.setEnabled(not locked)
        self.binding.refresh_all()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.ui.previous_button, self.ui.next_button, self.ui.open_button, self.ui.finish_button):
            button.setEnabled(enabled)

    # -- pages ------------------------------------------------------------------------------------
    def _page_view(self, position: int) -> PageView:
        view = self.page_views.get(position)
        if view is None:
            view = PageView(self.binding, self.plan.pages[position], self.ui.stack)
            view.show_relevance(self.model.stats[position].relevant)
            self.page_views[position] = view
            self.ui.stack.addWidget(view)
        return view

    def go_to_page(self, position: int, *, focus: bool = True) -> None:
        if self.binding is None or not 0 <= position < len(self.plan.pages):
            return
        view = self._page_view(position)
        self.ui.stack.setCurrentWidget(view)
        if self.current_page != position:
            self.current_page = position
            view.reset_height()
            self._syncing_list = True  # the list follows the page; it must not send us back here
            self.ui.pages_list.setCurrentIndex(self.model.index_of_page(position))
            self._syncing_list = False
            self._remember(now=True)
        if focus:
            target = next(iter(editor_targets(view)), None) or first_tab_stop(view) or self.ui.pages_list
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_chosen(self, current, _previous) -> None:
        if self._syncing_list:
            return
        position = self.model.page_of_row.get(current.row()) if current.isValid() else None
        if position is not None:
            self.go_to_page(position, focus=False)

    def _step_page(self, step: int) -> None:
        if self.current_page is None:
            return
        position = self.current_page + step
        while 0 <= position < len(self.plan.pages):
            if self.model.stats[position].relevant:
                self.go_to_page(position)
                return
            position += step

    def next_page(self) -> None:
        self._step_page(1)

    def previous_page(self) -> None:
        self._step_page(-1)

    def _pages_changed(self, pages: set[int]) -> None:
        self.model.update_pages(pages)
        for position in pages:
            view = self.page_views.get(position)
            if view is not None:
                view.show_relevance(self.model.stats[position].relevant)

    # -- questions --------------------------------------------------------------------------------
    def jump_to(self, name: str, index: Index = ()) -> bool:
        """Show the question's page (and repeat row) and put the cursor on it."""
        position = self.plan.page_of.get(name)
        if position is None or self.binding is None:
            return False
        self.go_to_page(position, focus=False)
        view = self.page_views[position]
        chain = self.form.elements[name].repeat_chain
        for depth, repeat in enumerate(chain):
            for table in self.binding.repeats.get((repeat, index[:depth]), ()):
                table.select_row(index[depth])
        for widget in self.binding.questions.get((name, index), ()):
            if view.isAncestorOf(widget):
                view.ensureWidgetVisible(widget, 0, 60)
                if widget.focus_editor():
                    self.current_key = (name, index)
                    return True
        return False

    def jump_to_open_question(self) -> None:
        if self.session is None:
            return
        key = next_open_key(self.plan, self.session, self.binding.refused(), self.current_key)
        if key is None:
            self.ui.show_info(self.tr("Toutes les questions posées ont une réponse."))
            return
        self.jump_to(*key)

    def confirm_current_warning(self) -> None:
        if self.binding is None:
            return
        widget = question_of(QApplication.focusWidget())
        if widget is None or not widget.has_warning:
            view = self.page_views.get(self.current_page)
            candidates = [w for w in self.binding_widgets() if w.has_warning and w.isVisible() and view and view.isAncestorOf(w)]
            widget = candidates[0] if candidates else None
        if widget is not None:
            widget.confirm_warning()

    def binding_widgets(self) -> list[QuestionWidget]:
        return [w for widgets in self.binding.questions.values() for w in widgets]

    def _advance(self, widget: QuestionWidget) -> None:
        view = self.page_views.get(self.current_page)
        if view is None:
            return
        current = QApplication.focusWidget() or widget.editor.focus_target()
        repeat = repeat_of(widget)
        target = next_editor(current, view)
        if repeat is not None and repeat.row_view is not None and (target is None or not repeat.row_view.isAncestorOf(target)):
            row = repeat.selected_row
            if row is not None and row + 1 < repeat.model.rowCount():
                repeat.select_row(row + 1)
                repeat.focus_first()
                return
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            view.ensureWidgetVisible(target, 0, 60)
        else:
            self.next_page()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or new is None or self.binding is None or not self.isAncestorOf(new):
            return
        widget = question_of(new)
        if widget is not None and isValid(widget):
            self.current_key = widget.key
            self._remember()

    def _remember(self, *, now: bool = False) -> None:
        if self.binding is None or self.binding.locked or self.current_page is None:
            return
        page = self.plan.pages[self.current_page].key
        name, index = self.current_key or ("", ())
        if name and self.plan.page_of.get(name) != self.current_page:
            name, index = "", ()
        self.autosave.set_position(format_position(page, name, index), now=now)

    def _restore(self, position: str) -> None:
        page_key, name, index = parse_position(position)
        page = self.plan.page_index(page_key) if page_key else None
        if name in self.form.elements and self.plan.page_of.get(name) is not None \
                and index in set(self.session.instances(name)):
            self.current_key = (name, index)
            self.jump_to(name, index)  # focus follows once the panel is shown (see showEvent)
            return
        self.go_to_page(page if page is not None else 0)

    # -- finishing, reopening, closing ------------------------------------------------------------
    def ask_finish(self) -> None:
        if self.session is None or self.binding.locked:
            return
        self.autosave.flush()
        dialog = FinishDialog(summary_items(self.plan, self.session, self.binding.refused()), self)
        dialog.jump_requested.connect(self.jump_to)
        dialog.finish_requested.connect(self.finish_interview)
        self.finish_dialog = dialog
        dialog.open()

    def finish_interview(self) -> None:
        items = summary_items(self.plan, self.session, self.binding.refused())
        if self.binding.locked or any(item.blocking for item in items):
            return
        document = json_safe(self.session.finish())
        self.autosave.run(self.store.save_document, document)
        self.autosave.run(self.store.set_interview_status, "termine", on_done=self._finished)

    def _finished(self, _revision) -> None:
        if not isValid(self):
            return
        self.finished.emit(self.interview_id)
        self._load()  # show the finished document, read-only

    def reopen(self) -> None:
        if self.status in LOCKED_STATUSES:
            self.autosave.run(self.store.set_interview_status, "brouillon", on_done=lambda _r: isValid(self) and self._load())

    def close_interview(self) -> None:
        """Write what is pending, wait for the store, then say the surveyor left."""
        if self._closing:
            return
        self._closing = True
        self._remember()
        self.autosave.flush()
        self.runner.drain()
        self.closed.emit()
        self._closing = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if not (focus and self.isAncestorOf(focus)):
            self._focus_current()

    def focusInEvent(self, event) -> None:
        """The main window gives the panel the focus: hand it to the question the surveyor was on."""
        super().focusInEvent(event)
        self._focus_current()

    def _focus_current(self) -> None:
        if self.binding is not None and self.current_page is not None:
            if not (self.current_key and self.jump_to(*self.current_key)):
                self.go_to_page(self.current_page)

    def hideEvent(self, event) -> None:
        self.autosave.flush()
        super().hideEvent(event)
