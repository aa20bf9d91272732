"""Exception hierarchy: every error a user can cause or meet has one readable line."""

from __future__ import annotations


class GovnewsError(Exception):
    """Base class; ``str(err)`` is a one-line message fit for stderr."""

    exit_code = 1


class UsageError(GovnewsError):
    """Bad arguments, bad paths, bad configuration files."""

    exit_code = 2


class ConfigError(UsageError):
    """A sites file or profile that cannot be used."""


class StorageError(GovnewsError):
    """The database cannot be opened, written or is not a govnews archive."""


class LockedError(GovnewsError):
    """Another govnews run holds the lock on this database."""

    exit_code = 4


class FetchError(GovnewsError):
    """A URL could not be fetched.

    ``reason`` is a short machine-friendly token (``http-404``, ``timeout``,
    ``connect``, ``too-large``, ``truncated``, ``redirect-loop``,
    ``offsite-redirect``, ``robots``, ``invalid-url``, ``tls``, ``dns``),
    ``retryable`` says whether a later attempt may succeed.
    """

    def __init__(
        self,
        url: str,
        reason: str,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class ParseError(GovnewsError):
    """A page could not be read as HTML or yields nothing usable."""
