"""The layering is enforced: views → services → models, no widgets or plotting below the views."""

from __future__ import annotations

import ast
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_widgets_or_plots_below_the_views() -> None:
    offenders = []
    for layer in ("models", "services"):
        for path in (ROOT / "livedesk" / layer).rglob("*.py"):
            bad = {n for n in _imports(path) if n.startswith(("PySide6.QtWidgets", "pyqtgraph"))}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders


def test_contracts_name_every_layer() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'layers = ["livedesk.views", "livedesk.services", "livedesk.models"]' in text
