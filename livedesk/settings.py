"""Typed settings keys, declared once, stored through QSettings (INI format, user scope)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """A settings key with its default and type."""

    name: str
    default: T
    type: type


UI_LANGUAGE = Key("ui/language", "", str)
WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
WINDOW_TAB = Key("window/tab", 0, int)
WINDOW_FULL_SCREEN = Key("window/full_screen", False, bool)


def splitter_key(name: str) -> Key[QByteArray]:
    """Where the sizes of the splitter called ``name`` are kept."""
    return Key(f"window/splitters/{name}", QByteArray(), QByteArray)

LAST_SESSION = Key("session/last_id", 0, int)
CARD_METRICS = Key("key_metrics/cards", "", str)
PRODUCT_HIDDEN_COLUMNS = Key("key_metrics/product_hidden_columns", "", str)  # comma-separated column keys
DEMO_SPEED = Key("demo/speed", 1.0, float)
THEME = Key("ui/theme", "system", str)  # "system", "light" or "dark"
FRAME_MS = Key("ui/frame_ms", 50, int)  # how often visible views repaint what changed (live data arrives at 1 Hz)
FRAME_CHOICES_MS = (50, 100, 250, 1000)
REPORTING_TZ = Key("overview/reporting_tz", "", str)  # IANA zone; "" = each account's own zone
DATA_DIR = Key("storage/data_dir", "", str)  # "" = the platform's user data folder; used from the next start


class Settings:
    """Typed access to QSettings.

    Args:
        store: the QSettings to use (tests pass one in a temp dir); default: the app's user settings.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LiveDesk", "LiveDesk")

    def get(self, key: Key[T]) -> T:
        """The stored value, or the key's default."""
        value = self._store.value(key.name, key.default, type=key.type)
        return cast(T, value)

    def set(self, key: Key[T], value: T) -> None:
        """Store a value."""
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()
