"""A fake TikTok Shop Partner API on 127.0.0.1 (``ThreadingHTTPServer`` in a background thread).

It checks every request the way data-sources.md §1 describes, with its own implementation of the signature
(not the app's), and answers from the recorded shapes in ``tests/data/tiktok_shop``:

- token endpoints (``/api/v2/token/get`` with ``grant_type=authorized_code`` and a single-use code,
  ``/api/v2/token/refresh``): ``app_key`` and ``app_secret`` must match; tokens are issued by the server;
- every other call: ``app_key``, a ``timestamp`` in Unix seconds within −300 s/+30 s of the server's clock
  (36009004), the ``sign`` (106001), the ``x-tts-access-token`` header (105001 unknown, 105002 expired),
  ``Content-Type: application/json``, and ``shop_cipher`` — required on shop calls (106013), refused on
  ``/authorization/*``;
- the session list is filtered by ``start_date_ge``/``end_date_lt`` in the shop's time zone and paged by
  ``page_size``; per-minute series are paged 3 intervals at a time, products 2 at a time; a LIVE whose series
  is not "ready" answers ``data: null`` (late data);
- :meth:`FakeTikTokShop.fail_next` injects HTTP 429, the rate-limit code, HTTP 500, malformed JSON,
  ``data: null`` or an error code on the next matching requests.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "tiktok_shop"
APP_KEY = "6abcdefghijk"
APP_SECRET = "s3cr3t-app-secret-0123456789abcdef"
SHOP_CIPHER = "ROW_glowlab_cipher_AAA"
SHOP_ID = "7495000000000000001"
NOW = dt.datetime(2026, 3, 5, 20, 0, tzinfo=dt.UTC).timestamp()  # 12:00 in the shop's time zone
LIVE_1, LIVE_2, LIVE_3, LIVE_RUNNING = (f"740000000000000000{i}" for i in range(1, 5))


def load(name: str) -> Any:
    """A recorded response from ``tests/data/tiktok_shop``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def reference_sign(secret: str, path: str, params: dict[str, str], body: bytes = b"") -> str:
    """The signature as data-sources.md §1.2 defines it (independent of the app's implementation)."""
    joined = "".join(f"{k}{params[k]}" for k in sorted(params) if k not in ("sign", "access_token") and params[k] != "")
    message = (secret + path + joined).encode() + body + secret.encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@dataclass
class Seen:
    """One request as the server received it."""

    path: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class _Failure:
    match: str
    kind: str
    times: int
    retry_after: str | None = None
    code: int | None = None


@dataclass
class FakeTikTokShop:
    """Server state; tests read :attr:`seen` and change the knobs between syncs.

    Attributes:
        series_ready: LIVE ids whose per-minute series is served (others answer ``data: null``).
        unsupported_versions: path versions answered with HTTP 404 / 36009009.
        access_ttl_s: lifetime of issued access tokens.
    """

    clock: Callable[[], float]
    app_key: str = APP_KEY
    app_secret: str = APP_SECRET
    shop_tz: str = "America/Los_Angeles"
    series_ready: set[str] = field(default_factory=lambda: {LIVE_2})
    unsupported_versions: set[str] = field(default_factory=set)
    access_ttl_s: int = 7 * 86_400
    refresh_ttl_s: int = 60 * 86_400
    seen: list[Seen] = field(default_factory=list)
    access_tokens: dict[str, float] = field(default_factory=dict)
    refresh_tokens: dict[str, float] = field(default_factory=dict)
    codes: set[str] = field(default_factory=set)
    _failures: list[_Failure] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    # --- knobs -------------------------------------------------------------------------------------------
    def issue_code(self) -> str:
        """A fresh single-use authorization code."""
        code = "code-" + secrets.token_hex(8)
        self.codes.add(code)
        return code

    def issue_tokens(self) -> tuple[str, str]:
        """A fresh (access, refresh) token pair, as if an authorization happened earlier."""
        access, refresh = "acc-" + secrets.token_hex(12), "ref-" + secrets.token_hex(12)
        now = self.clock()
        self.access_tokens[access] = now + self.access_ttl_s
        self.refresh_tokens[refresh] = now + self.refresh_ttl_s
        return access, refresh

    def expire_access_tokens(self) -> None:
        """Every issued access token is now expired (the next call gets 105002)."""
        now = self.clock()
        for token in self.access_tokens:
            self.access_tokens[token] = now - 1

    def fail_next(self, match: str, kind: str, *, times: int = 1, retry_after: str | None = None,
                  code: int | None = None) -> None:
        """Answer the next ``times`` requests whose path contains ``match`` with a failure.

        ``kind``: ``429`` (with ``Retry-After`` when given), ``rate_code`` (HTTP 200, code 36009002), ``500``,
        ``malformed`` (HTTP 200, not JSON), ``data_null``, or ``code`` (HTTP 200 with the error ``code``).
        """
        self._failures.append(_Failure(match, kind, times, retry_after, code))

    def requests_to(self, fragment: str) -> list[Seen]:
        """The requests whose path contains ``fragment``."""
        return [s for s in self.seen if fragment in s.path]

    # --- handling ----------------------------------------------------------------------------------------
    def handle(self, path: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        with self._lock:
            self.seen.append(Seen(path, dict(params), dict(headers)))
            failure = self._take_failure(path)
        if path in ("/api/v2/token/get", "/api/v2/token/refresh"):
            if failure is not None:
                return self._failure_response(failure)
            return self._token(path, params)
        problem = self._check_api_request(path, params, headers)
        if problem is not None:
            return problem
        if failure is not None:
            return self._failure_response(failure)
        return self._route(path, params)

    def _take_failure(self, path: str) -> _Failure | None:
        for f in self._failures:
            if f.match in path and f.times > 0:
                f.times -= 1
                if f.times == 0:
                    self._failures.remove(f)
                return f
        return None

    @staticmethod
    def _json(status: int, obj: Any, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
        return status, json.dumps(obj).encode(), {"Content-Type": "application/json", **(headers or {})}

    def _error(self, code: int, status: int = 200) -> tuple[int, bytes, dict[str, str]]:
        return self._json(status, load("errors.json")[str(code)])

    def _failure_response(self, f: _Failure) -> tuple[int, bytes, dict[str, str]]:
        if f.kind == "429":
            return self._json(429, {"code": 36009002, "message": "Too many requests", "data": None},
                              {"Retry-After": f.retry_after} if f.retry_after else {})
        if f.kind == "rate_code":
            return self._error(36009002)
        if f.kind == "500":
            return self._error(98001001, 500)
        if f.kind == "malformed":
            return 200, b'{"code": 0, "data": {"live_stream_sessions": [', {"Content-Type": "application/json"}
        if f.kind == "data_null":
            return self._json(200, {"code": 0, "message": "Success", "request_id": "", "data": None})
        if f.kind == "code" and f.code is not None:
            return self._json(200, {"code": f.code, "message": f"injected error {f.code}", "data": None})
        raise AssertionError(f"unknown failure kind {f.kind}")

    def _token(self, path: str, params: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        if params.get("app_key") != self.app_key or params.get("app_secret") != self.app_secret:
            return self._json(200, {"code": 36004004, "message": "invalid app_key or app_secret", "data": None})
        if path.endswith("/get"):
            code = params.get("auth_code", "")
            if params.get("grant_type") != "authorized_code" or code not in self.codes:
                return self._error(36004004)
            self.codes.discard(code)  # single use
        else:
            refresh = params.get("refresh_token", "")
            if params.get("grant_type") != "refresh_token" or self.refresh_tokens.get(refresh, 0) <= self.clock():
                return self._json(200, {"code": 36004005, "message": "invalid refresh token", "data": None})
            del self.refresh_tokens[refresh]
        access, refresh = self.issue_tokens()
        body = load("token_get.json" if path.endswith("/get") else "token_refresh.json")
        body["data"].update(access_token=access, refresh_token=refresh,
                            access_token_expire_in=int(self.access_tokens[access]),
                            refresh_token_expire_in=int(self.refresh_tokens[refresh]))
        return self._json(200, body)

    def _check_api_request(self, path: str, params: dict[str, str],
                           headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]] | None:
        if params.get("app_key") != self.app_key:
            return self._error(36009003)
        ts = params.get("timestamp", "")
        now = self.clock()
        if not ts.isdigit() or not (now - 300 <= int(ts) <= now + 30):
            return self._error(36009004)
        if not hmac.compare_digest(reference_sign(self.app_secret, path, params), params.get("sign", "")):
            return self._error(106001)
        if "application/json" not in headers.get("content-type", ""):
            return self._error(36009003)
        token = headers.get("x-tts-access-token", "")
        if token not in self.access_tokens:
            return self._error(105001)
        if self.access_tokens[token] <= now:
            return self._error(105002)
        if path.startswith("/authorization/"):
            if "shop_cipher" in params:
                return self._error(36009003, 400)
        elif params.get("shop_cipher") != SHOP_CIPHER:
            return self._error(106013)
        version = next((p for p in path.split("/") if len(p) == 6 and p.isdigit()), "")
        if version in self.unsupported_versions:
            return self._error(36009009, 404)
        return None

    def _route(self, path: str, params: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        if path == "/authorization/202309/shops":
            return self._json(200, load("authorized_shops_202309.json"))
        m = re.fullmatch(r"/analytics/(\d{6})/shop_lives/performance", path)
        if m:
            return self._session_list(m.group(1), params)
        m = re.fullmatch(r"/analytics/(\d{6})/shop_lives/overview_performance", path)
        if m:
            if params.get("today") != "true":
                return self._error(36009003, 400)
            return self._json(200, load("overview_performance_202509.json"))
        m = re.fullmatch(r"/analytics/202510/shop_lives/(\d+)/performance_per_minutes", path)
        if m:
            live = m.group(1)
            if live not in self.series_ready or not (DATA_DIR / f"performance_per_minutes_{live}.json").exists():
                return self._json(200, {"code": 0, "message": "Success", "request_id": "", "data": None})
            body = load(f"performance_per_minutes_{live}.json")
            perf = body["data"]["performance"]
            page, token = self._page(perf["intervals"], params.get("page_token", ""), 3)
            perf["intervals"] = page
            body["data"]["next_page_token"] = token
            return self._json(200, body)
        m = re.fullmatch(r"/analytics/202512/shop/(\d+)/products_performance", path)
        if m:
            name = f"products_performance_{m.group(1)}.json"
            if not (DATA_DIR / name).exists():
                return self._json(200, {"code": 0, "message": "Success", "request_id": "", "data": {"products": []}})
            body = load(name)
            body["data"]["products"], body["data"]["next_page_token"] = self._page(
                body["data"]["products"], params.get("page_token", ""), 2)
            return self._json(200, body)
        return self._json(404, {"code": 36009009, "message": f"no such API {path}", "data": None})

    def _session_list(self, version: str, params: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        try:
            ge = dt.date.fromisoformat(params["start_date_ge"])
            lt = dt.date.fromisoformat(params["end_date_lt"])
            size = int(params.get("page_size", "10"))
        except (KeyError, ValueError):
            return self._error(36009003, 400)
        if not 1 <= size <= 100:
            return self._error(36009003, 400)
        body = load(f"shop_lives_performance_{version}.json")
        tz = ZoneInfo(self.shop_tz)
        rows = [s for s in body["data"]["live_stream_sessions"]
                if ge <= dt.datetime.fromtimestamp(s["start_time"], tz).date() < lt]
        page, token = self._page(rows, params.get("page_token", ""), size)
        body["data"].update(live_stream_sessions=page, next_page_token=token, total_count=len(rows))
        return self._json(200, body)

    @staticmethod
    def _page(rows: list[Any], token: str, size: int) -> tuple[list[Any], str]:
        start = int(base64.urlsafe_b64decode(token.encode()).decode().split(":")[1]) if token else 0
        end = start + size
        nxt = base64.urlsafe_b64encode(f"offset:{end}".encode()).decode() if end < len(rows) else ""
        return rows[start:end], nxt


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, body, extra = self.server.fake.handle(parts.path, params, headers)
        self.send_response(status)
        for k, v in extra.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeTikTokShop) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


@contextmanager
def running(fake: FakeTikTokShop) -> Iterator[FakeTikTokShop]:
    """Serve ``fake`` on a free loopback port (``fake.url``) until the block ends."""
    server = _Server(fake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-tiktok-shop",
                              daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    fake.url = f"http://{host}:{port}"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
