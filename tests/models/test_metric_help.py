"""The metric reference: every catalogue metric explained, a clean table model, the search."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt

from livedesk.models import metric_help as mh
from livedesk.models import metrics as mx


def test_every_catalogue_metric_has_a_meaning_and_a_use() -> None:
    assert set(mh.HELP) == set(mx.BY_KEY)
    for m in mx.CATALOGUE:
        assert len(mh.description(m.key)) > 15, m.key
        assert len(mh.how_to_use(m.key)) > 15, m.key
        assert mh.unit_name(m) and mh.direction(m)


def test_help_texts_are_declared_for_translation() -> None:
    """Every text in HELP is a QT_TRANSLATE_NOOP("MetricHelp", ...) literal, so lupdate extracts it."""
    tree = ast.parse(Path(mh.__file__).read_text(encoding="utf-8"))
    help_node = next(n for n in ast.walk(tree)
                     if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "HELP")
    calls = [c for c in ast.walk(help_node.value) if isinstance(c, ast.Call)]
    assert len(calls) == 2 * len(mx.CATALOGUE)
    for call in calls:
        assert getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"
        assert isinstance(call.args[0], ast.Constant) and call.args[0].value == "MetricHelp"
        assert isinstance(call.args[1], ast.Constant)


def test_reference_model_covers_the_catalogue(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = mh.MetricReferenceModel()
    qtmodeltester.check(model)
    assert model.keys() == tuple(m.key for m in mx.CATALOGUE)
    row = model.keys().index("ads_cost")
    assert model.index(row, mh.ReferenceColumn.DIRECTION).data() == "▼ lower is better"
    assert model.index(row, mh.ReferenceColumn.UNIT).data() == "money"
    tip = model.index(model.keys().index("tap_through_rate"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Views ÷ LIVE impressions" in tip and "Tap-through rate" in tip
    assert "Revenue" in mh.seller_center_labels("gmv")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "What it means"


def test_search_filters_on_every_text(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = mh.MetricReferenceModel()
    proxy = mh.MetricReferenceFilter()
    proxy.setSourceModel(model)

    def keys() -> set[str]:
        return {proxy.index(r, 0).data(mh.METRIC_ROLE).key for r in range(proxy.rowCount())}

    proxy.set_search_text("ctor")
    assert {"ctor_sku", "ctor_main"} <= keys() and "gmv" not in keys()
    proxy.set_search_text("COVER title")  # every word, any case, in the advice too
    assert "tap_through_rate" in keys() and "views" not in keys()
    proxy.set_search_text("gmv_max_roi")  # the key itself
    assert keys() == {"gmv_max_roi"}
    qtmodeltester.check(proxy)
    proxy.set_search_text("")
    assert proxy.rowCount() == len(mx.CATALOGUE)
