"""The app's icons: SVG files in ``livedesk/resources/icons``, drawn by Qt's SVG icon engine at whatever size and
device pixel ratio the screen needs (crisp on high-DPI screens). Their grey reads on light and dark themes."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (``book``, ``globe``, ``fullscreen``); a null icon if the file is missing."""
    path = resources.files("livedesk.resources").joinpath("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
