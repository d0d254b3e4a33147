"""Video traffic to the LIVE: the short videos that brought viewers in, ranked by impressions, views or GMV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt

from livedesk.models import formatting as fmt
from livedesk.models.repository import VideoTraffic
from livedesk.models.table_model import ColumnSpec, RecordTableModel

CONTEXT = "VideoTraffic"
translate = QCoreApplication.translate
UNRANKED = 10**9  # sort key of a video whose ranking figure is missing: after every ranked one


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RankKey(IntEnum):
    """What the videos are ranked by."""

    IMPRESSIONS, VIEWS, GMV = range(3)


RANK_KEY_NAMES = {RankKey.IMPRESSIONS: QT_TRANSLATE_NOOP("VideoTraffic", "Impressions"),
                  RankKey.VIEWS: QT_TRANSLATE_NOOP("VideoTraffic", "Views"),
                  RankKey.GMV: QT_TRANSLATE_NOOP("VideoTraffic", "GMV")}
_FIELD = {RankKey.IMPRESSIONS: "impressions", RankKey.VIEWS: "views", RankKey.GMV: "gmv"}


def rank_key_name(key: RankKey) -> str:
    """A ranking figure's name in the current language."""
    return _tr(RANK_KEY_NAMES[key])


def rank_value(video: VideoTraffic, key: RankKey) -> int | None:
    """The figure a video is ranked on."""
    return getattr(video, _FIELD[key])


@dataclass(frozen=True, slots=True)
class VideoRow:
    """A video with its rank.

    Attributes:
        video: the video's traffic into the LIVE.
        rank: 1 = brought the most of the ranking figure; None when the source gave no value for it.
        currency: ISO code of the GMV.
    """

    video: VideoTraffic
    rank: int | None
    currency: str


def ranked_videos(videos: Sequence[VideoTraffic], key: RankKey, currency: str) -> tuple[VideoRow, ...]:
    """The videos by ``key`` descending (missing values last; ties by title, then id), ranked 1, 2, …"""
    ordered = sorted(videos, key=lambda v: (rank_value(v, key) is None, -(rank_value(v, key) or 0),
                                            v.title.casefold(), v.video_external_id))
    return tuple(VideoRow(v, i + 1 if rank_value(v, key) is not None else None, currency)
                 for i, v in enumerate(ordered))


def posted_text(ms: int | None, locale: QLocale | None = None) -> str:
    """A post date in the locale's short date format."""
    if ms is None:
        return fmt.MISSING
    return (locale or QLocale()).toString(QDateTime.fromMSecsSinceEpoch(ms).date(), QLocale.FormatType.ShortFormat)


class VideoCol(IntEnum):
    """Columns of :class:`VideoTrafficModel`."""

    RANK, TITLE, POSTED, IMPRESSIONS, VIEWS, GMV = range(6)


def _missing_tip(value: object) -> str | None:
    return translate("VideoTraffic", "Not provided by this source") if value is None else None


COLUMNS: tuple[ColumnSpec[VideoRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "#"), lambda r: fmt.MISSING if r.rank is None else str(r.rank),
               lambda r: UNRANKED if r.rank is None else r.rank, True),
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "Video"),
               lambda r: r.video.title, lambda r: r.video.title.casefold(), False,
               lambda r: f"{r.video.title}\n{r.video.video_external_id}"),
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "Posted"),
               lambda r: posted_text(r.video.posted_at),
               lambda r: r.video.posted_at, True),
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "Impr."),
               lambda r: fmt.count(r.video.impressions),
               lambda r: r.video.impressions,
               True, lambda r: _missing_tip(r.video.impressions)),
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "Views"),
               lambda r: fmt.count(r.video.views),
               lambda r: r.video.views, True,
               lambda r: _missing_tip(r.video.views)),
    ColumnSpec(QT_TRANSLATE_NOOP("VideoTraffic", "GMV"),
               lambda r: fmt.money(r.video.gmv, r.currency),
               lambda r: r.video.gmv, True,
               lambda r: _missing_tip(r.video.gmv)),
)
_HEADER_TIPS = (
    QT_TRANSLATE_NOOP("VideoTraffic", "Rank by the figure chosen in “Rank by”"),
    QT_TRANSLATE_NOOP("VideoTraffic", "The short video's title"),
    QT_TRANSLATE_NOOP("VideoTraffic", "When the video was posted"),
    QT_TRANSLATE_NOOP("VideoTraffic", "Impressions: LIVE impressions that came through this video"),
    QT_TRANSLATE_NOOP("VideoTraffic", "Entries into the LIVE room from this video"),
    QT_TRANSLATE_NOOP("VideoTraffic", "GMV attributed to viewers who came from this video"),
)


class VideoTrafficModel(RecordTableModel[VideoRow]):
    """The videos that brought traffic into the LIVE, ranked by :class:`RankKey` (rows in rank order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
        self._key = RankKey.IMPRESSIONS
        self._videos: tuple[VideoTraffic, ...] = ()
        self._currency = "USD"

    def rank_key(self) -> RankKey:
        """What the videos are ranked by."""
        return self._key

    def set_rank_key(self, key: RankKey) -> None:
        """Rank by another figure."""
        if key != self._key:
            self._key = key
            self.set_rows(ranked_videos(self._videos, key, self._currency))

    def set_videos(self, videos: Sequence[VideoTraffic], currency: str) -> None:
        """Show a LIVE's videos."""
        self._videos, self._currency = tuple(videos), currency
        self.set_rows(ranked_videos(self._videos, self._key, currency))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(_HEADER_TIPS):
            return _tr(_HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Headers and dates in the current language."""
        super().retranslate()
        if self.rows():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows()) - 1, len(COLUMNS) - 1))
