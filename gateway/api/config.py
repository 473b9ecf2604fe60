"""API settings (``SEKISHO_API_`` prefix), beside the gateway's :class:`gateway.settings.Settings`."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SEKISHO_API_", extra="ignore")

    public_url: str | None = Field(
        default=None,
        description="External base URL (e.g. https://sekisho.example.jp). Client assertions must name "
        "<public_url>/oauth/token as audience. Unset (dev only): the URL the request arrived at.",
    )
    token_ttl_s: int = Field(default=600, ge=30, le=3600, description="access token lifetime")
    assertion_max_lifetime_s: int = Field(default=300, ge=10, le=300, description="longest exp - iat accepted")
    clock_skew_s: int = Field(default=30, ge=0, le=120)
    rate_per_s: float = Field(default=50.0, gt=0, description="requests per second per principal (token bucket)")
    rate_burst: int = Field(default=200, ge=1, description="bucket size per principal")
    token_rate_per_s: float = Field(default=2.0, gt=0, description="token requests per second per client address")
    token_rate_burst: int = Field(default=20, ge=1)
    max_body_bytes: int = Field(default=1 << 20, ge=1024, description="largest request body accepted")
    chunk_bytes: int = Field(default=1 << 20, ge=4096, description="download read size")
    verify_digest: bool = Field(
        default=True, description="hash whole-file downloads while streaming; abort the response on a mismatch"
    )
