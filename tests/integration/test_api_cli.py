"""``sekisho client`` and ``sekisho serve`` as an operator runs them: register a contractor with a generated key
(only the private half leaves, mode 0600), serve on loopback with uvicorn, exchange a signed assertion for a token
over real HTTP, disable the client, rotate another client's key to a PEM the client made itself."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from gateway.api.assertion import client_assertion, load_private_jwk

ROOT = Path(__file__).resolve().parents[2]


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway.cli.main", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def env(sekisho_home: Path) -> dict[str, str]:
    return {**os.environ, "SEKISHO_HOME": str(sekisho_home), "SEKISHO_MODE": "dev"}


def test_client_commands_and_a_served_token_exchange(env: dict[str, str], tmp_path: Path):
    keys = tmp_path / "handover"
    r = _cli(env, "client", "add", "acme", "--role", "contractor", "--recipient", "contractor-a", "--by",
             "user:po-1", "--generate-key-to", str(keys))  # fmt: skip
    assert r.returncode == 0, r.stderr
    key_file = keys / "acme.jwk"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    private = load_private_jwk(key_file)
    assert private["d"] and private["client_id"] == "acme"
    again = _cli(env, "client", "add", "acme", "--role", "contractor", "--recipient", "contractor-a", "--by",
                 "user:po-1", "--generate-key-to", str(keys))  # fmt: skip
    assert again.returncode != 0 and "exists" in again.stderr  # never overwrites a private key
    bad = _cli(env, "client", "add", "staffer", "--role", "staff", "--recipient", "x", "--by", "user:po-1",
               "--generate-key-to", str(keys))  # fmt: skip
    assert bad.returncode == 1 and "recipient_not_allowed" in bad.stderr and not (keys / "staffer.jwk").exists()

    # a client that made its own P-256 key hands over the public PEM only
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    own = ec.generate_private_key(ec.SECP256R1())
    pem = tmp_path / "beta.pub.pem"
    pem.write_bytes(own.public_key().public_bytes(serialization.Encoding.PEM,
                                                  serialization.PublicFormat.SubjectPublicKeyInfo))  # fmt: skip
    r = _cli(env, "client", "add", "beta", "--role", "trainer", "--recipient", "trainer", "--by", "user:po-1",
             "--public-key", str(pem))  # fmt: skip
    assert r.returncode == 0 and "ES256" in r.stdout, r.stderr
    listed = [json.loads(line) for line in _cli(env, "client", "list", "--json").stdout.splitlines()]
    assert [(c["client_id"], c["role"], c["status"]) for c in listed] == [
        ("acme", "contractor", "active"), ("beta", "trainer", "active")
    ]  # fmt: skip
    db = (Path(env["SEKISHO_HOME"]) / "sekisho.db").read_bytes()
    assert private["d"].encode() not in db  # only public keys are kept

    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "gateway.cli.main", "serve", "--port", str(port),
                               "--log-level", "warning"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "server did not start"
            time.sleep(0.3)
        token_url = base + "/oauth/token"
        form = {"grant_type": "client_credentials",
                "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}  # fmt: skip
        assertion = client_assertion(private, client_id="acme", token_url=token_url)
        tok = httpx.post(token_url, data={**form, "client_assertion": assertion})
        assert tok.status_code == 200, tok.text
        auth = {"Authorization": f"Bearer {tok.json()['access_token']}"}
        me = httpx.get(base + "/api/v1/whoami", headers=auth)
        assert me.json() == {"id": "client:acme", "role": "contractor", "recipient": "contractor-a"}
        assert "server" not in me.headers  # no server banner

        assert _cli(env, "client", "disable", "acme", "--by", "user:po-1").returncode == 0
        assert httpx.get(base + "/api/v1/whoami", headers=auth).status_code == 401

        r = _cli(env, "client", "rotate-key", "beta", "--by", "user:po-1", "--generate-key-to", str(keys))
        assert r.returncode == 0, r.stderr
        new = load_private_jwk(keys / "beta.jwk")
        old_jwk = {"kty": "EC", "crv": "P-256", "d": _b64u(own.private_numbers().private_value), "alg": "ES256",
                   **{k: v for k, v in _public_of(own).items()}}  # fmt: skip
        refused = httpx.post(token_url, data={**form, "client_assertion": client_assertion(
            old_jwk, client_id="beta", token_url=token_url)})  # fmt: skip
        assert refused.status_code == 401
        ok = httpx.post(token_url, data={**form, "client_assertion": client_assertion(
            new, client_id="beta", token_url=token_url)})  # fmt: skip
        assert ok.status_code == 200
    finally:
        server.terminate()
        out = server.communicate(timeout=30)[0].decode()
    assert "Traceback" not in out


def _b64u(n: int) -> str:
    import base64

    return base64.urlsafe_b64encode(n.to_bytes(32, "big")).rstrip(b"=").decode()


def _public_of(key) -> dict[str, str]:
    nums = key.public_key().public_numbers()
    return {"x": _b64u(nums.x), "y": _b64u(nums.y)}


def test_serve_help_is_true():
    r = subprocess.run([sys.executable, "-m", "gateway.cli.main", "serve", "--help"], cwd=ROOT, capture_output=True,
                       text=True, check=True)  # fmt: skip
    for option in ("--host", "--port", "--workers", "--tls-cert", "--tls-key"):
        assert option in r.stdout


def test_serve_refuses_plain_http_off_loopback_in_prod(env: dict[str, str]):
    prod = {**env, "SEKISHO_MODE": "prod", "SEKISHO_KEY_PASSPHRASE": "x" * 20, "SEKISHO_SESSION_SECRET": "y" * 20}
    r = _cli(prod, "serve", "--host", "0.0.0.0", "--port", "1")
    assert r.returncode == 2 and "refusing" in r.stderr
