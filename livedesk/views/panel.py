"""The base of every widget that shows part of the selected LIVE.

The data rate is not the paint rate: a panel takes each new snapshot at once (cheap) and repaints only on
the window's frame tick, only while it is visible, and only when the part of the snapshot it draws changed.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from livedesk.models.repository import SessionSnapshot


class SnapshotPanel(QWidget):
    """Holds the newest snapshot and repaints lazily.

    Subclasses override :meth:`watched` (the part of the snapshot they draw), :meth:`paint_snapshot`
    (draw it) and :meth:`retranslate_ui` (set every visible text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: SessionSnapshot | None = None
        self._dirty = False

    @property
    def snapshot(self) -> SessionSnapshot | None:
        """The newest snapshot received."""
        return self._snapshot

    def watched(self, snap: SessionSnapshot) -> Hashable | object:
        """The part of a snapshot this panel draws; a repaint is needed when it changes.

        The default is a fresh token, so the panel repaints after every snapshot (what live charts need).
        Never return the snapshot itself: comparing snapshots compares numpy arrays, which raises.
        """
        return object()

    def on_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a new snapshot; repaint on the next frame tick if the watched part changed."""
        old = self._snapshot
        changed = old is None or old.session.id != snap.session.id or self.watched(old) != self.watched(snap)
        self._snapshot = snap
        self._dirty = self._dirty or changed

    def mark_dirty(self) -> None:
        """Repaint on the next frame tick (after a change of options, not of data)."""
        self._dirty = True

    def is_dirty(self) -> bool:
        """Whether the next frame tick has something to repaint (once the panel is visible)."""
        return self._dirty and self._snapshot is not None

    def on_frame(self) -> None:
        """Repaint if visible and dirty."""
        if not self._dirty or not self.isVisible() or self._snapshot is None:
            return
        self._dirty = False
        self.paint_snapshot(self._snapshot)

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Draw the snapshot (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text (subclasses)."""
