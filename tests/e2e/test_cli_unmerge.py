"""``livedesk session sources`` and ``livedesk session unmerge``: through the real entry point, on a real cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from livedesk.__main__ import main
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import AccountRef, Batch, SampleBlock, SessionRecord, SessionRef, SessionStatus
from livedesk.models.store import Store
from tests.services.test_merging import MIN, T, account, room_batch, shop_batch


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A cache with LIVE 1 (the room) into which TikTok Shop's LIVE S1 and a Seller Center row were merged."""
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    store.write(room_batch(end=T + 60 * MIN, seconds=30))
    store.write(shop_batch("S1", start=T, end=T + 60 * MIN, gmv=10_000))
    export = SessionRef(AccountRef("tiktok", "glowlab.official"), "export-1")
    store.write(Batch("seller_export", accounts=(account(export.account, "seller_export"),), sessions=(SessionRecord(
        export, "from the export", "glowlab.official", T + MIN, T + 59 * MIN, SessionStatus.ENDED, "USD",
        "seller_export"),), samples=(SampleBlock(export, ("gmv", "comments"), ((T + MIN, 9_000, 80),),
                                                 "seller_export"),)))
    engine.dispose()
    return url


def rows(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def read_from(out: str) -> dict[str, str]:
    """The 'figures read from' lines: metric → sources."""
    lines = out.split("figures read from", 1)[1].splitlines()[1:]
    return {k: v.strip() for k, v in (line.strip().split(None, 1) for line in lines if line.strip())}


def test_sources_then_unmerge_one_source(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "sources", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LIVE 1 'LIVE @glowlab.official'")
    assert "merged: seller_export  glowlab.official  LIVE export-1  (same creator and time" in out
    assert "merged: tiktok_shop  7495000000000000001  LIVE S1  (same creator and time" in out
    figures = read_from(out)
    assert figures["gmv"] == "tiktok_shop"  # the official API's figure, not the export's nor a sum of both
    assert figures["comments"] == "seller_export"  # the export's LIVE total covers the room's seconds
    assert figures["likes"] == "tiktok_live"  # only the room has them

    assert main(["session", "unmerge", "1", "--db", db]) == 1  # which one?
    assert "several sources are merged into LIVE 1" in capsys.readouterr().err
    assert main(["session", "unmerge", "1", "--source", "tiktok_shop", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Separated tiktok_shop LIVE S1 from LIVE 1: it is now LIVE 2 (2 rows moved: "
                          "1 metric_sample, 1 sample_source). The two will not be merged again.")
    assert rows(db, "SELECT id, external_id, source, title FROM live_session ORDER BY id") == [
        (1, "room-1", "tiktok_live", "LIVE @glowlab.official"), (2, "S1", "tiktok_shop", "Weekend warm-up")]
    assert rows(db, "SELECT account_id, external_id, other_external_id FROM session_split") == [(2, "S1", "room-1")]
    # the export is still merged; now it is the only one, so no --source is needed
    assert main(["session", "unmerge", "room-1", "--db", db]) == 0
    assert "Separated seller_export LIVE export-1 from LIVE 1: it is now LIVE 3" in capsys.readouterr().out
    assert main(["session", "sources", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "no other source is merged into it" in out and read_from(out)["comments"] == "tiktok_live"
    assert main(["sessions", "--db", db]) == 0
    assert capsys.readouterr().out.rstrip().endswith("3 LIVE(s)")


def test_what_cannot_be_done_is_said(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "unmerge", "99", "--db", db]) == 2
    assert "no LIVE with id or external id '99'" in capsys.readouterr().err
    assert main(["session", "unmerge", "1", "--source", "obs", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no such source is merged into LIVE 1" in err and "tiktok_shop (7495000000000000001, LIVE S1)" in err
    assert rows(db, "SELECT COUNT(*) FROM session_alias") == [(2,)]
    with pytest.raises(SystemExit):
        main(["session", "unmerge", "--db", db])
