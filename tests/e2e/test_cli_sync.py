"""``livedesk account add tiktok_shop`` and ``livedesk sync tiktok_shop`` through ``run()``, against the fake API;
``livedesk account add tiktok_live | obs`` (the fake OBS server for ``--test``), ``account list`` and ``remove``.

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
from livedesk.services.accounts import AccountStore
from livedesk.services.credentials import SERVICE, CredentialStore
from livedesk.services.sources import registry as reg
from tests.fakes import DictKeyring
from tests.fakes.obs_server import FakeObsServer
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


# --- tiktok_live and obs: one account each, the same keyring path ---------------------------------------------

@pytest.fixture
def obs_server() -> Iterator[FakeObsServer]:
    server = FakeObsServer(password="obs-pass-789").start()
    yield server
    server.stop()


def _secrets(backend: DictKeyring) -> dict[str, str]:
    return {user: value for (service, user), value in backend.store.items() if service == SERVICE}


def test_account_add_tiktok_live_keeps_the_sign_key_in_the_keyring(dict_keyring: DictKeyring,
                                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    args = ["account", "add", "tiktok_live", "--handle", "https://www.tiktok.com/@glow.lab/live", "--sign-key"]
    assert cli(args, "euler-key-123\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "Added tiktok_live account: the LIVE room of @glow.lab (unofficial" in out and not err
    assert _secrets(dict_keyring) == {"tiktok_live:default:sign_api_key": "euler-key-123"}
    assert "euler-key-123" not in _settings_text(tmp_path)
    # the Sources dialog and the running app read the same account
    config = AccountStore().load(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT)
    assert config is not None and config.get("handle") == "@glow.lab" and reg.is_enabled(config)
    specs = reg.source_specs(AccountStore(), CredentialStore, lambda: None)
    assert [s.key for s in specs] == [(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT)]

    # another room, the stored key kept; then the key dropped; disabled
    assert cli(["account", "add", "tiktok_live", "--handle", "glow.deals", "--disabled"], "", monkeypatch) == 0
    assert _secrets(dict_keyring) == {"tiktok_live:default:sign_api_key": "euler-key-123"}
    config = AccountStore().load(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT)
    assert config is not None and config.get("handle") == "@glow.deals" and not reg.is_enabled(config)
    assert cli(["account", "add", "tiktok_live", "--handle", "@glow.deals", "--no-sign-key"], "", monkeypatch) == 0
    assert _secrets(dict_keyring) == {}
    capsys.readouterr()

    # nothing usable: refused, nothing changed
    assert cli(["account", "add", "tiktok_live", "--handle", "@", "--sign-key"], "k\n", monkeypatch) == 2
    assert "not a TikTok @handle" in capsys.readouterr().err
    assert cli(["account", "add", "tiktok_live", "--handle", "@x", "--sign-key"], "", monkeypatch) == 2
    assert "no sign-server API key given" in capsys.readouterr().err
    assert _secrets(dict_keyring) == {}
    assert AccountStore().load(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT).get("handle") == "@glow.deals"  # type: ignore


def test_account_add_obs_tests_the_password_read_from_stdin(obs_server: FakeObsServer, dict_keyring: DictKeyring,
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    args = ["account", "add", "obs", "--host", "127.0.0.1", "--port", str(obs_server.port), "--test"]
    assert cli(args, "wrong-password\n", monkeypatch) == 1
    _, err = capsys.readouterr()
    assert "OBS refused the password" in err and "wrong-password" not in err
    assert _secrets(dict_keyring) == {} and AccountStore().load(reg.OBS, reg.SINGLE_ACCOUNT) is None

    assert cli(args, "obs-pass-789\n", monkeypatch) == 0
    out, err = capsys.readouterr()
    assert f"Connected to OBS at ws://127.0.0.1:{obs_server.port}: not streaming, not recording." in out
    assert f"Added obs account: OBS at ws://127.0.0.1:{obs_server.port}, with a password." in out and not err
    assert _secrets(dict_keyring) == {"obs:default:password": "obs-pass-789"}
    assert "obs-pass-789" not in _settings_text(tmp_path) and "obs-pass-789" not in out
    config = AccountStore().load(reg.OBS, reg.SINGLE_ACCOUNT)
    assert config is not None and (config.get("host"), config.get("port")) == ("127.0.0.1", str(obs_server.port))
    # the app's OBS source uses what the command stored: it connects and authenticates
    from livedesk.services.sources.probe import probe_obs

    stored = CredentialStore().get(reg.OBS, reg.SINGLE_ACCOUNT, reg.OBS_PASSWORD)
    assert probe_obs(reg.obs_url(config.get("host", ""), config.get("port", "0")), stored or "").ok

    # authentication turned off in OBS: no password, the stored one deleted
    assert cli(["account", "add", "obs", "--port", str(obs_server.port), "--no-password"], "", monkeypatch) == 0
    assert "without a password" in capsys.readouterr().out and _secrets(dict_keyring) == {}
    with pytest.raises(SystemExit):
        _parser().parse_args(["account", "add", "obs", "--port", "70000"])


def test_list_and_remove_every_connector(dict_keyring: DictKeyring, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["account", "add", "tiktok_live", "--handle", "@glow.lab", "--sign-key"], "key-1\n", monkeypatch) == 0
    assert cli(["account", "add", "obs", "--port", "4456"], "pw-1\n", monkeypatch) == 0
    capsys.readouterr()
    assert cli(["account", "list"], "", monkeypatch) == 0
    listed = capsys.readouterr().out
    assert "tiktok_live  default  enabled=1, handle=@glow.lab" in listed
    assert "obs  default  enabled=1, host=127.0.0.1, port=4456" in listed
    assert "key-1" not in listed and "pw-1" not in listed
    assert cli(["account", "list", "obs"], "", monkeypatch) == 0
    assert "tiktok_live" not in capsys.readouterr().out
    assert cli(["account", "remove", "obs"], "", monkeypatch) == 0  # the only one: no --name needed
    assert "Removed obs account 'default'" in capsys.readouterr().out
    assert _secrets(dict_keyring) == {"tiktok_live:default:sign_api_key": "key-1"}
    assert cli(["account", "remove", "tiktok_live", "--name", "default"], "", monkeypatch) == 0
    assert _secrets(dict_keyring) == {}
    assert cli(["account", "remove", "obs"], "", monkeypatch) == 2
    assert "no obs account is configured" in capsys.readouterr().err


def test_obs_and_tiktok_live_secrets_are_never_arguments() -> None:
    for args in (["account", "add", "obs", "--password", "x"], ["account", "add", "tiktok_live", "--handle", "@a",
                                                                 "--sign-key", "x"],
                 ["account", "add", "tiktok_live", "--handle", "@a", "--sign-api-key", "x"]):
        with pytest.raises(SystemExit):
            _parser().parse_args(args)
