"""Request signing for the TikTok Shop Open API (HMAC-SHA256), as described in data-sources.md §1.2.

``string_to_sign = app_secret + path + k1v1k2v2… (sorted, without sign/access_token/empty) + body + app_secret``
and ``sign = hex(HMAC_SHA256(app_secret, string_to_sign))`` in lowercase. The body is the exact bytes sent
(empty for GET). Nothing here logs or keeps the secret.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

EXCLUDED_PARAMS = frozenset({"sign", "access_token"})


def param_text(value: object) -> str:
    """How a query value is written on the wire and in the string to sign (booleans as ``true``/``false``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def canonical_params(params: Mapping[str, object]) -> str:
    """``key1value1key2value2…`` over the sorted keys, leaving out ``sign``, ``access_token`` and empty values."""
    parts = []
    for key in sorted(params):
        if key in EXCLUDED_PARAMS:
            continue
        value = params[key]
        if value is None:
            continue
        text = param_text(value)
        if text == "":
            continue
        parts.append(f"{key}{text}")
    return "".join(parts)


def string_to_sign(app_secret: str, path: str, params: Mapping[str, object], body: bytes | str = b"") -> bytes:
    """The exact bytes that are signed (exposed for tests; it contains the secret, never log it)."""
    raw_body = body.encode("utf-8") if isinstance(body, str) else body
    return (app_secret + path + canonical_params(params)).encode("utf-8") + raw_body + app_secret.encode("utf-8")


def sign(app_secret: str, path: str, params: Mapping[str, object], body: bytes | str = b"") -> str:
    """The lowercase hex HMAC-SHA256 signature of a request.

    Args:
        app_secret: the Partner app's secret (the HMAC key, and the wrapper of the signed string).
        path: the URL path only, e.g. ``/analytics/202509/shop_lives/performance``.
        params: every query parameter that will be sent (``sign``/``access_token`` are ignored if present).
        body: the exact request body bytes (empty for GET).
    """
    message = string_to_sign(app_secret, path, params, body)
    return hmac.new(app_secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify(app_secret: str, path: str, params: Mapping[str, object], signature: str, body: bytes | str = b"") -> bool:
    """True when ``signature`` is the request's signature (constant-time comparison)."""
    return hmac.compare_digest(sign(app_secret, path, params, body), signature.lower())
