"""Packaged resources (manual, themes) read through importlib.resources, never from ``__file__`` paths."""

from __future__ import annotations

from importlib import resources


def read_text(*parts: str) -> str:
    """The text of a packaged resource, e.g. ``read_text("manual", "manual_en.html")``."""
    node = resources.files(__name__)
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\\" in part:
            raise ValueError(f"bad resource path component {part!r}")
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def exists(*parts: str) -> bool:
    """Whether a packaged resource exists."""
    node = resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node.is_file()
