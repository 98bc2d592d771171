"""Fetching pages over HTTP(S) safely: timeouts, a size cap while streaming, a redirect
limit, a real User-Agent, and no requests to loopback, private, link-local, multicast or
reserved addresses unless ``settings.allow_private``.

The address check runs where the socket is opened (a guarded httpcore network backend): the
host is resolved once, every resolved address is checked, and the connection goes to a checked
address. So every redirect hop is checked, and a DNS answer cannot change between check and use.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from types import TracebackType
from typing import Any

import httpcore
import httpx

from eventwire.errors import Errors, InputError
from eventwire.records import Document
from eventwire.settings import Settings
from eventwire.sources.naming import url_doc_id
from eventwire.sources.sniff import classify, with_charset

log = logging.getLogger(__name__)

try:
    _VERSION = metadata.version("eventwire")
except metadata.PackageNotFoundError:  # running from a source tree
    _VERSION = "0"
USER_AGENT = f"Mozilla/5.0 (compatible; eventwire/{_VERSION}; news event extraction)"
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
# Connect and each read get http_timeout; a whole fetch gets this many times it, so a server
# that trickles bytes cannot hold a run for ever.
_TOTAL_TIMEOUT_FACTOR = 3
# Timeouts in a row after which a host is not asked again in the same run.
GIVE_UP_AFTER_TIMEOUTS = 3

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_refused_address(ip: IPAddress) -> bool:
    """True for loopback, private, link-local, multicast, reserved and unspecified addresses,
    including IPv4 addresses carried inside IPv6 (mapped, 6to4, Teredo)."""
    embedded: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        embedded += [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
        if ip.teredo is not None:
            embedded += list(ip.teredo)
    return any(
        a.is_private
        or a.is_loopback
        or a.is_link_local
        or a.is_multicast
        or a.is_reserved
        or a.is_unspecified
        or not a.is_global  # e.g. 100.64.0.0/10 carrier-grade NAT
        for a in embedded
    )


class RefusedAddress(Exception):
    """A host resolved to an address that may not be fetched."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}")
        self.host = host
        self.address = address


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, in resolver order, without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise httpcore.ConnectError(f"cannot resolve {host}: {e}") from e
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if address not in seen:
            seen.append(address)
    return seen


class _GuardedBackend(httpcore.SyncBackend):
    """Opens TCP connections only to checked addresses."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        if not self.allow_private:
            for address in addresses:
                if is_refused_address(ipaddress.ip_address(address)):
                    raise RefusedAddress(host, address)
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                error = e
        raise error


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        # httpx has no public hook for the network backend, so the pool it built is replaced
        # by an equivalent one that connects through the guard (httpx is pinned to 0.28).
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(allow_private),
        )


@dataclass
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str | None  # the Content-Type header
    fetched_at: datetime


class Fetcher:
    """One HTTP client for a run (connections are reused); use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: httpx.Client | None = None
        # Timeouts in a row per host: a site that has stopped answering is given up on for the
        # run, or a feed of 200 entries from it waits out 200 timeouts.
        self._timeouts: dict[str, int] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        # Built on first use: a run over local files never creates an SSL context.
        if self._client is None:
            self._client = httpx.Client(
                transport=_GuardedTransport(self.settings.allow_private),
                follow_redirects=True,
                max_redirects=self.settings.max_redirects,
                timeout=httpx.Timeout(self.settings.http_timeout),
                headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
            )
        return self._client

    def fetch(self, url: str, input: str) -> Fetched:
        """The body of ``url`` (at most ``settings.max_bytes``), or an ``InputError``."""
        limit = self.settings.max_bytes
        host = _host(url)
        if self._timeouts.get(host, 0) >= GIVE_UP_AFTER_TIMEOUTS:
            detail = f"{host} timed out {GIVE_UP_AFTER_TIMEOUTS} times in a row; not tried again in this run"
            raise InputError(Errors.E007.format(input=input, detail=detail))
        try:
            fetched = self._fetch(url, input, limit)
        except InputError as e:
            if isinstance(e.__cause__, httpx.TimeoutException):
                self._timeouts[host] = self._timeouts.get(host, 0) + 1
            raise
        self._timeouts.pop(host, None)
        return fetched

    def _fetch(self, url: str, input: str, limit: int) -> Fetched:
        deadline = time.monotonic() + _TOTAL_TIMEOUT_FACTOR * self.settings.http_timeout
        try:
            with self.client.stream("GET", url) as response:
                if not response.is_success:
                    raise InputError(Errors.E007.format(input=input, detail=f"HTTP {response.status_code}"))
                unsupported = _undecodable(response.headers.get("Content-Encoding", ""))
                if unsupported:
                    detail = f"unsupported Content-Encoding {', '.join(unsupported)}"
                    raise InputError(Errors.E007.format(input=input, detail=detail))
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise InputError(Errors.E009.format(input=input, limit=limit))
                body = bytearray()
                # iter_bytes decodes gzip/deflate, so the cap is on what is kept, not what is sent.
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise InputError(Errors.E009.format(input=input, limit=limit))
                    if time.monotonic() > deadline:
                        # a timeout as far as giving up on the host goes
                        slow = httpx.ReadTimeout("download too slow")
                        raise InputError(Errors.E007.format(input=input, detail="download too slow")) from slow
                return Fetched(
                    url=str(response.url),
                    body=bytes(body),
                    content_type=response.headers.get("Content-Type"),
                    fetched_at=datetime.now(UTC),
                )
        except RefusedAddress as e:
            host = e.host if e.host == e.address else f"{e.host} ({e.address})"
            raise InputError(Errors.E008.format(input=input, host=host)) from e
        except httpx.TooManyRedirects as e:
            detail = f"more than {self.settings.max_redirects} redirects"
            raise InputError(Errors.E007.format(input=input, detail=detail)) from e
        except httpx.TimeoutException as e:
            detail = f"timed out after {self.settings.http_timeout:g} s"
            raise InputError(Errors.E007.format(input=input, detail=detail)) from e
        except (httpx.HTTPError, httpx.InvalidURL) as e:
            raise InputError(Errors.E007.format(input=input, detail=_describe(e))) from e


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host or url
    except (httpx.InvalidURL, TypeError):
        return url


def _decodable() -> frozenset[str]:
    try:  # br and zstd are there only when their optional packages are installed
        from httpx._decoders import SUPPORTED_DECODERS

        return frozenset(SUPPORTED_DECODERS)
    except ImportError:  # pragma: no cover (httpx is pinned to 0.28)
        return frozenset({"identity", "gzip", "deflate"})


_DECODABLE = _decodable()


def _undecodable(content_encoding: str) -> list[str]:
    """The codings of a Content-Encoding header httpx cannot undo: it passes their bytes on as
    they came, and compressed bytes would be read as the page's text."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    return [c for c in codings if c not in _DECODABLE]


def _describe(e: Exception) -> str:
    text = str(e).strip().splitlines()[0][:200] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def page_document(fetched: Fetched, input: str, *, doc_id: str | None = None, origin: str = "url") -> Document:
    """A fetched HTML or text page as a Document; binary, feed or other XML is an ``InputError``."""
    if not fetched.body.strip():
        raise InputError(Errors.E002.format(input=input))
    kind = classify(fetched.body, fetched.content_type)
    if kind.startswith("binary:"):
        raise InputError(Errors.E003.format(input=input, kind=kind.removeprefix("binary:")))
    if kind not in ("html", "text"):
        raise InputError(Errors.E010.format(input=input))
    return Document(
        raw=fetched.body,
        doc_id=doc_id or url_doc_id(input),
        url=fetched.url,
        fetched_at=fetched.fetched_at,
        content_type=with_charset(kind, fetched.content_type),
        origin=origin,
        input=input,
    )
