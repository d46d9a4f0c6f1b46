"""The OpenAI SDK's HTTP transport for a plain-HTTP (local) model server: urllib3's.

A model server sends each token as an HTTP chunk of its own. The SDK's default transport
(httpcore over h11) spends about 9 µs of Python a chunk, 10 ms of CPU for a plan's 1,100
tokens; urllib3 (the standard library's http.client parser) about 4.5 µs (measured against the
benchmark's local server). Only the transport changes: the SDK keeps retries, timeouts, errors
and headers, and an https endpoint keeps the SDK's own client (its certificates and proxies).

A chunked reply is unframed here (`_dechunk`), at most 4 KB a network read, so the layers above
(urllib3's reader, httpx2's stream, the SDK's) run once a read, not once a token. Tried on
28 Nov with 64 KB reads: a flooding looping reply then ran past 1,000 tokens before the watch
(tests/test_llm_bounds.py); 4 KB is two of the event reader's batches (`DECODE_BYTES`), so the
watch sees a flood as it did before. Measured 29 Nov (load 10-17, the benchmark's flooding
server, which writes a token's chunk at a time): a 1,094-token reply's streamed read, request
to last event, 7.2-7.9 -> 6.3 ms of CPU (medians of 40); its reads average 5 chunks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx2
import urllib3
from urllib3 import exceptions as u3

READ_BYTES = 64 * 1024
# a chunked reply is read this much at most a time (what has arrived): a flooding server's
# reply reaches the loop watch in pieces this big, as the event reader's batches (2 KB) would
CHUNKED_READ_BYTES = 4096
_MAX_SIZE_LINE = 65536  # urllib3's and http.client's limit on a chunk's size line
# most specific first: urllib3's refused connection is a kind of its connect timeout
_ERRORS: tuple[tuple[type[Exception], type[httpx2.TransportError]], ...] = (
    (u3.NewConnectionError, httpx2.ConnectError),
    (u3.ConnectTimeoutError, httpx2.ConnectTimeout),
    (u3.ReadTimeoutError, httpx2.ReadTimeout),
    (u3.ProtocolError, httpx2.RemoteProtocolError),
    (u3.HTTPError, httpx2.NetworkError),
    (TimeoutError, httpx2.ReadTimeout),  # a socket read of ours (`_dechunk`) that timed out
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
            raw = getattr(self.response._fp, "fp", None)  # http.client's buffered socket
            if self.response.chunked and raw is not None and hasattr(raw, "read1"):
                yield from _dechunk(raw)
                self.response._fp.close()  # the body is read to its end: the connection is free
            elif self.response.chunked:
                yield from self.response.read_chunked(decode_content=False)
            else:
                yield from self.response.stream(READ_BYTES, decode_content=False)

    def close(self) -> None:
        if not self.response.isclosed():
            self.response.close()  # a reply abandoned midway: hang up, the server stops
        self.response.release_conn()


def _dechunk(raw: Any, size: int = CHUNKED_READ_BYTES) -> Iterator[bytes]:
    """A chunked body's data, one piece a network read of at most ``size`` bytes (what has
    arrived: many tokens' chunks when the reader fell behind). Reads stop at the last chunk and
    its trailers, so nothing of the next reply on the connection is taken."""
    pending = b""
    while True:
        data = raw.read1(size)
        if not data:
            raise u3.ProtocolError("Response ended prematurely")
        pending += data
        pieces: list[bytes] = []
        start = 0
        while True:
            line_end = pending.find(b"\r\n", start)
            if line_end < 0:
                if len(pending) - start > _MAX_SIZE_LINE:
                    raise u3.ProtocolError(
                        "Response chunk size line exceeded maximum allowed length"
                    )
                break
            try:
                length = int(pending[start:line_end], 16)
            except ValueError:
                length = _chunk_length(pending[start:line_end])  # with extensions, or broken
            if length == 0:  # the last chunk: trailers (usually none), then an empty line
                if pending.find(b"\r\n\r\n", line_end) >= 0:
                    if pieces:
                        yield b"".join(pieces)
                    return
                break
            end = line_end + 2 + length
            if len(pending) < end + 2:
                break
            pieces.append(pending[line_end + 2 : end])
            start = end + 2
        pending = pending[start:]
        if pieces:
            yield b"".join(pieces)


def _chunk_length(line: bytes) -> int:
    """A chunk's size from its size line, its extensions (``;name=value``) left out."""
    try:
        return int(line.split(b";", 1)[0], 16)
    except ValueError:
        raise u3.ProtocolError(f"Invalid chunk length: {line[:40]!r}") from None


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
