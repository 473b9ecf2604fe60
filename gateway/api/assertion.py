"""Client side of private_key_jwt: make a client assertion from a private JWK (what a contractor's tool does).

Used by ``sekisho client`` users, the tests and the benchmark. Standard libraries do the same (e.g. authlib's
``PrivateKeyJWT``); this keeps the gateway free of one more dependency.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jwt


def load_private_jwk(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def client_assertion(
    private_jwk: dict[str, Any],
    *,
    client_id: str,
    token_url: str,
    now: datetime | None = None,
    lifetime_s: int = 120,
    jti: str | None = None,
) -> str:
    """A signed JWT with ``iss`` = ``sub`` = ``client_id``, ``aud`` = ``token_url``, a fresh ``jti``."""
    ts = int((now or datetime.now(UTC)).timestamp())
    key = jwt.PyJWK(private_jwk)
    alg = private_jwk.get("alg") or ("EdDSA" if private_jwk.get("kty") == "OKP" else "ES256")
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": token_url,
        "iat": ts,
        "exp": ts + lifetime_s,
        "jti": jti or secrets.token_urlsafe(18),
    }
    kid = private_jwk.get("kid")
    return jwt.encode(claims, key.key, algorithm=alg, headers={"kid": kid} if isinstance(kid, str) else None)
