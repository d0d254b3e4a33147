"""Run in a real X window (see test_window_xvfb.py): keyboard shortcuts, full screen, and the layout kept across
two starts. ``first`` changes the layout with the keyboard and closes; ``second`` reports what it restored.
Prints one JSON object and exits 0; any failure exits 1 with the reason."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def wait(app: QApplication, cond, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        QTest.qWait(20)
    return bool(cond())


def main(phase: str) -> int:
    app = QApplication(["livedesk"])
    from livedesk.app import build, context_of
    from livedesk.views.manual_dialog import ManualDialog

    window = build(["--demo"])
    window.show()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        print("window not exposed")
        return 1
    window.activateWindow()
    wait(app, lambda: app.activeWindow() is window)
    report: dict[str, object] = {}
    if phase == "first":
        tabs = []
        for i in range(window.tabs.count()):
            QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            tabs.append(window.tabs.currentIndex())
        report["ctrl_digits"] = tabs
        QTest.keyClick(window, Qt.Key.Key_F11)
        report["f11"] = wait(app, window.isFullScreen) and window.fullscreen_action.isChecked()
        QTest.keyClick(window, Qt.Key.Key_Escape)
        report["esc"] = wait(app, lambda: not window.isFullScreen()) and not window.fullscreen_action.isChecked()
        QTest.keyClick(window, Qt.Key.Key_F1)
        manual = window.findChild(ManualDialog, "manualDialog")
        report["f1"] = manual is not None and wait(app, manual.isVisible)
        if manual is not None:
            manual.close()
        window.activateWindow()
        wait(app, lambda: app.activeWindow() is window)
        window.showNormal()
        window.resize(1300, 760)
        QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        window.replay_dock.setFloating(True)
        QTest.qWait(200)
        splitter = window.traffic.splitter
        wait(app, lambda: sum(splitter.sizes()) > 0)
        total = sum(splitter.sizes())
        splitter.setSizes([total // 4, total - total // 4])
        QTest.qWait(200)
        report["splitter"] = splitter.sizes()
        wait(app, lambda: wait(app, lambda: window.size().width() == 1300, 3))
        report["size"] = [window.width(), window.height()]
        QTest.keyClick(window, Qt.Key.Key_F11)
        wait(app, window.isFullScreen)
        window.close()
    else:
        wait(app, lambda: sum(window.traffic.splitter.sizes()) > 0)
        wait(app, window.isFullScreen, 5)
        report["full_screen"] = window.isFullScreen()
        report["tab"] = window.tabs.currentIndex()
        report["floating"] = window.replay_dock.isFloating()
        window.set_full_screen(False)
        wait(app, lambda: not window.isFullScreen())
        wait(app, lambda: window.width() == 1300, 5)
        QTest.qWait(200)
        report["size"] = [window.width(), window.height()]
        report["splitter"] = window.traffic.splitter.sizes()
        window.close()
    context_of(window).shutdown()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
