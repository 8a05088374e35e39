"""Group `network`: every fault a stranger's server can commit (hangs, a byte a second,
resets, garbage, lying lengths, 429/503 with every kind of Retry-After, 5xx and HTML
error pages, redirect loops and cross-origin redirects, 50 MB bodies, gzip and deflate
bombs, wrong content types, malformed, truncated and entity-bomb XML, bad encodings),
each a source of its own next to good sources on the same host.

One poll holds every fault and the good sources (then a second poll, which must store
nothing twice); the full run also polls each fault alone next to one good source. Counted:
a crash or an exit other than 3; a good source's item not stored (lost) or stored twice;
a fault that should fail its source but is neither named FAILED nor skipped on stderr
(wrong exit); a credential sent to another origin, or a local file or an external entity
read into a mention (leaked). Then the peak RSS of a poll of the good sources alone and of
the same poll with the bombs and 50 MB bodies beside them: the second must stay within
1.5× the first.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from faultsuite import feeds
from faultsuite.harness import NOW, Context, Tally, parallel, rows, webcare, write_config
from faultsuite.server import (
    ATOM,
    JSON,
    Behaviour,
    FaultServer,
    Running,
    closed_port,
    drip,
    drip_head,
    hang,
    ok,
    raw,
    redirect,
    reset,
    slow_answer,
    status,
    stream,
)

KEY_ENV, KEY = "WEBCARE_SUITE_NET_KEY", "net-key-5b1d0c"
"""An API key sent as a header: it must never reach the other origin."""
GOOD_SOURCES, GOOD_ITEMS = 6, 20
FAIL, STORE, EITHER = "fail", "store", "either"
MEMORY_GOAL = 1.5


@dataclass(frozen=True)
class Fault:
    name: str
    expect: str
    """FAIL: the source fails alone, named on stderr; STORE: its one item is stored;
    EITHER: stored or failed, but never twice and never a crash."""
    make: Callable[[FaultServer, FaultServer, str], list[Behaviour]]
    """(server, the other origin, the source's name) -> its route's behaviours."""
    kind: str = "rss"
    credentials: bool = False
    heavy: bool = False
    """A bomb or a 50 MB body (also in the memory comparison)."""


def _one(s: FaultServer, o: FaultServer, name: str) -> bytes:
    return feeds.rss(name, 1)


def _f(name: str, expect: str, make: Callable[[FaultServer, FaultServer, str], list[Behaviour]],
       **kw: object) -> Fault:  # fmt: skip
    return Fault(name, expect, make, **kw)  # type: ignore[arg-type]


def _redirect_loop(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    s.route(f"/loop/{name}", redirect(s.url(f"/net/{name}")))
    return [redirect(s.url(f"/loop/{name}"))]


def _redirect_chain(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    for n in range(12):
        s.route(f"/chain/{name}/{n}", redirect(s.url(f"/chain/{name}/{n + 1}")))
    return [redirect(s.url(f"/chain/{name}/0"))]


def _cross_origin(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    o.route(f"/stolen/{name}", ok(feeds.rss(name, 1)))
    return [redirect(o.url(f"/stolen/{name}"))]


def _same_origin(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    s.route(f"/moved/{name}", ok(feeds.rss(name, 1)))
    return [redirect(s.url(f"/moved/{name}"), 301)]


def _gzip_lie(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    return [ok(feeds.rss(name, 1), headers=[("Content-Encoding", "gzip")])]


def _gzipped(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    return [ok(gzip.compress(feeds.rss(name, 1)), headers=[("Content-Encoding", "gzip")])]


BOMB_MB = {"size": 1000}
"""How far a bomb inflates (the quick sample's are smaller: compressing 1 GB takes 5 s)."""


def _bomb(kind: str) -> Callable[[FaultServer, FaultServer, str], list[Behaviour]]:
    def make(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
        body = feeds.bomb(kind, BOMB_MB["size"] * feeds.MB)
        return [ok(body, headers=[("Content-Encoding", kind)])]

    return make


def _big(length: bool) -> Callable[[FaultServer, FaultServer, str], list[Behaviour]]:
    size = 50 * feeds.MB
    return lambda s, o, n: [stream(lambda: feeds.big_pieces(size), length=size if length else None)]


def _xxe(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
    o.route(f"/xxe/{name}", ok(b"root:x:0:0:xxe-fetched", "text/plain"))
    return [ok(feeds.external_entity(o.url(f"/xxe/{name}")))]


def _text(body: bytes, ctype: str | None = "application/rss+xml") -> Callable[..., list[Behaviour]]:
    return lambda s, o, n: [ok(body, ctype)]


def _feed(transform: Callable[[bytes], bytes], ctype: str | None = "application/rss+xml; charset=utf-8",
          code: int = 200) -> Callable[..., list[Behaviour]]:  # fmt: skip
    return lambda s, o, n: [status(code, body=transform(feeds.rss(n, 1)), ctype=ctype or "")]


def _retry(code: int, value: str, then_ok: bool = False) -> Callable[..., list[Behaviour]]:
    def make(s: FaultServer, o: FaultServer, name: str) -> list[Behaviour]:
        first = status(code, [("Retry-After", value)])
        return [first, ok(feeds.rss(name, 1))] if then_ok else [first]

    return make


HTML_PAGE = b"<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
FAULTS: list[Fault] = [
    _f("hang", FAIL, lambda s, o, n: [hang()]),
    _f("answer after the timeout", FAIL, lambda s, o, n: [slow_answer(10, ok(feeds.rss(n, 1)))]),
    _f("a byte a second", FAIL, lambda s, o, n: [drip(feeds.rss(n, 1))]),
    _f("headers a byte a second", FAIL, lambda s, o, n: [drip_head()]),
    _f("connection refused", FAIL, lambda s, o, n: []),
    _f("reset at once", FAIL, lambda s, o, n: [reset()]),
    _f("reset in the headers", FAIL, lambda s, o, n: [reset(b"HTTP/1.1 200 OK\r\nContent-Ty")]),
    _f("reset in the body", FAIL, lambda s, o, n: [reset(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<?xml version=")]),
    _f("garbage instead of HTTP", FAIL, lambda s, o, n: [raw(b"\x00\xff\x1b[31mSSH-2.0-OpenSSH\r\n" * 50)]),
    _f("content-length longer than the body", FAIL, lambda s, o, n: [raw(b"HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n" + feeds.rss(n, 1)[:200])]),
    _f("broken chunked encoding", FAIL, lambda s, o, n: [raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n")]),
    _f("status line of another protocol", FAIL, lambda s, o, n: [raw(b"ICY 200 OK\r\n\r\n" + feeds.rss(n, 1))]),
    _f("429 retry-after 1 s, then ok", STORE, _retry(429, "1", then_ok=True)),
    _f("429 retry-after 10^12 s", FAIL, _retry(429, "1000000000000")),
    _f("429 retry-after 1e20", FAIL, _retry(429, "1e20")),
    _f("429 retry-after -5", FAIL, _retry(429, "-5")),
    _f("429 retry-after in year 9999", FAIL, _retry(429, "Fri, 31 Dec 9999 23:59:59 GMT")),
    _f("429 retry-after garbage", FAIL, _retry(429, "soon\x1b[31m")),
    _f("503 retry-after in the past", FAIL, _retry(503, "Wed, 21 Oct 2015 07:28:00 GMT")),
    _f("503 without retry-after", FAIL, lambda s, o, n: [status(503)]),
    _f("500 with an HTML page", FAIL, lambda s, o, n: [status(500, body=HTML_PAGE, ctype="text/html")]),
    _f("502, 504, 404, 401, 403", FAIL, lambda s, o, n: [status(502), status(504), status(404), status(401), status(403)]),
    _f("an HTML error page with 200", FAIL, _text(HTML_PAGE, "text/html")),
    _f("redirect loop", FAIL, _redirect_loop),
    _f("twelve redirects", FAIL, _redirect_chain),
    _f("redirect without location", FAIL, lambda s, o, n: [status(302)]),
    _f("redirect to file:///etc/passwd", FAIL, lambda s, o, n: [redirect("file:///etc/passwd")]),
    _f("redirect to javascript:", FAIL, lambda s, o, n: [redirect("javascript:alert(1)")]),
    _f("redirect to another port with a key", FAIL, _cross_origin, credentials=True),
    _f("redirect to another port, no key", EITHER, _cross_origin),
    _f("redirect on the same origin with a key", STORE, _same_origin, credentials=True),
    _f("50 MB body with its length", FAIL, _big(True), heavy=True),
    _f("50 MB body, no length", FAIL, _big(False), heavy=True),
    _f("gzip bomb", FAIL, _bomb("gzip"), heavy=True),
    _f("deflate bomb", FAIL, _bomb("deflate"), heavy=True),
    _f("content-encoding gzip, plain body", FAIL, _gzip_lie),
    _f("gzipped feed", STORE, _gzipped),
    _f("feed as text/html", EITHER, _feed(lambda b: b, "text/html")),
    _f("feed as application/octet-stream", EITHER, _feed(lambda b: b, "application/octet-stream")),
    _f("feed without content-type", EITHER, _feed(lambda b: b, None)),
    _f("atom type, rss body", EITHER, _feed(lambda b: b, ATOM)),
    _f("malformed XML", EITHER, _feed(lambda b: b.replace(b"</title>", b"</titel>", 1))),
    _f("truncated XML", EITHER, _feed(lambda b: b[: len(b) * 2 // 3])),
    _f("empty body", FAIL, _text(b"")),
    _f("204 no content", FAIL, lambda s, o, n: [status(204, body=b"")]),
    _f("billion laughs", EITHER, _text(feeds.BILLION_LAUGHS)),
    _f("external entities", EITHER, _xxe),
    _f("invalid bytes in UTF-8", STORE, _feed(lambda b: b.replace(b"einde.", b"einde.\xff\xfe\xc3"))),
    _f("declared UTF-16, is UTF-8", EITHER, _feed(lambda b: b.replace(b'encoding="UTF-8"', b'encoding="UTF-16"'), "application/rss+xml; charset=utf-16")),
    _f("declared latin-1, is UTF-8", EITHER, _feed(lambda b: b.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"'), "application/rss+xml; charset=iso-8859-1")),
    _f("JSON 100,000 deep", FAIL, lambda s, o, n: [ok(feeds.deep_json(100_000), JSON)], kind="json"),
    _f("JSON that is not JSON", FAIL, lambda s, o, n: [ok(b'{"items": [1, 2,', JSON)], kind="json"),
    _f("JSON of the wrong shape", FAIL, lambda s, o, n: [ok(b'{"error": "rate limited"}', JSON)], kind="json"),
]  # fmt: skip


def _source(name: str, url: str, fault: Fault | None = None) -> dict[str, object]:
    source: dict[str, object] = {"name": name, "kind": fault.kind if fault else "rss", "url": url,
                                 "channel": "news", "filter": False}  # fmt: skip
    if fault is not None and fault.credentials:
        source["headers"] = {"X-Api-Key": "${" + KEY_ENV + "}"}
    return source


def _name(fault: Fault) -> str:
    return "f" + "".join(c if c.isalnum() else "-" for c in fault.name.lower())[:40].strip("-")


def _goods(server: FaultServer, count: int, tag: str) -> list[dict[str, object]]:
    sources = []
    for n in range(count):
        name = f"good{tag}{n}"
        sources.append(_source(name, server.route(f"/good/{name}", ok(feeds.rss(name, GOOD_ITEMS)))))
    return sources


def _faulty(server: FaultServer, other: FaultServer, fault: Fault, held: list[object]) -> dict[str, object]:
    name = _name(fault)
    behaviours = fault.make(server, other, name)
    if not behaviours:
        sock, url = closed_port()
        held.append(sock)
        return _source(name, url, fault)
    return _source(name, server.route(f"/net/{name}", *behaviours), fault)


def run(ctx: Context, tally: Tally) -> list[str]:
    env = ctx.env({KEY_ENV: KEY})
    BOMB_MB["size"] = 200 if ctx.quick else 1000
    faults = FAULTS
    tally.cases = len(faults)
    held: list[object] = []
    with Running() as server, Running() as other:
        # Every fault at once, next to the good sources, polled twice.
        where = ctx.dir("network", "all")
        sources = _goods(server, GOOD_SOURCES, "a") + [_faulty(server, other, f, held) for f in faults]
        _poll_and_check(ctx, where, sources, faults, env, tally, "all at once: ")
        if not ctx.quick:
            def alone(fault: Fault) -> None:
                place = ctx.dir("network", _name(fault))
                srcs = _goods(server, 1, _name(fault)) + [_faulty(server, other, fault, held)]
                _poll_and_check(ctx, place, srcs, [fault], env, tally, f"{fault.name} alone: ")

            parallel(alone, faults, ctx.jobs)
        for hit in other.hits:
            if KEY in hit.head.decode("latin-1"):
                tally.find("leaked", f"the API key went to another origin: {hit.path}")
            if hit.path.startswith("/xxe/"):
                tally.find("leaked", "an external XML entity was fetched")
        lines = memory(ctx, server, other, env, tally, held)
    for sock in held:
        sock.close()  # type: ignore[attr-defined]
    return lines


def _poll_and_check(ctx: Context, where: Path, sources: list[dict[str, object]], faults: list[Fault],
                    env: dict[str, str], tally: Tally, what: str) -> None:  # fmt: skip
    config = write_config(where / "webcare.toml", sources)
    db = where / "webcare.db"
    argv: list[str | Path] = ["poll", "--config", config, "--db", db, "--now", NOW]
    first = webcare(argv, env=env, timeout=120)
    tally.faults += len(faults)
    expect = {FAIL: (3,), STORE: (0,), EITHER: (0, 3)}
    exits = (3,) if any(f.expect == FAIL for f in faults) else expect[faults[0].expect]
    if not tally.saw(first, exits, what):
        return
    err = first.err.decode("utf-8", "replace")
    if KEY in err or KEY in first.out.decode("utf-8", "replace"):
        tally.find("leaked", f"{what}the API key was printed")
    for fault in faults:
        name = _name(fault)
        lines = [line for line in err.splitlines() if line.startswith(f"{name}: ")]
        if fault.expect == FAIL and not any("FAILED" in line or "skipped" in line for line in lines):
            tally.find("wrong_exits", f"{what}{fault.name}: not reported as failed: {lines[:1]}")
    if not ctx.quick:  # (the quick sample's texts group polls twice)
        second = webcare(argv, env=env, timeout=120)
        tally.saw(second, exits, what + "again: ")
    stored = {str(r[0]): int(r[1]) for r in rows(db, "SELECT source, count(*) FROM mentions GROUP BY source")}  # type: ignore[call-overload]
    texts = " ".join(str(r[0]) for r in rows(db, "SELECT text || ' ' || coalesce(author, '') || ' ' || coalesce(url, '') FROM mentions"))
    for source in sources:
        name = str(source["name"])
        its = next((f for f in faults if _name(f) == name), None)
        want = GOOD_ITEMS if its is None else 1
        got = stored.get(name, 0)
        if its is None or its.expect == STORE:
            if got < want:
                tally.find("lost", f"{what}{name}: stored {got} of {want}", want - got)
        if got > want:
            tally.find("duplicated", f"{what}{name}: stored {got} for {want} items", got - want)
    if "root:x:0" in texts or "xxe-fetched" in texts:
        tally.find("leaked", f"{what}a local file or an external entity was stored in a mention")
    if KEY in texts:
        tally.find("leaked", f"{what}the API key is in the store")


def memory(ctx: Context, server: FaultServer, other: FaultServer, env: dict[str, str], tally: Tally,
           held: list[object]) -> list[str]:  # fmt: skip
    """Peak RSS of a poll of good sources alone, and with the bombs and 50 MB bodies too."""
    heavy = [f for f in FAULTS if f.heavy]
    goods = _goods(server, GOOD_SOURCES, "m")
    peaks = []
    for label, sources in (("clean", goods), ("bombs", goods + [_faulty(server, other, f, held) for f in heavy])):
        where = ctx.dir("network", f"memory-{label}")
        config = write_config(where / "webcare.toml", sources)
        result = webcare(["poll", "--config", config, "--db", where / "webcare.db", "--now", NOW], env=env, timeout=120)
        tally.saw(result, (0,) if label == "clean" else (3,), f"memory, {label} poll: ")
        peaks.append(result.rss_mb)
    clean, bombs = peaks
    ratio = bombs / clean if clean else float("inf")
    verdict = "ok" if ratio <= MEMORY_GOAL else "FAIL"
    return [
        f"{verdict}: peak RSS of a poll of {GOOD_SOURCES} good feeds: {clean:.0f} MB; with "
        f"{len(heavy)} more ({', '.join(f.name for f in heavy)}): {bombs:.0f} MB = "
        f"{ratio:.2f}× (goal ≤ {MEMORY_GOAL}×; bombs inflate to {BOMB_MB['size']} MB)"
    ]
