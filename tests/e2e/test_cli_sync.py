"""``livedesk account add tiktok_shop`` and ``livedesk sync tiktok_shop`` through ``run()``, against the fake API.

The parser is built the way ``livedesk/__main__.py`` builds it (a top-level ``--db`` and ``dest="command"``),
secrets come from stdin, the cache is a temp SQLite file, and the only network is loopback.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from livedesk import cli_sources
from livedesk.models.engine import make_engine
from livedesk.services.credentials import SERVICE
from tests.fakes import DictKeyring
from tests.fakes.tiktok_shop_server import APP_KEY, APP_SECRET, LIVE_1, LIVE_RUNNING, FakeTikTokShop, running


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="livedesk")
    p.add_argument("--db", metavar="URL", default=None)  # as add_gui_options declares it
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("sessions")
    cli_sources.add_parsers(sub)
    return p


def cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    ns = _parser().parse_args(args)
    assert ns.command in cli_sources.COMMANDS
    return cli_sources.run(ns)


@pytest.fixture
def fake() -> Iterator[FakeTikTokShop]:
    with running(FakeTikTokShop(clock=time.time)) as server:  # the CLI signs with the real clock
        yield server


@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _add_args(fake: FakeTikTokShop, *extra: str) -> list[str]:
    return ["account", "add", "tiktok_shop", "--name", "glow", "--app-key", APP_KEY, "--region", "us",
            "--api-base", fake.url, "--auth-base", fake.url, "--rate", "1000", *extra]


def _sync_args(db: str, *extra: str) -> list[str]:
    return ["sync", "tiktok_shop", "--since", "2026-02-01", "--db", db, "--rate", "1000", *extra]


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() or 0)
                    for t in ("account", "live_session", "metric_sample", "product", "session_product")}
    finally:
        engine.dispose()


def _settings_text(tmp_path: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "settings").rglob("*.ini"))


def test_account_add_then_sync_into_a_fresh_cache(fake: FakeTikTokShop, dict_keyring: DictKeyring,
                                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = fake.issue_code()
    assert cli(_add_args(fake), f"{APP_SECRET}\n{code}\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "Added tiktok_shop account 'glow': shop 'Glow Lab US' (US)" in out and not err
    exchange = fake.requests_to("/api/v2/token/get")[0].params
    assert exchange["grant_type"] == "authorized_code" and exchange["auth_code"] == code
    stored = {user: value for (service, user), value in dict_keyring.store.items() if service == SERVICE}
    assert stored["tiktok_shop:glow:app_secret"] == APP_SECRET
    assert stored["tiktok_shop:glow:access_token"] in fake.access_tokens
    assert stored["tiktok_shop:glow:refresh_token"] in fake.refresh_tokens
    settings = _settings_text(tmp_path)
    assert "accounts" in settings and APP_KEY in settings and "ROW_glowlab_cipher_AAA" in settings
    for secret in (APP_SECRET, code, *fake.access_tokens, *fake.refresh_tokens):
        assert secret not in settings  # never in plain text

    db = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    assert cli(_sync_args(db), "", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert out.startswith("tiktok_shop glow: ") and "4 sessions" in out and not err
    first = _counts(db)
    assert first["live_session"] == 4 and first["account"] == 1 and first["session_product"] == 5
    engine = make_engine(db)
    with engine.connect() as conn:
        status = dict(conn.execute(text("SELECT external_id, status FROM live_session")).all())
        gmv = conn.execute(text("SELECT SUM(gmv) FROM metric_sample m JOIN live_session s ON s.id = m.session_id "
                                "WHERE s.external_id = :x"), {"x": LIVE_1}).scalar()
        cursor = conn.execute(text("SELECT cursor FROM sync_state WHERE connector = 'tiktok_shop' "
                                   "AND scope = 'glow'")).scalar()
    engine.dispose()
    assert status[LIVE_RUNNING] == "live" and gmv == 123456 and cursor

    # late per-minute data, synced again over the same window: no duplicate rows
    fake.series_ready.add(LIVE_1)
    assert cli(_sync_args(db), "", monkeypatch) == 0
    second = _counts(db)
    assert second == {**first, "metric_sample": first["metric_sample"] + 3}  # LIVE 1: 1 totals row → 4 minutes
    assert cli(_sync_args(db), "", monkeypatch) == 0
    assert _counts(db) == second
    capsys.readouterr()

    # the authorization code was single-use
    assert cli(_add_args(fake), f"{APP_SECRET}\n{code}\n", monkeypatch) == 1
    _, err = capsys.readouterr()
    assert "36004004" in err and APP_SECRET not in err and code not in err


def test_without_a_keyring_the_secrets_come_from_stdin_each_run(fake: FakeTikTokShop,
                                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    # tests run on the null keyring: nothing can be kept
    assert cli(_add_args(fake), f"{APP_SECRET}\n{fake.issue_code()}\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "No working OS keyring" in err and "NOT saved" in out
    assert APP_SECRET not in _settings_text(tmp_path)

    db = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    assert cli(_sync_args(db), "", monkeypatch) == 1
    _, err = capsys.readouterr()
    assert "no app secret stored for tiktok_shop account 'glow'" in err

    access, refresh = fake.issue_tokens()
    assert cli(_sync_args(db, "--secrets-from-stdin"), f"{APP_SECRET}\n{access}\n{refresh}\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "4 sessions" in out
    for secret in (APP_SECRET, access, refresh):
        assert secret not in out and secret not in err


def test_account_add_with_tokens_and_account_selection(fake: FakeTikTokShop, dict_keyring: DictKeyring,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    access, refresh = fake.issue_tokens()
    assert cli(_add_args(fake, "--with-tokens"), f"{APP_SECRET}\n{access}\n{refresh}\n", monkeypatch) == 0
    assert dict_keyring.store[(SERVICE, "tiktok_shop:glow:access_token")] == access
    access2, refresh2 = fake.issue_tokens()
    args = _add_args(fake, "--with-tokens")
    args[args.index("glow")] = "second"
    assert cli(args, f"{APP_SECRET}\n{access2}\n{refresh2}\n", monkeypatch) == 0
    capsys.readouterr()

    db = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    assert cli(_sync_args(db), "", monkeypatch) == 2  # two accounts: which one?
    assert "choose one with --account" in capsys.readouterr().err
    assert cli(_sync_args(db, "--account", "nope"), "", monkeypatch) == 2
    assert "no tiktok_shop account named 'nope'" in capsys.readouterr().err
    assert cli(_sync_args(db, "--account", "second"), "", monkeypatch) == 0
    assert "tiktok_shop second:" in capsys.readouterr().out

    assert cli(["account", "list"], "", monkeypatch) == 0
    listed = capsys.readouterr().out
    assert "tiktok_shop  glow" in listed and "tiktok_shop  second" in listed and APP_SECRET not in listed
    assert cli(["account", "remove", "tiktok_shop", "--name", "second"], "", monkeypatch) == 0
    assert (SERVICE, "tiktok_shop:second:access_token") not in dict_keyring.store
    assert (SERVICE, "tiktok_shop:glow:access_token") in dict_keyring.store


def test_secrets_are_never_command_line_arguments(fake: FakeTikTokShop) -> None:
    for option in ("--app-secret", "--auth-code", "--access-token", "--refresh-token"):
        with pytest.raises(SystemExit):
            _parser().parse_args([*_add_args(fake), option, "x"])


def test_bad_app_secret_fails_with_a_clear_message(fake: FakeTikTokShop, dict_keyring: DictKeyring,
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    access, refresh = fake.issue_tokens()
    assert cli(_add_args(fake, "--with-tokens"), f"wrong-secret-123\n{access}\n{refresh}\n", monkeypatch) == 1
    _, err = capsys.readouterr()
    assert "106001" in err and "app secret" in err
    for secret in ("wrong-secret-123", access, refresh):
        assert secret not in err
    assert dict_keyring.store == {}  # nothing stored for a failed add


def test_a_spent_code_keeps_its_tokens_when_the_shops_cannot_be_listed(fake: FakeTikTokShop,
                                                                       dict_keyring: DictKeyring,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    fake.fail_next("/authorization/", "500")
    assert cli(_add_args(fake), f"{APP_SECRET}\n{fake.issue_code()}\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "could not list the authorized shops now" in err and "looked up on the first sync" in out
    assert (SERVICE, "tiktok_shop:glow:refresh_token") in dict_keyring.store
    assert "shop_cipher" not in _settings_text(tmp_path)
    db = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    assert cli(_sync_args(db), "", monkeypatch) == 0  # the connector finds the shop
    assert "4 sessions" in capsys.readouterr().out
    assert "ROW_glowlab_cipher_AAA" in _settings_text(tmp_path)  # and the account remembers it
