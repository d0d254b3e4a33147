"""The in-app user manual: a page per tab, the replay, importing and exporting, sources, settings, the keyboard
shortcuts (read from the window's own actions) and a metric glossary generated from the metric catalogue.

Every text is a translatable string, so the manual follows the UI language. The pictures are produced by the
project's own screenshot command (``scripts/manual_screenshots.sh``) into ``livedesk/resources/manual``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from importlib import resources as importlib_resources

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import metric_help
from livedesk.models import metrics as mx

PAGES = ("start", "key_metrics", "trends", "traffic", "content_quality", "overview", "replay", "files", "sources",
         "settings", "keyboard", "glossary")
SCREENSHOTS = {"key_metrics": "key_metrics.png", "trends": "trends.png", "traffic": "traffic.png",
               "content_quality": "content_quality.png", "overview": "overview.png"}
Shortcuts = Callable[[], Sequence[tuple[str, str, str]]]  # (id, what it does, keys)


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


class ManualDialog(QDialog):
    """The user manual (non-modal).

    Args:
        shortcuts: returns (id, what it does, keys) for every keyboard shortcut of the window.
    """

    def __init__(self, shortcuts: Shortcuts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self._shortcuts = shortcuts or (lambda: ())
        self.resize(980, 700)
        self.pages = QListWidget()
        self.pages.setObjectName("manualPages")
        for key in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenExternalLinks(True)
        pictures = importlib_resources.files("livedesk.resources").joinpath("manual")
        self.browser.setSearchPaths([str(pictures)])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("manualSplitter")
        split.addWidget(self.pages)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 760])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(split)
        lay.addLayout(row, 1)
        lay.addWidget(buttons)
        self.pages.currentRowChanged.connect(self._show_current)
        self.retranslate_ui()
        self.pages.setCurrentRow(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Title, page list and the page shown, in the current language."""
        self.setWindowTitle(self.tr("LiveDesk user manual"))
        self.pages.setAccessibleName(self.tr("Manual pages"))
        self.browser.setAccessibleName(self.tr("Manual text"))
        for i in range(self.pages.count()):
            item = self.pages.item(i)
            item.setText(self.title(str(item.data(Qt.ItemDataRole.UserRole))))
        self._show_current()

    def show_page(self, key: str) -> None:
        """Show one page (a key of ``PAGES``)."""
        self.pages.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        item = self.pages.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else PAGES[0]

    def _show_current(self) -> None:
        key = self.current_page()
        self.browser.setHtml(self.page_html(key))
        self.browser.setSource(QUrl())  # keep the search paths; scroll to the top

    # --- content ---------------------------------------------------------------------------------------
    def title(self, key: str) -> str:
        """A page's title."""
        titles = {
            "start": self.tr("Getting started"),
            "key_metrics": self.tr("Key metrics"),
            "trends": self.tr("Performance trends"),
            "traffic": self.tr("Traffic sources"),
            "content_quality": self.tr("Content quality"),
            "overview": self.tr("Overview"),
            "replay": self.tr("Replay and comments"),
            "files": self.tr("Import and export"),
            "sources": self.tr("Connecting your accounts"),
            "settings": self.tr("Settings"),
            "keyboard": self.tr("Keyboard shortcuts"),
            "glossary": self.tr("Metric glossary"),
        }
        return titles[key]

    def page_html(self, key: str) -> str:
        """A page as HTML."""
        body = getattr(self, f"_{key}")()
        picture = SCREENSHOTS.get(key)
        if picture is not None:
            body += f'<p><img src="{picture}" width="720"></p>'
        return (f'<html><body style="font-size: 10.5pt;"><h1>{_esc(self.title(key))}</h1>{body}'
                "</body></html>")

    def _start(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, "
                    "and in detail afterwards, with the replay video linked to every chart."),
            self.tr("Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked "
                    "<b>● LIVE now</b>, past LIVEs follow, newest first. The filter button next to it ({filter}) "
                    "narrows the list by text, dates, account and status.").format(
                keys=_esc(self._keys_of("picker")), filter=_esc(self._keys_of("filter"))),
            self.tr("On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past "
                    "LIVEs, so that every screen can be explored before you connect an account. Its replay video "
                    "shows the LIVE clock in every frame."),
            self.tr("No source gives every figure. A value the source did not provide is shown as —, never as 0; "
                    "a panel without data says which source would fill it."),
        ))

    def _keys_of(self, shortcut: str) -> str:
        """The keys of one of the window's shortcuts (an id of the shortcut list)."""
        return next((keys for sid, _, keys in self._shortcuts() if sid == shortcut), "")

    def _key_metrics(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("The core data cards show up to 16 metrics of your choice (<b>Customize…</b>). During a LIVE "
                    "they update every second; after it they show the whole LIVE, each metric aggregated its own "
                    "way: a rate is always the ratio of the totals."),
            self.tr("Each card compares with your previous LIVE and with the market average (or your own 14-day "
                    "average where no market average is known). The three worst metrics are framed in red; after "
                    "the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days."),
            self.tr("Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, "
                    "followers against non-followers, the product list (click a product to jump the replay to its "
                    "pin) and the audience profile of viewers or customers."),
        ))

    def _trends(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers "
                    "show product pins, violations, promotions and your notes; the legend hides or shows each "
                    "kind. Click a marker or a point to jump the replay to that moment."),
            self.tr("Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for "
                    "any other. <b>Add note</b> (or M) keeps a note at the replay's moment. <b>Export</b> writes "
                    "the trend table as CSV or Excel once the LIVE has ended."),
        ))

    def _traffic(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("Where your viewers came from: each channel with its impressions, views and GMV and their "
                    "shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last "
                    "however you sort."),
            self.tr("Tick up to five channels to compare their trends on the chart. The line under the table "
                    "names the channel that converts well but gets little traffic."),
        ))

    def _content_quality(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("Every violation found in the LIVE, with its policy, reason, consequence and recommendations. "
                    "<b>Play clip</b> plays the moment with a few seconds either side."),
            self.tr("<b>Appeal…</b> opens the appeal: write your reason and attach evidence; drafts are saved as "
                    "you type. The list of all LIVEs finds violations across your LIVEs."),
        ))

    def _overview(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("Totals across your LIVEs for a range of days, counted in the reporting time zone, each "
                    "against the previous period of the same length; today is marked as incomplete."),
            self.tr("Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, "
                    "the metric reference and hints computed from your figures."),
        ))

    def _replay(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The "
                    "clock under the video is the LIVE clock. Click a comment to jump to the moment it was written."),
            self.tr("Playback uses VLC; without VLC the panel says how to install it and everything else keeps "
                    "working. <b>File → Attach video…</b> lines a recording of your own up with the LIVE clock."),
        ))

    def _files(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("<b>File → Import…</b> (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, "
                    ".csv); you can also drop files on the window. An import is all or nothing: a file with an "
                    "error names the row and column and changes nothing."),
            self.tr("<b>File → Export LIVE…</b> (Ctrl+E) writes the LIVE shown as a bundle, with or without its "
                    "video, or as a trend table, for review on another computer."),
        ))

    def _sources(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("<b>Settings → Sources…</b> connects a TikTok Shop account (official API), a TikTok LIVE room "
                    "(unofficial) and OBS. <b>Test connection</b> checks a page before you save it."),
            self.tr("Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no "
                    "keyring works, LiveDesk says so and can keep them for this run only; they are never written "
                    "to a file."),
            self.tr("The dots in the status bar show each source's state: connected, syncing, waiting for a rate "
                    "limit, or failed with the reason."),
        ))

    def _settings(self) -> str:
        return "".join(_p(t) for t in (
            self.tr("<b>Settings → Preferences…</b> (Ctrl+,) sets the language, the theme (same as the system, "
                    "light or dark), how often the screen redraws while live, the reporting time zone of the "
                    "Overview and the data folder."),
            self.tr("The window's size, full screen, panel layout and the tab shown are kept when you close "
                    "LiveDesk and restored on the next start."),
        ))

    def _keyboard(self) -> str:
        rows = "".join(f"<tr><td><b>{_esc(keys)}</b>&nbsp;&nbsp;</td><td>{_esc(what)}</td></tr>"
                       for _, what, keys in self._shortcuts())
        return (_p(self.tr("Every action can be reached from the keyboard. Tab moves between controls; the "
                           "underlined letters work with Alt."))
                + f'<table cellspacing="4">{rows}</table>')

    def _glossary(self) -> str:
        parts = [_p(self.tr("Every metric LiveDesk knows, with how it is computed and how to use it."))]
        for m in mx.CATALOGUE:
            lines = [f"<h3>{_esc(mx.label(m))}</h3>", _p(_esc(metric_help.description(m.key) or mx.description(m)))]
            use = metric_help.how_to_use(m.key)
            if use:
                lines.append(_p(_esc(use)))
            facts = " · ".join(t for t in (metric_help.unit_name(m), metric_help.direction(m),
                                           metric_help.formula(m)) if t)
            if facts:
                lines.append(f'<p style="color: gray;">{_esc(facts)}</p>')
            parts.append("".join(lines))
        return "".join(parts)
