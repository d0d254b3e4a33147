"""Traffic sources: per-channel rows with their shares, and the table model over them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from livedesk.models import formatting as fmt
from livedesk.models.repository import ChannelStat
from livedesk.models.table_model import ColumnSpec, RecordTableModel

CONTEXT = "TrafficTable"


@dataclass(frozen=True, slots=True)
class ChannelRow:
    """A channel with its share of the LIVE's impressions, views and GMV (fractions 0..1)."""

    stat: ChannelStat
    currency: str
    impressions_share: float | None
    views_share: float | None
    gmv_share: float | None


def _share(value: int | None, total: int) -> float | None:
    return None if value is None or total <= 0 else value / total


def channel_rows(stats: Sequence[ChannelStat], currency: str) -> tuple[ChannelRow, ...]:
    """Rows with shares; each share column sums to 1 over the channels that report it."""
    ti = sum(s.impressions or 0 for s in stats)
    tv = sum(s.views or 0 for s in stats)
    tg = sum(s.gmv or 0 for s in stats)
    return tuple(
        ChannelRow(s, currency, _share(s.impressions, ti), _share(s.views, tv), _share(s.gmv, tg)) for s in stats
    )


def _kind(r: ChannelRow) -> str:
    if r.stat.paid:
        return QCoreApplication.translate("TrafficTable", "Paid")
    return QCoreApplication.translate("TrafficTable", "Organic")


def _missing_tip(value: object) -> str | None:
    return QCoreApplication.translate("TrafficTable", "Not provided by this source") if value is None else None


COLUMNS: tuple[ColumnSpec[ChannelRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "Channel"), lambda r: r.stat.channel_raw),
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "Type"), _kind),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Impressions"),
        lambda r: fmt.count(r.stat.impressions),
        lambda r: r.stat.impressions,
        True,
        lambda r: _missing_tip(r.stat.impressions),
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Impr. %"),
        lambda r: fmt.percent(r.impressions_share, decimals=1),
        lambda r: r.impressions_share,
        True,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Views"),
        lambda r: fmt.count(r.stat.views),
        lambda r: r.stat.views,
        True,
        lambda r: _missing_tip(r.stat.views),
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Views %"),
        lambda r: fmt.percent(r.views_share, decimals=1),
        lambda r: r.views_share,
        True,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "GMV"),
        lambda r: fmt.money(r.stat.gmv, r.currency),
        lambda r: r.stat.gmv,
        True,
        lambda r: _missing_tip(r.stat.gmv),
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "GMV %"),
        lambda r: fmt.percent(r.gmv_share, decimals=1),
        lambda r: r.gmv_share,
        True,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Tap-through (ERR)"),
        lambda r: fmt.percent(r.stat.tap_through_rate),
        lambda r: r.stat.tap_through_rate,
        True,
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "CTR"), lambda r: fmt.percent(r.stat.ctr), lambda r: r.stat.ctr, True),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "CTOR"), lambda r: fmt.percent(r.stat.ctor), lambda r: r.stat.ctor, True
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("TrafficTable", "Watch GPM"),
        lambda r: fmt.money(r.stat.watch_gpm, r.currency),
        lambda r: r.stat.watch_gpm,
        True,
    ),
)


class ChannelTableModel(RecordTableModel[ChannelRow]):
    """Per-channel traffic of the selected LIVE."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)

    def set_channels(self, stats: Sequence[ChannelStat], currency: str, locale: QLocale | None = None) -> None:
        """Show a LIVE's channels."""
        self.set_rows(channel_rows(stats, currency))
