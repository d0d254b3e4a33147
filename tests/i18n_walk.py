"""Collects every text a user can see in a widget tree: labels, buttons, titles, headers, menus, tool tips,
chart axes, combo items and the texts widgets paint themselves (``painted_texts()``).

Used by the language tests: the same screens are walked in English and in each translation, and a text
that reads the same in both is English left behind (unless it is an agreed abbreviation or data).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")
_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}


@dataclass(frozen=True)
class Seen:
    """One visible text and where it was found (object name path and kind)."""

    where: str
    kind: str
    text: str


def clean(text: str) -> str:
    """Plain text: HTML tags removed, entities decoded, mnemonics and spacing folded."""
    text = _TAG.sub(" ", text)
    for k, v in _ENTITY.items():
        text = text.replace(k, v)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _path(w: QWidget) -> str:
    names = []
    o: QWidget | None = w
    while o is not None:
        names.append(o.objectName() or type(o).__name__)
        o = o.parentWidget()
    return "/".join(reversed(names[:4]))  # the widget and its nearest ancestors


def _model_texts(view: QAbstractItemView, rows: int) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    horizontal = getattr(view, "horizontalHeader", None)
    if horizontal is not None and horizontal() is not None and not horizontal().isHidden():
        for c in range(columns):
            if not view.isColumnHidden(c) if hasattr(view, "isColumnHidden") else True:
                yield "header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                yield "header-tip", str(model.headerData(c, Qt.Orientation.Horizontal,
                                                         Qt.ItemDataRole.ToolTipRole) or "")
    for r in range(min(rows, model.rowCount(QModelIndex()))):
        for c in range(columns):
            idx = model.index(r, c, QModelIndex())
            yield "cell", str(model.data(idx) or "")


def _axis_texts(w: QWidget) -> Iterator[tuple[str, str]]:
    plot_item = getattr(w, "getPlotItem", None)
    if plot_item is None:
        return
    item = plot_item()
    for side in ("left", "bottom", "right", "top"):
        axis = item.getAxis(side)
        if axis.isVisible() and axis.label.isVisible():
            yield "axis", axis.labelText
    title = item.titleLabel.text if item.titleLabel.isVisible() else ""
    yield "chart-title", str(title or "")
    legend = item.legend
    if legend is not None:
        for _sample, label in legend.items:
            yield "legend", str(label.text)


def widget_texts(w: QWidget, rows: int = 3) -> Iterator[tuple[str, str]]:
    """(kind, text) pairs of one widget, not of its children."""
    yield "tooltip", w.toolTip()
    if w.isWindow():
        yield "title", w.windowTitle()
    if isinstance(w, QLabel):
        yield "label", w.text()
    elif isinstance(w, QAbstractButton):
        yield "button", w.text()
    elif isinstance(w, QGroupBox):
        yield "group", w.title()
    elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", w.placeholderText()
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield "combo", w.itemText(i)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield "tab", w.tabText(i)
            yield "tab-tip", w.tabToolTip(i)
    if isinstance(w, QAbstractItemView):
        yield from _model_texts(w, rows)
    yield from _axis_texts(w)
    painted = getattr(w, "painted_texts", None)
    if callable(painted):
        for t in painted():
            yield "painted", t
    for act in w.actions():
        if not act.isSeparator():
            yield "action", act.text()
            yield "action-tip", act.toolTip() if act.toolTip() != act.text().replace("&", "") else ""
    if isinstance(w, QMenu):
        yield "menu", w.title()


def visible_texts(root: QWidget, rows: int = 3) -> list[Seen]:
    """Every non-empty visible text under ``root`` (hidden widgets are skipped, their tool tips too)."""
    out: list[Seen] = []
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        # menus are hidden until opened: their texts count while their owner is visible
        if not isinstance(w, QMenu) and w is not root and not w.isVisible():
            continue
        where = _path(w)
        for kind, raw in widget_texts(w, rows):
            text = clean(raw or "")
            if text:
                out.append(Seen(where, kind, text))
    return out


LETTERS = re.compile(r"[A-Za-z]{2,}")


def wordy(text: str) -> bool:
    """True when the text has a word in Latin letters (numbers, money and times alone are not words)."""
    return bool(LETTERS.search(text))
