"""Widgets for values that change every second: they repaint what changed and relayout nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from livedesk.views.steady import SteadyLabel, SteadyScrollBar, SteadySlider


class Counter(QObject):
    """Counts the events of some types an object receives."""

    def __init__(self, watched: QObject, *types: QEvent.Type) -> None:
        super().__init__()
        self.types = types
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in self.types:
            self.count += 1
        return False


def _advance(label: SteadyLabel) -> int:
    return label.fontMetrics().horizontalAdvance(label.text())


def _settle() -> None:
    """Deliver what is posted now and what that posts in turn (a zero timer, then the paint it asks for)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_steady_label_grows_to_fit_and_never_relayouts_its_parent_for_shorter_texts(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel("0:00:00")
    QVBoxLayout(parent).addWidget(label)
    parent.show()
    qtbot.waitExposed(parent)
    _settle()
    assert label.minimumSize() == label.maximumSize()  # fixed: a new text does not ask the layout
    requests = Counter(parent, QEvent.Type.LayoutRequest)
    for text in ("0:00:01", "0:00:02", "1:11:11", "0:0"):
        label.setText(text)
        _settle()
        assert label.text() == text
    assert requests.count == 0
    narrow = label.width()
    label.setText("LIVE 12:34:56 · a much longer text than before")
    _settle()
    assert label.width() > narrow and label.width() >= _advance(label)
    assert requests.count >= 1  # it grew: the layout made room
    label.setText("short")
    _settle()
    assert label.width() >= _advance(label) and label.minimumSize() == label.maximumSize()


def test_steady_label_fits_a_new_font(qtbot: QtBot) -> None:
    label = SteadyLabel("$1,234.56")
    qtbot.addWidget(label)
    small = label.width()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.width() > small and label.width() >= _advance(label)
    font.setPointSizeF(font.pointSizeF() / 4)
    label.setFont(font)  # a smaller font: it shrinks to fit, as a label would
    assert label.width() < small and label.height() == label.fontMetrics().height()


def test_steady_scroll_bar_repaints_only_when_its_picture_changes(qtbot: QtBot) -> None:
    bar = SteadyScrollBar()
    qtbot.addWidget(bar)
    bar.setOrientation(Qt.Orientation.Vertical)
    bar.resize(16, 300)
    bar.setPageStep(20)
    bar.setRange(0, 100_000)
    bar.setValue(bar.maximum())
    bar.show()
    qtbot.waitExposed(bar)
    _settle()
    paints = Counter(bar, QEvent.Type.Paint)
    for _ in range(5):  # a long list grows by a row and follows its end: the handle stays where it was
        bar.setMaximum(bar.maximum() + 1)
        bar.setValue(bar.maximum())
        _settle()
    assert paints.count == 0
    bar.setValue(0)  # the handle moves: it repaints
    qtbot.waitUntil(lambda: paints.count > 0)
    seen = paints.count
    bar.setSliderDown(True)  # while the user drags it, every move repaints at once
    bar.setValue(50_000)
    qtbot.waitUntil(lambda: paints.count > seen)
    bar.setSliderDown(False)


def test_steady_slider_skips_repaints_for_a_longer_live_until_its_handle_moves(qtbot: QtBot) -> None:
    slider = SteadySlider(Qt.Orientation.Horizontal)
    qtbot.addWidget(slider)
    slider.resize(400, 24)
    slider.setRange(0, 3_600_000)  # a LIVE's length in ms; the handle at its start
    slider.show()
    qtbot.waitExposed(slider)
    _settle()
    paints = Counter(slider, QEvent.Type.Paint)
    for _ in range(5):
        slider.setMaximum(slider.maximum() + 1000)  # one more second
        _settle()
    assert paints.count == 0
    slider.setValue(1_800_000)
    qtbot.waitUntil(lambda: paints.count > 0)


def test_a_filled_steady_label_repaints_alone_and_its_card_follows_theme_and_state(qtbot: QtBot,
                                                                                   qapp: QApplication) -> None:
    """A card's live labels paint the card's background themselves: a new value repaints the label, not the card."""
    from PySide6.QtGui import QColor

    from livedesk.models import metrics as mx
    from livedesk.views.metric_cards import MetricCard
    from livedesk.views.theme import apply_theme, colors

    card = MetricCard(mx.metric("gmv"))
    qtbot.addWidget(card)
    card.resize(200, 100)
    card.show()
    qtbot.waitExposed(card)
    value = card.findChild(SteadyLabel, "cardValue")
    assert value is not None and value.autoFillBackground()
    assert value.fill() == QColor(colors().card)
    card.show_value(123_45, "USD", 0.1, None, False, "")
    _settle()
    card_paints, label_paints = Counter(card, QEvent.Type.Paint), Counter(value, QEvent.Type.Paint)
    card.show_value(124_56, "USD", 0.2, None, False, "")  # the next second
    _settle()
    assert label_paints.count >= 1 and card_paints.count == 0  # a transparent label repaints the card as well

    def corner() -> str:  # a pixel of the label's own background, as painted
        return value.grab().toImage().pixelColor(1, 1).name()

    assert corner() == QColor(colors().card).name()
    card.show_value(123_45, "USD", 0.1, None, True, "")  # among the worst three: the card turns red
    assert value.fill() == QColor(colors().card_worst) and corner() == QColor(colors().card_worst).name()
    apply_theme(qapp, "dark")
    assert colors().dark and corner() == QColor(colors().card_worst).name()
    card.show_value(123_45, "USD", 0.1, None, False, "")
    assert value.fill() == QColor(colors().card) and corner() == QColor(colors().card).name()
    # a change turning from good to bad re-polishes its label (its colour): the fill stays the card's
    change = card.findChild(SteadyLabel, "cardChange")
    assert change is not None
    card.show_value(123_45, "USD", -0.1, None, False, "")
    assert change.grab().toImage().pixelColor(1, 1).name() == QColor(colors().card).name()

    def inked(label: SteadyLabel, color: str) -> int:  # pixels of the text drawn in (about) that colour
        image, want = label.grab().toImage(), QColor(color)

        def near(c: QColor) -> bool:  # antialiased text has few pixels of exactly its colour
            return max(abs(c.red() - want.red()), abs(c.green() - want.green()), abs(c.blue() - want.blue())) <= 24

        return sum(near(image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height()))

    # the change's colour follows good and worse without a style sheet re-polish, in either theme
    assert card.change_good() is False and change.ink() == QColor(colors().worse) and inked(change, colors().worse)
    repolished = Counter(change, QEvent.Type.StyleChange)
    card.show_value(123_45, "USD", 0.1, None, False, "")
    assert change.ink() == QColor(colors().good) and inked(change, colors().good) and repolished.count == 0
    apply_theme(qapp, "light")
    assert change.ink() == QColor(colors().good) and inked(change, colors().good)
    card.show_value(123_45, "USD", None, None, True, "")  # no change: neutral; worst: re-polished, colours kept
    assert card.change_good() is None and change.ink() == QColor(colors().muted) and inked(change, colors().muted)

    plain = SteadyLabel("x")
    qtbot.addWidget(plain)
    assert plain.fill() is None and not plain.autoFillBackground()
