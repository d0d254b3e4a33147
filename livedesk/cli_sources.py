"""The data-source commands: ``livedesk sync <connector>`` and ``livedesk account add|list|remove <connector>``.

Table-driven by connector name (:data:`SOURCES`): a connector adds one :class:`SourceCommands` entry with
its own arguments and handlers. Secrets (app secret, authorization code, tokens, the OBS password, the TikTok LIVE
sign-server key) are read from a prompt (``getpass``, when stdin is a terminal) or from stdin lines — never from
arguments — and go to the OS keyring only (:func:`store_secrets`, shared by every connector). Non-secret account
settings go to QSettings (``accounts/<connector>/<name>``), where the Sources dialog reads them too: ``tiktok_live``
and ``obs`` have one account each, named ``default`` as in the dialog.

Wiring into the main parser (``livedesk/__main__.py``)::

    from livedesk import cli_sources
    cli_sources.add_parsers(sub)                 # sub = p.add_subparsers(dest="command", ...)
    ...
    if ns.command in cli_sources.COMMANDS:
        return cli_sources.run(ns)
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from livedesk.models.store import StoreError
from livedesk.services.accounts import AccountConfig, AccountStore, validate_name
from livedesk.services.connector import ConnectorError
from livedesk.services.credentials import CredentialStore, KeyringUnavailableError
from livedesk.services.sources.registry import SECRET_NAMES

COMMANDS = ("sync", "account")

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True, slots=True)
class SourceCommands:
    """The CLI of one connector.

    Attributes:
        name: the connector name (the sub-command word).
        sync_help: one line for ``livedesk sync --help``.
        add_sync_arguments / sync: the ``sync <name>`` options and handler (None: no sync command).
        add_account_arguments / account_add: the ``account add <name>`` options and handler.
        secret_names: the credential names ``account remove`` deletes.
    """

    name: str
    sync_help: str
    add_sync_arguments: Callable[[argparse.ArgumentParser], None] | None
    sync: Handler | None
    add_account_arguments: Callable[[argparse.ArgumentParser], None] | None
    account_add: Handler | None
    secret_names: tuple[str, ...] = ()


# --- small helpers ---------------------------------------------------------------------------------------

def _err(message: str) -> None:
    print(f"livedesk: {message}", file=sys.stderr)


def read_secret(prompt: str) -> str:
    """Read one secret: a hidden prompt on a terminal, else the next line of stdin (empty at end of input)."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        return getpass.getpass(prompt, stream=sys.stderr).strip()
    line = stdin.readline() if stdin is not None else ""
    return line.rstrip("\r\n").strip()


def _credentials() -> CredentialStore:
    creds = CredentialStore()
    if not creds.persistent:
        _err(f"warning: {creds.problem}")
    return creds


def store_secrets(connector: str, name: str, secrets: dict[str, str], *,
                  forget: tuple[str, ...] = ()) -> CredentialStore | None:
    """Keep an account's ``secrets`` in the OS keyring (and delete those named in ``forget``).

    Returns the store (its ``persistent`` says whether they outlive this run), or None after printing why they
    could not be kept at all.
    """
    creds = _credentials() if secrets else CredentialStore()  # (no warning about a keyring nothing is put in)
    try:
        for secret_name, value in secrets.items():
            creds.set(connector, name, secret_name, value)
    except KeyringUnavailableError as exc:  # only when the memory fallback is off
        _err(str(exc))
        return None
    for secret_name in forget:
        creds.delete(connector, name, secret_name)
    return creds


def _not_saved_note(creds: CredentialStore, what: str) -> None:
    if not creds.persistent:
        print(f"The {what} was NOT saved (no OS keyring). Install or unlock a keyring and add the account again.")


def _pick_account(accounts: AccountStore, connector: str, name: str | None) -> AccountConfig | None:
    names = accounts.names(connector)
    if name is None:
        if len(names) == 1:
            name = names[0]
        elif not names:
            _err(f"no {connector} account is configured: add one with `livedesk account add {connector} ...`")
            return None
        else:
            _err(f"several {connector} accounts are configured ({', '.join(names)}): choose one with --account")
            return None
    config = accounts.load(connector, name)
    if config is None:
        known = f" (configured: {', '.join(names)})" if names else ""
        _err(f"no {connector} account named {name!r}{known}")
    return config


def _open_store(db: str | None) -> Any:
    from livedesk.app import CacheOpenError, open_store

    try:
        return open_store(db)
    except CacheOpenError as exc:
        _err(str(exc))
        return None


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` → a date (argparse type)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"the rate must be a positive number of requests per second, not {text!r}")
    return value


def _account_name(text: str) -> str:
    try:
        return validate_name(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# --- tiktok_shop -----------------------------------------------------------------------------------------

def _tts_sync_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account", metavar="NAME", type=_account_name, default=None,
                   help="the account to sync (default: the only one configured)")
    p.add_argument("--since", metavar="DATE", type=parse_date, default=None,
                   help="sync LIVEs started from this date (YYYY-MM-DD, shop time zone) again; default: since the "
                        "last sync minus the re-sync window, or 14 days on the first sync")
    p.add_argument("--api-base", metavar="URL", default=None, help="API host (default: the account's)")
    p.add_argument("--auth-base", metavar="URL", default=None, help="token host (default: the account's)")
    p.add_argument("--rate", metavar="N", type=_positive_rate, default=1.0,
                   help="maximum requests per second (default 1)")
    p.add_argument("--secrets-from-stdin", action="store_true",
                   help="read the app secret, access token and refresh token (one per line) from stdin for this run "
                        "(when no OS keyring is available)")


def _tts_account_arguments(p: argparse.ArgumentParser) -> None:
    from livedesk.services.sources.tiktok_shop import DEFAULT_API_BASE, DEFAULT_AUTH_BASE

    p.add_argument("--name", required=True, type=_account_name, metavar="NAME", help="your name for this account")
    p.add_argument("--app-key", required=True, metavar="K", help="the Partner app's key")
    p.add_argument("--region", required=True, metavar="R", help="the shop's region, e.g. US, GB, ID")
    p.add_argument("--api-base", metavar="URL", default=DEFAULT_API_BASE, help=f"API host (default {DEFAULT_API_BASE})")
    p.add_argument("--auth-base", metavar="URL", default=DEFAULT_AUTH_BASE,
                   help=f"token host (default {DEFAULT_AUTH_BASE})")
    p.add_argument("--shop", metavar="NAME_OR_ID", default=None,
                   help="which authorized shop to use when the seller authorized several")
    p.add_argument("--timezone", metavar="TZ", default=None,
                   help="the shop's time zone (default: the region's, e.g. America/Los_Angeles for US)")
    p.add_argument("--with-tokens", action="store_true",
                   help="read an access token and a refresh token instead of an authorization code")
    p.add_argument("--rate", metavar="N", type=_positive_rate, default=1.0,
                   help="maximum requests per second (default 1)")


def _tts_account_add(ns: argparse.Namespace) -> int:
    from livedesk.services.sources import tiktok_shop as tts

    region = str(ns.region).upper()
    if ns.timezone:
        try:
            ZoneInfo(ns.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            _err(f"unknown time zone {ns.timezone!r}")
            return 2
    secret = read_secret("App secret: ")
    if not secret:
        _err("no app secret given (type it at the prompt or pipe it on the first line of stdin)")
        return 2
    limiter = tts.RateLimiter(ns.rate)
    shops: list[tts.Shop] = []
    if ns.with_tokens:
        access, refresh = read_secret("Access token: "), read_secret("Refresh token: ")
        if not access and not refresh:
            _err("no tokens given")
            return 2
        client = tts.TikTokShopClient(ns.app_key, secret, tokens=tts.TokenSet(access, refresh), api_base=ns.api_base,
                                      auth_base=ns.auth_base, limiter=limiter)
        try:
            shops = client.authorized_shops()  # also proves the secret and the tokens work
        except ConnectorError as exc:
            _err(f"could not add the tiktok_shop account {ns.name!r}: {exc}")
            return 1
        finally:
            client.close()
        tokens = client.tokens or tts.TokenSet(access, refresh)
    else:
        code = read_secret("Authorization code: ")
        if not code:
            _err("no authorization code given")
            return 2
        client = tts.TikTokShopClient(ns.app_key, secret, api_base=ns.api_base, auth_base=ns.auth_base,
                                      limiter=limiter)
        try:
            tokens = client.exchange_code(code)
        except ConnectorError as exc:
            client.close()
            _err(f"could not add the tiktok_shop account {ns.name!r}: {exc}")
            return 1
        try:  # the code is spent: keep the tokens even if the shops cannot be listed now
            shops = client.authorized_shops()
        except ConnectorError as exc:
            _err(f"warning: could not list the authorized shops now ({exc}); the first sync looks the shop up")
        finally:
            client.close()
    shop = shops[0] if shops else None
    if ns.shop and shops:
        matches = [s for s in shops if ns.shop in (s.id, s.name, s.code)]
        if not matches:
            _err(f"shop {ns.shop!r} is not among the authorized shops: {', '.join(s.name or s.id for s in shops)}")
            return 1
        shop = matches[0]
    creds = store_secrets(tts.CONNECTOR, ns.name, {tts.APP_SECRET: secret})
    if creds is None:
        return 1
    try:
        tts.save_tokens(creds, ns.name, tokens)
    except KeyringUnavailableError as exc:  # only when the memory fallback is off
        _err(str(exc))
        return 1
    fields = {"app_key": ns.app_key, "region": ((shop.region if shop else "") or region).upper(),
              "api_base": ns.api_base, "auth_base": ns.auth_base, "seller_name": tokens.seller_name,
              "timezone": ns.timezone or ""}
    if shop is not None:
        fields.update(shop_id=shop.id, shop_name=shop.name, shop_code=shop.code, shop_cipher=shop.cipher)
    elif ns.shop:
        fields["shop_name"] = ns.shop
    AccountStore().save(AccountConfig(tts.CONNECTOR, ns.name, {k: v for k, v in fields.items() if v}))
    others = [s.name or s.id for s in shops if s is not shop]
    shown = repr(shop.name or shop.id) if shop is not None else "(looked up on the first sync)"
    print(f"Added tiktok_shop account {ns.name!r}: shop {shown} ({fields['region']}).")
    if others:
        print(f"Other authorized shops: {', '.join(others)} (to sync one, authorize again and add it under "
              "another name with --shop).")
    if not creds.persistent:
        print("The secrets were NOT saved (no OS keyring). Install or unlock a keyring and add the account again, "
              "or give the app secret and tokens to `livedesk sync tiktok_shop --secrets-from-stdin` each run.")
    return 0


def _tts_sync(ns: argparse.Namespace) -> int:
    from livedesk.services.sources import tiktok_shop as tts
    from livedesk.services.sources.sync import load_cursor, sync_once

    config = _pick_account(AccountStore(), tts.CONNECTOR, ns.account)
    if config is None:
        return 2
    creds = _credentials()
    if ns.secrets_from_stdin:
        secret, access, refresh = (read_secret(p) for p in ("App secret: ", "Access token: ", "Refresh token: "))
        if not secret:
            _err("no app secret on stdin")
            return 2
        creds.set(tts.CONNECTOR, config.name, tts.APP_SECRET, secret)
        if access or refresh:
            tts.save_tokens(creds, config.name, tts.TokenSet(access, refresh))
    region = config.get("region", "") or ""
    tz_name = config.get("timezone") or tts.REGION_DEFAULTS.get(region.upper(), ("UTC", ""))[0]
    store = _open_store(getattr(ns, "db", None))
    if store is None:
        return 2
    connector = None
    try:
        cursor = load_cursor(store, tts.CONNECTOR, config.name)
        connector = tts.TikTokShopConnector(
            config.name, config.get("app_key", "") or "", creds,
            api_base=ns.api_base or config.get("api_base", tts.DEFAULT_API_BASE) or tts.DEFAULT_API_BASE,
            auth_base=ns.auth_base or config.get("auth_base", tts.DEFAULT_AUTH_BASE) or tts.DEFAULT_AUTH_BASE,
            region=region, timezone=config.get("timezone"), shop_cipher=config.get("shop_cipher"),
            shop_id=config.get("shop_id"), shop_name=config.get("shop_name"), cursor=cursor,
            limiter=tts.RateLimiter(ns.rate))
        since = None
        if ns.since is not None:
            since = int(dt.datetime.combine(ns.since, dt.time(), ZoneInfo(tz_name)).timestamp() * 1000)
        summary = sync_once(connector, store, since=since)
        learned = connector.shop_info()
        if any(config.get(k) != v for k, v in learned.items()):
            AccountStore().save(config.with_fields(**learned))
    except ConnectorError as exc:
        _err(f"tiktok_shop sync of {config.name!r} failed: {exc}")
        return 1
    except StoreError as exc:
        _err(f"tiktok_shop sync of {config.name!r} could not write: {exc}")
        return 1
    finally:
        if connector is not None:
            connector.close()
        store.engine.dispose()
    print(f"tiktok_shop {config.name}: {summary.describe()}")
    return 0


# --- tiktok_live and obs: one account each (``default``), as in the Sources dialog ---------------------------

def _enabled_argument(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--disabled", action="store_true",
                   help=f"keep the settings without {what} while LiveDesk runs (tick it again in the Sources dialog)")


def _ttl_account_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--handle", required=True, metavar="@CREATOR",
                   help="the creator whose LIVE room to receive: @creator, creator, or the LIVE's address "
                        "https://www.tiktok.com/@creator/live")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--sign-key", action="store_true",
                     help="also read an Euler Stream sign-server API key (prompted for, or the first line of stdin); "
                          "it raises the sign server's limits. Without this option a stored key is kept")
    key.add_argument("--no-sign-key", action="store_true", help="delete a stored sign-server API key")
    _enabled_argument(p, "receiving the room")


def _ttl_account_add(ns: argparse.Namespace) -> int:
    from livedesk.services.sources import registry as reg
    from livedesk.services.sources.tiktok_live import normalize_handle, require_tiktoklive

    handle = normalize_handle(ns.handle) if ns.handle.strip() else "@"
    if handle == "@" or any(c.isspace() for c in handle):
        _err(f"not a TikTok @handle: {ns.handle!r}")
        return 2
    secrets: dict[str, str] = {}
    if ns.sign_key:
        key = read_secret("Euler Stream API key: ")
        if not key:
            _err("no sign-server API key given (type it at the prompt or pipe it on the first line of stdin)")
            return 2
        secrets[reg.SIGN_API_KEY] = key
    creds = None
    if secrets or ns.no_sign_key:
        creds = store_secrets(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT, secrets,
                              forget=(reg.SIGN_API_KEY,) if ns.no_sign_key else ())
        if creds is None:
            return 1
    AccountStore().save(AccountConfig(reg.TIKTOK_LIVE, reg.SINGLE_ACCOUNT, {
        "handle": handle, reg.ENABLED: "0" if ns.disabled else "1"}))
    print(f"Added tiktok_live account: the LIVE room of {handle} (unofficial; received while LiveDesk runs"
          f"{', now disabled' if ns.disabled else ''}).")
    if creds is not None and secrets:
        _not_saved_note(creds, "sign-server API key")
    try:
        require_tiktoklive()
    except ConnectorError as exc:
        _err(f"warning: {exc}")
    return 0


def _obs_port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"not a port number (1-65535): {text!r}")
    return int(text)


def _obs_account_arguments(p: argparse.ArgumentParser) -> None:
    from livedesk.services.sources import registry as reg

    p.add_argument("--host", metavar="HOST", default=reg.OBS_DEFAULT_HOST,
                   help=f"the computer OBS runs on (default {reg.OBS_DEFAULT_HOST})")
    p.add_argument("--port", metavar="PORT", type=_obs_port, default=reg.OBS_DEFAULT_PORT,
                   help=f"OBS's WebSocket server port (default {reg.OBS_DEFAULT_PORT})")
    p.add_argument("--no-password", action="store_true",
                   help="authentication is off in OBS: read no password (and delete a stored one). Otherwise the "
                        "password is prompted for, or read from the first line of stdin")
    p.add_argument("--test", action="store_true",
                   help="connect to OBS first and save only if it answers and accepts the password")
    _enabled_argument(p, "reading OBS")


def _obs_account_add(ns: argparse.Namespace) -> int:
    from livedesk.services.sources import registry as reg

    password = "" if ns.no_password else read_secret("OBS WebSocket password (empty when authentication is off): ")
    url = reg.obs_url(ns.host, ns.port)
    if ns.test:
        from livedesk.services.sources.probe import probe_obs

        result = probe_obs(url, password)
        if not result.ok:
            _err(f"could not add the obs account: {result.message}")
            return 1
        state = ("streaming" if result.fields.get("streaming") == "1" else "not streaming",
                 "recording" if result.fields.get("recording") == "1" else "not recording")
        print(f"Connected to OBS at {url}: {state[0]}, {state[1]}.")
    creds = store_secrets(reg.OBS, reg.SINGLE_ACCOUNT, {reg.OBS_PASSWORD: password} if password else {},
                          forget=() if password else (reg.OBS_PASSWORD,))
    if creds is None:
        return 1
    AccountStore().save(AccountConfig(reg.OBS, reg.SINGLE_ACCOUNT, {
        "host": ns.host.strip() or reg.OBS_DEFAULT_HOST, "port": str(ns.port),
        reg.ENABLED: "0" if ns.disabled else "1"}))
    auth = "with a password" if password else "without a password"
    print(f"Added obs account: OBS at {url}, {auth}{', now disabled' if ns.disabled else ''}.")
    if password:
        _not_saved_note(creds, "password")
    return 0


# --- the table -------------------------------------------------------------------------------------------

SOURCES: dict[str, SourceCommands] = {
    "tiktok_shop": SourceCommands(
        "tiktok_shop", "TikTok Shop Partner API: LIVE list, overview, per-minute series, products",
        _tts_sync_arguments, _tts_sync, _tts_account_arguments, _tts_account_add,
        SECRET_NAMES["tiktok_shop"],
    ),
    "tiktok_live": SourceCommands(
        "tiktok_live", "TikTok LIVE room events (unofficial): viewers, comments, likes, gifts, follows, shares, pins",
        None, None, _ttl_account_arguments, _ttl_account_add, SECRET_NAMES["tiktok_live"],
    ),
    "obs": SourceCommands(
        "obs", "OBS Studio (WebSocket v5): stream health and recordings as replays",
        None, None, _obs_account_arguments, _obs_account_add, SECRET_NAMES["obs"],
    ),
}
DETAIL_FIELDS = ("region", "shop_name", "api_base", "app_key", "handle", "host", "port", "enabled")


def _account_list(ns: argparse.Namespace) -> int:
    accounts = AccountStore()
    connectors = [ns.source] if ns.source else list(SOURCES)
    shown = 0
    for connector in connectors:
        for name in accounts.names(connector):
            config = accounts.load(connector, name)
            detail = ", ".join(f"{k}={v}" for k, v in sorted((config.fields if config else {}).items())
                               if k in DETAIL_FIELDS)
            print(f"{connector}  {name}  {detail}")
            shown += 1
    if not shown:
        print("no accounts configured")
    return 0


def _account_remove(ns: argparse.Namespace) -> int:
    accounts = AccountStore()
    config = _pick_account(accounts, ns.source, ns.name)
    if config is None:
        return 2
    creds = CredentialStore()
    for secret in SOURCES[ns.source].secret_names:
        creds.delete(ns.source, config.name, secret)
    accounts.remove(ns.source, config.name)
    print(f"Removed {ns.source} account {config.name!r} and its stored secrets.")
    return 0


def add_parsers(subparsers: Any) -> None:
    """Add ``sync`` and ``account`` to the main parser's sub-commands (``dest="command"``)."""
    sync = subparsers.add_parser("sync", help="fetch data from a connected source into the cache and exit")
    sync_sub = sync.add_subparsers(dest="source", metavar="CONNECTOR", required=True)
    for spec in SOURCES.values():
        if spec.sync is None or spec.add_sync_arguments is None:
            continue
        p = sync_sub.add_parser(spec.name, help=spec.sync_help)
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
        spec.add_sync_arguments(p)
        p.set_defaults(sources_handler=spec.sync)

    account = subparsers.add_parser("account", help="connect, list or remove data-source accounts")
    account_sub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = account_sub.add_parser("add", help="connect an account (secrets are read from a prompt or stdin)")
    add_sub = add.add_subparsers(dest="source", metavar="CONNECTOR", required=True)
    for spec in SOURCES.values():
        if spec.account_add is None or spec.add_account_arguments is None:
            continue
        p = add_sub.add_parser(spec.name, help=spec.sync_help)
        spec.add_account_arguments(p)
        p.set_defaults(sources_handler=spec.account_add)
    lst = account_sub.add_parser("list", help="list the connected accounts (no secrets)")
    lst.add_argument("source", nargs="?", choices=sorted(SOURCES), metavar="CONNECTOR")
    lst.set_defaults(sources_handler=_account_list)
    rm = account_sub.add_parser("remove", help="forget an account and delete its secrets from the keyring")
    rm.add_argument("source", choices=sorted(SOURCES), metavar="CONNECTOR")
    rm.add_argument("--name", type=_account_name, metavar="NAME", default=None,
                    help="the account (default: the only one of the connector)")
    rm.set_defaults(sources_handler=_account_remove)


def run(ns: argparse.Namespace) -> int:
    """Run a ``sync`` or ``account`` command parsed by a parser that :func:`add_parsers` extended."""
    handler: Handler | None = getattr(ns, "sources_handler", None)
    if handler is None:
        _err(f"unknown command {getattr(ns, 'command', None)!r}")
        return 2
    return handler(ns)


def make_parser() -> argparse.ArgumentParser:
    """A parser with only these commands (``python -m livedesk.cli_sources``; tests)."""
    p = argparse.ArgumentParser(prog="livedesk")
    p.add_argument("--db", metavar="URL", default=None, help="database URL")
    add_parsers(p.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return p


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` with :func:`make_parser` and run it."""
    return run(make_parser().parse_args(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    raise SystemExit(main())
