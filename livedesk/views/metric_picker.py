"""A combo box over the metric catalogue, grouped Traffic express / All metrics."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from livedesk.models import metrics as mx


class MetricPicker(QComboBox):
    """Pick one metric of the catalogue.

    Signals:
        metric_changed: arg: metric key
    """

    metric_changed = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str | None] = []
        self._key = key
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._on_index_changed)
        self.retranslate_ui()

    def key(self) -> str:
        """The chosen metric key."""
        return self._key

    def set_key(self, key: str) -> None:
        """Choose a metric."""
        if key in self._keys:
            self.setCurrentIndex(self._keys.index(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Rebuild the entries in the current language."""
        self.blockSignals(True)
        self.clear()
        self._keys = []
        for group, title in ((mx.Group.TRAFFIC_EXPRESS, self.tr("Traffic express")),
                             (mx.Group.ALL, self.tr("All metrics"))):
            self.addItem(f"— {title} —")
            self.model().item(self.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
            self._keys.append(None)
            for m in mx.CATALOGUE:
                if m.group is group:
                    self.addItem(mx.label(m))
                    self.setItemData(self.count() - 1, mx.description(m), 3)  # ToolTipRole
                    self._keys.append(m.key)
        self.set_key(self._key)
        self.blockSignals(False)

    def _on_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._keys) and self._keys[index] is not None:
            self._key = self._keys[index]  # type: ignore[assignment]
            self.metric_changed.emit(self._key)
