"""Widgets for things that change every second during a LIVE, made to repaint only what really changed.

- :class:`SteadyLabel`: ``QLabel.setText`` asks the parent's layout to recompute on every change, and that
  request climbs from layout to layout up to the window (the main window's dock and status bar included), which
  then repaints the label's neighbours too. A widget of fixed size does not ask: this label keeps a fixed size
  that fits its text and only grows, so a live update repaints the label and nothing else. Given the colour
  behind it (``set_fill``), it is also opaque, and its parent is not repainted under it.
- :class:`SteadyScrollBar`, :class:`SteadySlider`: a scroll bar or slider repaints on every change of its range
  or value (a scroll bar ~1 ms with the Fusion style); on a long list, or a LIVE, that grows every second its
  handle usually does not move by a pixel. These repaint only when their picture changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractSlider, QLabel, QScrollBar, QSlider, QStyle, QStyleOptionSlider, QWidget


class SteadyLabel(QLabel):
    """A one-line label of fixed size that grows to fit longer texts (and never relayouts for shorter ones)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._margin = 0  # the label's width beyond its text's advance
        self._fill: QColor | None = None
        self._ink: QColor | None = None
        self._fit(shrink=True)

    def set_fill(self, color: QColor | None) -> None:
        """Fill the label's own background with ``color`` (that of what lies behind it), or let it show through.

        A label is transparent, so each repaint of its text repaints whatever is behind it first: a styled card,
        the widgets below that. A label that fills its background is opaque to Qt, and repaints alone. The fill
        is the palette's window colour, which a style sheet's polish resets: it is applied again after one.
        """
        self._fill = QColor(color) if color is not None else None
        self.refresh_palette()

    def fill(self) -> QColor | None:
        """The background colour the label fills itself with (None: transparent)."""
        return self._fill

    def set_ink(self, color: QColor | None) -> None:
        """Draw the text in ``color`` (None: the style sheet's colour, from the next re-polish on).

        For a colour that changes with the figure (good green, worse orange): a style sheet rule selecting on a
        property would re-polish the label, ~0.5 ms, each time the figure crosses its reference.
        """
        self._ink = QColor(color) if color is not None else None
        self.refresh_palette()

    def ink(self) -> QColor | None:
        """The text colour set with :meth:`set_ink` (None: the style sheet's)."""
        return self._ink

    def refresh_palette(self) -> None:
        """Apply the fill and ink again (after a re-polish, which restores the palette the style sheet had given)."""
        self.setAutoFillBackground(self._fill is not None)
        if self._fill is None and self._ink is None:
            return
        self.ensurePolished()  # a first polish later would reset the palette set here
        palette = self.palette()
        changed = False
        for role, color in ((QPalette.ColorRole.Window, self._fill), (QPalette.ColorRole.WindowText, self._ink)):
            if color is not None and palette.color(role) != color:
                palette.setColor(role, color)
                changed = True
        if changed:
            self.setPalette(palette)

    def setText(self, text: str) -> None:
        """Show ``text``; the size changes only when it needs more room than the label has."""
        if text == self.text():
            return
        super().setText(text)
        # the text's advance tells whether it still fits (cheaper than measuring the label)
        if "\n" in text or self.fontMetrics().horizontalAdvance(text) + self._margin > self.minimumWidth():
            self._fit(shrink=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # a new font (a style sheet applied on polish, a theme) or language: fit the text afresh
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._fit(shrink=True)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange) \
                and (self._fill is not None or self._ink is not None):
            self.refresh_palette()  # a style sheet set anew (a theme) re-polished the label

    def _natural_size(self) -> QSize:
        """The size a QLabel would ask for its text (its own size hint grows to the label's minimum size)."""
        fm = self.fontMetrics()
        text = self.text()
        br = fm.boundingRect(0, 0, 1 << 20, 1 << 20, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        m = self.contentsMargins()
        indent = self.indent() if self.indent() >= 0 else (fm.horizontalAdvance("x") // 2 if self.frameWidth() else 0)
        extra = 2 * self.margin()
        self._margin = m.left() + m.right() + extra + indent + max(br.width() - fm.horizontalAdvance(text), 0)
        return QSize(br.width() + m.left() + m.right() + extra + indent, br.height() + m.top() + m.bottom() + extra)

    def _fit(self, *, shrink: bool) -> None:
        size = self._natural_size()
        width, height = size.width(), size.height()
        if not shrink:
            width, height = max(width, self.minimumWidth()), max(height, self.minimumHeight())
        if (width, height) != (self.minimumWidth(), self.minimumHeight()) \
                or self.minimumSize() != self.maximumSize():
            self.setFixedSize(width, height)


class _SteadySlider:
    """What :class:`SteadyScrollBar` and :class:`SteadySlider` share (a mixin before their Qt class)."""

    _control = QStyle.ComplexControl.CC_ScrollBar
    _handle = QStyle.SubControl.SC_ScrollBarSlider

    def _init_steady(self: Any) -> None:
        self._drawn: tuple[QRect, bool, bool, bool] | None = None
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self._repaint_if_changed)

    def _look(self: Any) -> tuple[QRect, bool, bool, bool]:
        """What the picture depends on: the handle's rectangle, and whether the value is at either end."""
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        handle = self.style().subControlRect(self._control, opt, self._handle, self)
        lo, hi, value = self.minimum(), self.maximum(), self.value()
        return handle, value <= lo, value >= hi, lo == hi

    def sliderChange(self: Any, change: QAbstractSlider.SliderChange) -> None:
        if change in (QAbstractSlider.SliderChange.SliderRangeChange, QAbstractSlider.SliderChange.SliderValueChange) \
                and not self.isSliderDown():
            if not self._check.isActive():
                self._check.start()
            return
        super().sliderChange(change)

    def _repaint_if_changed(self: Any) -> None:
        if self._look() != self._drawn:
            self.update()

    def paintEvent(self: Any, event: QPaintEvent) -> None:
        self._drawn = self._look()
        super().paintEvent(event)


class SteadyScrollBar(_SteadySlider, QScrollBar):
    """A scroll bar that skips the repaint of range and value changes that leave its picture as it was.

    Those changes come in bursts (a new row: the range grows, then the list scrolls to the end): the picture
    is compared once the burst is over, and repainted only if it differs. While the user drags the handle it
    repaints at once, as any scroll bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_steady()


class SteadySlider(_SteadySlider, QSlider):
    """A slider that, like :class:`SteadyScrollBar`, repaints only when its picture changes (a LIVE's length
    grows every second, its handle rarely moves by a pixel for it)."""

    _control = QStyle.ComplexControl.CC_Slider
    _handle = QStyle.SubControl.SC_SliderHandle

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._init_steady()


__all__ = ["SteadyLabel", "SteadyScrollBar", "SteadySlider"]
