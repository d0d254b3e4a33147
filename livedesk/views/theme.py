"""Light, dark, or whatever the system uses: the Fusion palette, the style sheet and the colours of painted things.

``apply_theme(app, name)`` sets the Fusion style with a light or dark palette and loads ``themes/light.qss`` or
``themes/dark.qss``. With ``"system"`` it follows the OS colour scheme (``QStyleHints.colorScheme``), also when
it changes while the app runs. Things the style sheet cannot reach (charts, painted widgets, inline style
sheets) read :func:`colors` and restyle on :func:`theme_notifier`'s ``changed`` signal, emitted after a switch;
:func:`bind_style_sheet` does that for an inline style sheet.

Until a theme is applied the app is light, which is what every widget draws by default.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

from livedesk import resources

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
"""The theme choices: follow the OS colour scheme, always light, always dark."""


@dataclass(frozen=True)
class ThemeColors:
    """The colours of one theme, as ``#rrggbb`` names (light values are the app's historic ones).

    Keep ``themes/light.qss`` and ``themes/dark.qss`` in step with these.
    """

    dark: bool
    window: str  # the window background (palette Window)
    background: str  # chart and plot backgrounds
    foreground: str  # main text and lines on ``background`` (values, chart labels, the replay position line)
    heading: str  # section headings
    muted: str  # secondary text (captions, explanations)
    hint: str  # tertiary text (hints, shares, "missing" figures)
    grid: str  # table grid lines, the empty track of share bars
    axis: str  # axis lines of the bar charts
    axis_text: str  # tick labels of the bar charts
    plot_axis: str  # axis lines and tick labels of the line charts (pyqtgraph's grey in the light theme)
    legend_text: str  # legend labels of the line charts
    card: str  # card backgrounds
    card_worst: str  # the background of a card among the worst three (keep in step with the .qss files)
    card_border: str  # card borders
    accent: str  # focus rings, the current selection
    accent_strong: str  # darker accent for text and hovered outlines (light), lighter (dark)
    warning_background: str  # boxes with a caveat or an insight
    warning_border: str
    warning_text: str  # the title of such a box
    note_text: str  # an italic caveat line ("Today: incomplete")
    error: str  # red text: problems, bad figures
    caution: str  # amber text: figures to watch
    good: str  # green text: good figures, prices
    worse: str  # orange text: a figure on the wrong side of its reference (a card's change, its comparison)
    good_background: str  # a green-tinted hover


LIGHT = ThemeColors(
    dark=False, window="#efefef", background="#ffffff", foreground="#111827", heading="#1f2937",
    muted="#5b6270", hint="#6b7280", grid="#e5e7eb", axis="#c7ccd4", axis_text="#374151", plot_axis="#969696",
    legend_text="#333333", card="#ffffff", card_worst="#fef2f2", card_border="#dcdfe4", accent="#2f7ff5",
    accent_strong="#1d4ed8",
    warning_background="#fff8e1", warning_border="#f0d27a", warning_text="#92400e", note_text="#9a6700",
    error="#b91c1c", caution="#b45309", good="#15803d", worse="#c2410c", good_background="#f3faf6",
)

DARK = ThemeColors(
    dark=True, window="#1f2226", background="#26292e", foreground="#e6e8eb", heading="#f3f4f6",
    muted="#a3aab5", hint="#9299a4", grid="#363a41", axis="#4b5058", axis_text="#c3c8cf", plot_axis="#8f96a1",
    legend_text="#d1d5db", card="#26292e", card_worst="#3b2226", card_border="#3a3e45", accent="#5b9bff",
    accent_strong="#8ab4ff",
    warning_background="#3a3222", warning_border="#7a6530", warning_text="#f3c56b", note_text="#e0b341",
    error="#f87171", caution="#fbbf24", good="#4ade80", worse="#fb923c", good_background="#1e2f26",
)


class ThemeNotifier(QObject):
    """Announces theme switches.

    Signals:
        changed: a theme was applied; :func:`colors` and :func:`is_dark` give the new one.
    """

    changed = Signal()


class _State:
    choice = "light"  # what was asked for (one of THEMES)
    dark = False  # what is shown
    applied: tuple[int, bool] | None = None  # (id of the app, dark) last applied
    watched: QStyleHints | None = None  # the style hints whose colorSchemeChanged we follow
    fusion: QApplication | None = None  # the application given the Fusion style
    notifier: ThemeNotifier | None = None


_state = _State()


def theme_notifier() -> ThemeNotifier:
    """The object whose ``changed`` signal follows every theme switch."""
    if _state.notifier is None:
        _state.notifier = ThemeNotifier()
        _state.notifier.setObjectName("themeNotifier")
    return _state.notifier


def is_dark() -> bool:
    """Whether the theme shown is dark (for ``"system"``: whether the OS scheme is)."""
    return _state.dark


def colors() -> ThemeColors:
    """The colour table of the theme shown."""
    return DARK if _state.dark else LIGHT


def current_theme() -> str:
    """The choice last applied: ``"system"``, ``"light"`` or ``"dark"`` (``"light"`` before any)."""
    return _state.choice


def with_alpha(color: str, alpha: int) -> QColor:
    """``color`` with an alpha of 0..255 (translucent fills such as legend backgrounds)."""
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def style_plot(plot: Any, axes: tuple[str, ...] = ("left", "bottom"), *, soft_axes: bool = False) -> ThemeColors:
    """A pyqtgraph PlotWidget's background and axes (and so its grid) in the theme's colours.

    ``soft_axes``: the lighter axis line and tick text of small charts. Returns the colours used.
    """
    import pyqtgraph as pg

    c = colors()
    plot.setBackground(c.background)
    for name in axes:
        axis = plot.getPlotItem().getAxis(name)
        if soft_axes:
            axis.setPen(pg.mkPen(c.axis))
            axis.setTextPen(pg.mkPen(c.axis_text))
        else:
            axis.setPen(c.plot_axis)
            axis.setTextPen(c.plot_axis)
    return c


def apply_theme(app: QApplication, name: str) -> None:
    """Apply a theme choice to the whole application, widgets already on screen included.

    Args:
        app: the application.
        name: one of :data:`THEMES`; anything else is logged and taken as ``"system"``.
    """
    if name not in THEMES:
        log.warning("unknown theme %r: following the system", name)
        name = "system"
    _state.choice = name
    hints = QGuiApplication.styleHints()
    if _state.watched is not hints:
        hints.colorSchemeChanged.connect(on_color_scheme_changed)
        _state.watched = hints
    # native parts (title bars, file dialogs) follow the choice where the platform allows it
    if name == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if name == "dark" else Qt.ColorScheme.Light)
    dark = name == "dark" or (name == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    _apply(app, dark)


def on_color_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The OS colour scheme changed (``QStyleHints.colorSchemeChanged``): follow it if the choice is "system"."""
    app = QApplication.instance()
    if _state.choice == "system" and isinstance(app, QApplication):
        _apply(app, scheme == Qt.ColorScheme.Dark)


def _apply(app: QApplication, dark: bool) -> None:
    qss = resources.read_text("themes", "dark.qss" if dark else "light.qss")
    if _state.applied == (id(app), dark) and app.styleSheet() == qss:
        return
    if _state.fusion is not app:  # (with a style sheet, app.style() is Qt's style sheet proxy, not Fusion)
        app.setStyle("Fusion")
        _state.fusion = app
    app.setPalette(_palette(DARK if dark else LIGHT))
    app.setStyleSheet(qss)
    _state.dark = dark
    _state.applied = (id(app), dark)
    for w in app.allWidgets():  # painted widgets read colors() when they paint
        w.update()
    theme_notifier().changed.emit()


def _palette(c: ThemeColors) -> QPalette:
    """Fusion's palette: the light one is Qt's own, the dark one is built the same way from darker colours."""
    g, r = QPalette.ColorGroup, QPalette.ColorRole
    if c.dark:
        roles = {r.WindowText: "#e6e8eb", r.Window: c.window, r.Base: c.background, r.AlternateBase: "#2c3036",
                 r.Text: "#e6e8eb", r.Button: "#2a2e33", r.ButtonText: "#e6e8eb", r.BrightText: "#ff6b6b",
                 r.Light: "#3b4047", r.Midlight: "#33373d", r.Mid: "#2b2e33", r.Dark: "#131517",
                 r.Shadow: "#0b0c0d", r.Highlight: "#2f6fce", r.HighlightedText: "#ffffff",
                 r.ToolTipBase: "#2a2e33", r.ToolTipText: "#e6e8eb", r.Link: "#6ea8fe", r.LinkVisited: "#c39bfa"}
        disabled = {r.WindowText: "#6f757e", r.Text: "#6f757e", r.ButtonText: "#6f757e", r.Base: c.window,
                    r.Dark: "#1a1c1f", r.Shadow: "#1a1c1f", r.Highlight: "#4a4f57"}
    else:  # Qt's light Fusion palette: the app looked like this before it had themes
        roles = {r.WindowText: "#000000", r.Window: c.window, r.Base: "#ffffff", r.AlternateBase: "#f7f7f7",
                 r.Text: "#000000", r.Button: c.window, r.ButtonText: "#000000", r.BrightText: "#ffffff",
                 r.Light: "#ffffff", r.Midlight: "#cacaca", r.Mid: "#b8b8b8", r.Dark: "#9f9f9f",
                 r.Shadow: "#767676", r.Highlight: "#308cc6", r.HighlightedText: "#ffffff",
                 r.ToolTipBase: "#ffffdc", r.ToolTipText: "#000000", r.Link: "#0000ff", r.LinkVisited: "#ff00ff"}
        disabled = {r.WindowText: "#bebebe", r.Text: "#bebebe", r.ButtonText: "#bebebe", r.Base: c.window,
                    r.Dark: "#bebebe", r.Shadow: "#b1b1b1", r.Highlight: "#919191"}
    p = QPalette()
    for group in (g.Active, g.Inactive, g.Disabled):
        for role, name in roles.items():
            p.setColor(group, role, QColor(disabled.get(role, name) if group == g.Disabled else name))
        p.setColor(group, r.PlaceholderText, with_alpha(roles[r.Text], 128))
        p.setColor(group, r.Accent, QColor(disabled.get(r.Highlight) if group == g.Disabled else roles[r.Highlight]))
    return p


class _StyleHook(QObject):
    """Re-applies a widget's inline style sheet after each theme switch (a child of the widget, so it dies with
    it; the style function gets the colours, never the widget, so nothing keeps the widget alive)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("themeStyleHook")
        self.style: Callable[[ThemeColors], str] = lambda _c: ""
        theme_notifier().changed.connect(self.restyle)

    @Slot()
    def restyle(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            widget.setStyleSheet(self.style(colors()))


def bind_style_sheet(widget: QWidget, style: Callable[[ThemeColors], str]) -> None:
    """Give ``widget`` the style sheet ``style(colors())`` now and again after every theme switch.

    Binding again replaces the earlier style function (e.g. a figure whose colour follows its level).
    """
    hook = widget.findChild(_StyleHook, "themeStyleHook", Qt.FindChildOption.FindDirectChildrenOnly)
    if hook is None:
        hook = _StyleHook(widget)
    hook.style = style
    hook.restyle()


def tone(good: bool | None) -> QColor:
    """The colour of a figure against its reference: green when good, orange when worse, grey when there is none."""
    c = colors()
    return QColor(c.muted if good is None else c.good if good else c.worse)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet to ``widget`` again (after a property its rules select on changed)."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_style_property(widget: QWidget, name: str, value: object) -> bool:
    """Set a property the style sheet selects on, re-polishing only when it changed (a re-polish costs ~0.5 ms
    with a style sheet). Whether it changed."""
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    restyle(widget)
    return True
