"""The stream-health strip: the newest OBS sample of a LIVE — bitrate, dropped frames, congestion, OBS CPU.

Each figure is coloured by how healthy it is (thresholds in :mod:`livedesk.models.health`): green = good,
amber = watch it, red = viewers notice; grey when the figure is missing. Without any sample the strip says where
stream health comes from.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import health as hl
from livedesk.models.health import Level, StreamHealth
from livedesk.views.theme import ThemeColors, bind_style_sheet

LEVEL_COLORS: dict[Level, str] = {
    Level.GOOD: "#15803d",  # green
    Level.WARN: "#b45309",  # amber
    Level.BAD: "#b91c1c",  # red
    Level.UNKNOWN: "#6b7280",  # grey
}  # the light theme's; level_color() gives the current theme's


def level_color(c: ThemeColors, level: Level) -> str:
    """The colour of a figure at ``level`` in the theme ``c``."""
    return {Level.GOOD: c.good, Level.WARN: c.caution, Level.BAD: c.error, Level.UNKNOWN: c.hint}[level]


class HealthStrip(QWidget):
    """A one-line strip of the newest stream-health sample; feed it with :meth:`set_samples`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamHealth")
        self._latest: StreamHealth | None = None
        self._empty = QLabel()
        self._empty.setObjectName("streamHealthEmpty")
        self._empty.setWordWrap(True)
        self._bitrate = QLabel()
        self._bitrate.setObjectName("streamHealthBitrate")
        self._dropped = QLabel()
        self._dropped.setObjectName("streamHealthDropped")
        self._congestion = QLabel()
        self._congestion.setObjectName("streamHealthCongestion")
        self._cpu = QLabel()
        self._cpu.setObjectName("streamHealthCpu")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(16)
        layout.addWidget(self._empty)
        for label in self._figures():
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def _figures(self) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        return self._bitrate, self._dropped, self._congestion, self._cpu

    # --- translation ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._empty.setText(self.tr("Stream health comes from OBS (Settings → Sources → OBS)"))
        loc = QLocale()
        self._bitrate.setToolTip(self.tr(
            "Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below "
            "or while OBS reconnects.").format(good=fmt.count(hl.BITRATE_GOOD_KBPS, loc),
                                               warn=fmt.count(hl.BITRATE_WARN_KBPS, loc)))
        self._dropped.setToolTip(self.tr(
            "Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, "
            "red from {bad}.").format(warn=fmt.percent(hl.DROPPED_WARN, loc, 0),
                                      bad=fmt.percent(hl.DROPPED_BAD, loc, 0)))
        self._congestion.setToolTip(self.tr(
            "How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.").format(
                warn=fmt.percent(hl.CONGESTION_WARN, loc, 0), bad=fmt.percent(hl.CONGESTION_BAD, loc, 0)))
        self._cpu.setToolTip(self.tr(
            "OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.").format(
                warn=fmt.percent(hl.CPU_WARN_PERCENT / 100, loc, 0), bad=fmt.percent(hl.CPU_BAD_PERCENT / 100, loc, 0)))
        self._show()

    # --- data -------------------------------------------------------------------------------------
    def set_samples(self, rows: tuple[StreamHealth, ...]) -> None:
        """Show the newest of ``rows`` (time order); an empty tuple shows where the data would come from."""
        latest = rows[-1] if rows else None
        if latest != self._latest:
            self._latest = latest
            self._show()

    def latest(self) -> StreamHealth | None:
        """The sample shown."""
        return self._latest

    def levels(self) -> dict[str, Level]:
        """The level of each figure shown (empty without data): bitrate, dropped, congestion, cpu."""
        if self._latest is None:
            return {}
        names = ("bitrate", "dropped", "congestion", "cpu")
        return {n: Level(label.property("level")) for n, label in zip(names, self._figures(), strict=True)}

    def text(self) -> str:
        """Everything the strip says, one label a line (tests, accessibility)."""
        labels = self._figures() if self._latest is not None else (self._empty,)
        return "\n".join(label.text() for label in labels)

    def _show(self) -> None:
        s = self._latest
        self._empty.setVisible(s is None)
        for label in self._figures():
            label.setVisible(s is not None)
        if s is None:
            return
        loc = QLocale()
        reconnecting = bool(s.reconnecting)
        if reconnecting:
            bitrate = self.tr("Bitrate: reconnecting…")
        elif s.bitrate_kbps is None:
            bitrate = self.tr("Bitrate {value}").format(value=fmt.MISSING)
        else:
            bitrate = self.tr("Bitrate {value} kbps").format(value=fmt.count(s.bitrate_kbps, loc))
        ratio = s.dropped_ratio
        self._set(self._bitrate, bitrate, hl.bitrate_level(s.bitrate_kbps, reconnecting=reconnecting))
        self._set(self._dropped, self.tr("Dropped frames {value}").format(value=fmt.percent(ratio, loc, 1)),
                  hl.dropped_level(ratio))
        self._set(self._congestion, self.tr("Congestion {value}").format(value=fmt.percent(s.congestion, loc, 0)),
                  hl.congestion_level(s.congestion))
        cpu = None if s.cpu_percent is None else s.cpu_percent / 100
        self._set(self._cpu, self.tr("OBS CPU {value}").format(value=fmt.percent(cpu, loc, 1)),
                  hl.cpu_level(s.cpu_percent))

    @staticmethod
    def _set(label: QLabel, text: str, level: Level) -> None:
        label.setText(text)
        if label.property("level") != level.value:
            label.setProperty("level", level.value)
            bind_style_sheet(label, lambda c, level=level: f"color: {level_color(c, level)}; font-weight: 600;")
