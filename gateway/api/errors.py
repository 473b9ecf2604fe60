"""API errors: a stable code, an HTTP status and a message that never carries PHI."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.headers = headers or {}

    def diagnostics(self) -> str:
        return f"{self.status} {self.code}: {self}"


def not_found() -> ApiError:
    """The one answer for unknown objects and for objects the caller may not know exist (no oracle)."""
    return ApiError(404, "not_found", "not found")


def gone(reason: str) -> ApiError:
    return ApiError(410, "gone", f"no longer available ({reason})")


def forbidden() -> ApiError:
    return ApiError(403, "forbidden", "this role may not use this route")


def unauthenticated(message: str = "a valid bearer token is required") -> ApiError:
    return ApiError(401, "unauthenticated", message, headers={"WWW-Authenticate": 'Bearer realm="sekisho"'})
