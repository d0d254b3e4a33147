"""Python's cycle collector runs on the GUI thread only, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from livedesk.app import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()  # a GUI-thread Qt object with a running timer, as a window has
        self.timer.start(60_000)


def test_a_worker_that_allocates_never_collects_gui_objects(qtbot: QtBot) -> None:
    collector = GuiThreadCollector.install()
    assert GuiThreadCollector.install() is collector  # one per application
    assert not gc.isenabled()
    freed_on: list[threading.Thread] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread()))
    del cycle
    # enough container allocations on a worker to start several automatic collections if they were enabled
    kept: list[list[object]] = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(50 * collector.thresholds[0])),
                              name="allocating")
    worker.start()
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the collector's timer, on the GUI thread
    assert freed_on == [threading.main_thread()]
    kept.clear()


def test_collect_goes_only_as_deep_as_the_thresholds() -> None:
    collector = GuiThreadCollector.install()
    gc.collect()
    assert collector.collect() == 0  # nothing over any threshold
    cycles = []
    for _ in range(collector.thresholds[0] + 1):
        c: list[object] = []
        c.append(c)
        cycles.append(c)
    del cycles, c
    assert collector.collect() >= collector.thresholds[0]


def test_what_lives_at_the_first_paint_is_left_out_of_later_collections(qtbot: QtBot) -> None:
    collector = GuiThreadCollector.install()
    lasting = [[i] for i in range(1000)]  # made before: frozen, never walked again
    collector.freeze()
    try:
        assert gc.get_freeze_count() >= len(lasting)
        freed: list[bool] = []
        cycle = _Cycle()  # made after: collected as before
        weakref.finalize(cycle, lambda: freed.append(True))
        del cycle
        gc.collect()
        assert freed == [True]
    finally:
        collector.unfreeze()
    assert gc.get_freeze_count() == 0
