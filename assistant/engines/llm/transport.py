"""The OpenAI SDK's HTTP transport for a plain-HTTP (local) model server: urllib3's.

A model server sends each token as an HTTP chunk of its own. The SDK's default transport
(httpcore over h11) spends about 9 µs of Python a chunk, 10 ms of CPU for a plan's 1,100
tokens; urllib3 (the standard library's http.client parser) about 4.5 µs (measured against the
benchmark's local server). Only the transport changes: the SDK keeps retries, timeouts, errors
and headers, and an https endpoint keeps the SDK's own client (its certificates and proxies).

Tried and left out (28 Nov 2026): unframing the chunks ourselves, a network read at a time.
With 64 KB reads the HTTP share of a plan fell 5.1 -> 2.9 ms of CPU, but a server flooding a
looping reply then had over 1,000 tokens taken before the watch saw the batch
(tests/test_llm_bounds.py); with 2 KB reads (the event reader's batch size) it saved nothing
measurable (27.6 ms of CPU a plan with it, 27.0 without: medians of 25 interleaved pairs, load 19-21).
64 KB reads with the watch fed 64 events at a time kept the loop test green but measured 31.3 vs
32.4 ms a plan (25 pairs, load 18-20) and 30.4 vs 28.9 in `evals.bench_llm_phases`: within the
noise, so urllib3's reader stays.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx2
import urllib3
from urllib3 import exceptions as u3

READ_BYTES = 64 * 1024
# most specific first: urllib3's refused connection is a kind of its connect timeout
_ERRORS: tuple[tuple[type[Exception], type[httpx2.TransportError]], ...] = (
    (u3.NewConnectionError, httpx2.ConnectError),
    (u3.ConnectTimeoutError, httpx2.ConnectTimeout),
    (u3.ReadTimeoutError, httpx2.ReadTimeout),
    (u3.ProtocolError, httpx2.RemoteProtocolError),
    (u3.HTTPError, httpx2.NetworkError),
    (OSError, httpx2.NetworkError),
)


@contextlib.contextmanager
def _as_httpx(request: httpx2.Request) -> Iterator[None]:
    """urllib3's errors as the httpx2 errors the SDK retries and reports."""
    try:
        yield
    except Exception as exc:
        for theirs, ours in _ERRORS:
            if isinstance(exc, theirs):
                raise ours(str(exc), request=request) from exc
        raise


class _Body(httpx2.SyncByteStream):
    """A response body as it arrives: one HTTP chunk a read, or what the socket has."""

    def __init__(self, response: Any, request: httpx2.Request) -> None:
        self.response = response
        self.request = request

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx(self.request):
            if self.response.chunked:
                yield from self.response.read_chunked(decode_content=False)
            else:
                yield from self.response.stream(READ_BYTES, decode_content=False)

    def close(self) -> None:
        if not self.response.isclosed():
            self.response.close()  # a reply abandoned midway: hang up, the server stops
        self.response.release_conn()


class LocalServerTransport(httpx2.BaseTransport):
    """httpx2's transport interface over a urllib3 pool (no retries: those are the SDK's)."""

    def __init__(self, connections: int = 10) -> None:
        self._pool = urllib3.PoolManager(maxsize=connections, retries=False)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        timeout = request.extensions.get("timeout") or {}
        with _as_httpx(request):
            response = self._pool.urlopen(
                request.method,
                str(request.url),
                body=request.read() or None,
                headers=urllib3.HTTPHeaderDict(request.headers.multi_items()),
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,
                timeout=urllib3.Timeout(connect=timeout.get("connect"), read=timeout.get("read")),
            )
        return httpx2.Response(
            status_code=response.status,
            headers=list(response.headers.items()),
            stream=_Body(response, request),
            extensions={"http_version": b"HTTP/1.1"},
        )

    def close(self) -> None:
        self._pool.clear()
