"""Status-bar indicators of the running data sources: a coloured dot and the source's name, details on hover.

Colours: green = connected, blue = connecting or syncing a backlog, amber = retrying or waiting for a rate limit,
red = failed (retrying cannot help: the reason says what to fix), grey = stopped or not started. The tooltip
names the state, the last successful sync and the reason of a failure or of the wait. Clicking an indicator
asks for the Sources dialog.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from livedesk.services.ingest import IngestStatus, LinkState

CONTEXT = "ConnectorStatus"
translate = QCoreApplication.translate
GREEN, BLUE, AMBER, RED, GREY = "#22a06b", "#2563eb", "#d97706", "#e5484d", "#9ca3af"
CONNECTOR_NAMES = {
    "tiktok_shop": "TikTok Shop",
    "tiktok_live": "TikTok LIVE",
    "obs": "OBS",
    "demo": "Demo",
}
SourceKey = tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_label(key: SourceKey) -> str:
    """``TikTok Shop · myshop``; just the connector's name for a single-account connector (``default``)."""
    connector, account = key
    name = CONNECTOR_NAMES.get(connector, connector)
    return name if account in ("", "default") else f"{name} · {account}"


def format_when(ms: int | None) -> str:
    """A sync time: ``HH:mm:ss`` today, else the date too; ``never`` when there is none."""
    if not ms:
        return translate("ConnectorStatus", "never")
    when = QDateTime.fromMSecsSinceEpoch(int(ms))
    if when.date() == QDateTime.currentDateTime().date():
        return when.toString("HH:mm:ss")
    return when.toString("yyyy-MM-dd HH:mm")


@dataclass(frozen=True, slots=True)
class StatusView:
    """How a state is shown.

    Attributes:
        color: the dot's colour.
        state: a few words (``Connected``, ``Waiting for the rate limit``, ``Failed`` ...).
        reason: why it failed or waits (empty when all is well).
        last_sync: when the last poll succeeded, formatted.
    """

    color: str
    state: str
    reason: str
    last_sync: str

    def one_line(self) -> str:
        """``Connected · last sync 12:03:04`` or ``Failed: <reason>``."""
        if self.reason:
            return f"{self.state}: {self.reason}"
        return translate("ConnectorStatus", "{state} · last sync {time}").format(state=self.state, time=self.last_sync)


def describe(status: IngestStatus | None) -> StatusView:
    """The colour and words of a source's state (None: not started)."""
    if status is None:
        return StatusView(GREY, translate("ConnectorStatus", "Not started"), "", format_when(None))
    when = format_when(status.last_success_ms)
    wait_s = round((status.retry_in_ms or 0) / 1000)
    st = status.state
    if st is LinkState.CONNECTING:
        return StatusView(BLUE, translate("ConnectorStatus", "Connecting…"), "", when)
    if st is LinkState.CONNECTED:
        if status.backlog:
            return StatusView(BLUE, translate("ConnectorStatus", "Syncing…"), "", when)
        return StatusView(GREEN, translate("ConnectorStatus", "Connected"), "", when)
    if st is LinkState.RETRYING:
        if status.rate_limited:
            text = translate("ConnectorStatus", "Waiting for the rate limit ({s} s)").format(s=wait_s)
            return StatusView(AMBER, text, status.message, when)
        text = translate("ConnectorStatus", "Retrying in {s} s").format(s=wait_s)
        return StatusView(AMBER, text, status.message, when)
    if st is LinkState.FAILED:
        reason = status.message or translate("ConnectorStatus", "no reason given")
        return StatusView(RED, translate("ConnectorStatus", "Failed"), reason, when)
    return StatusView(GREY, translate("ConnectorStatus", "Stopped"), "", when)


class ConnectorStatus(QWidget):
    """One source's indicator: ``● name``.

    Signals:
        clicked: the indicator was clicked.
    """

    clicked = Signal()

    def __init__(self, key: SourceKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectorStatus")
        self.key = key
        self._status: IngestStatus | None = None
        self._dot = QLabel("●")
        self._dot.setObjectName("connectorStatusDot")
        self._name = QLabel()
        self._name.setObjectName("connectorStatusName")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(3)
        lay.addWidget(self._dot)
        lay.addWidget(self._name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._show()

    def set_status(self, status: IngestStatus | None) -> None:
        """Show a new state."""
        self._status = status
        self._show()

    def status(self) -> IngestStatus | None:
        """The state shown."""
        return self._status

    def view(self) -> StatusView:
        """The colour and words shown."""
        return describe(self._status)

    def text(self) -> str:
        """The visible text (the source's name)."""
        return self._name.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def _show(self) -> None:
        v = self.view()
        label = source_label(self.key)
        self._name.setText(label)
        self._dot.setStyleSheet(f"color: {v.color};")
        lines = [f"<b>{html.escape(label)}</b>", html.escape(v.state),
                 html.escape(translate("ConnectorStatus", "Last sync: {time}").format(time=v.last_sync))]
        if v.reason:
            lines.append(html.escape(v.reason, quote=False))
        lines.append(f"<i>{_tr('Click to open Settings → Sources')}</i>")
        self.setToolTip("<br>".join(lines))
        self.setAccessibleName(f"{label}: {v.one_line()}")


class ConnectorStatusBar(QWidget):
    """The indicators of every running source, side by side (hidden when none runs).

    Signals:
        open_requested: an indicator was clicked (open the Sources dialog).
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectorStatusBar")
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(6)
        self._items: dict[SourceKey, ConnectorStatus] = {}
        self.setVisible(False)

    def set_sources(self, keys: Sequence[SourceKey], statuses: dict[SourceKey, IngestStatus | None] | None = None
                    ) -> None:
        """Show one indicator per source (in this order), keeping the state of those already shown."""
        old = self._items
        self._items = {}
        for key in keys:
            item = old.pop(key, None)
            if item is None:
                item = ConnectorStatus(key, self)
                item.clicked.connect(self.open_requested)
            if statuses and key in statuses:
                item.set_status(statuses[key])
            self._items[key] = item
        for item in old.values():
            self._lay.removeWidget(item)
            item.deleteLater()
        for item in self._items.values():
            self._lay.removeWidget(item)
            self._lay.addWidget(item)
        self.setVisible(bool(self._items))

    def on_status(self, key: SourceKey, status: IngestStatus) -> None:
        """A source's state changed."""
        item = self._items.get(tuple(key))  # type: ignore[arg-type]
        if item is not None:
            item.set_status(status)

    def indicators(self) -> tuple[ConnectorStatus, ...]:
        """The indicators, in order."""
        return tuple(self._items.values())

    def indicator(self, key: SourceKey) -> ConnectorStatus | None:
        """The indicator of a source."""
        return self._items.get(key)
