"""Polling over HTTPS: a real TLS server on 127.0.0.1 with a certificate from a test CA
(trustme). A feed is read only when its certificate is trusted, and the CA a user names
with SSL_CERT_FILE is the one trusted, on every wire webcare has (aiohttp, and httpcore
with WEBCARE_HTTP=httpcore)."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme
from conftest import NOW
from httpserver import FeedServer, serve
from typer.testing import Result

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Nieuws</title>'
    "<link>https://nieuws.example/</link><item><title>Acme app ligt eruit</title>"
    "<guid>tls-1</guid><link>https://nieuws.example/1</link>"
    "<pubDate>Sun, 22 Nov 2026 10:15:00 +0100</pubDate>"
    "<description>Klanten van Acme kunnen niet inloggen.</description></item></channel></rss>"
)


@pytest.fixture
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(authority: trustme.CA, monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with serve(tls=context) as server:
        server.route("/acme.xml", FEED)
        yield server


@pytest.mark.parametrize("wire", ["aiohttp", "httpcore"])
def test_a_feed_over_https_is_read_when_its_certificate_authority_is_trusted(
    tls_server: FeedServer,
    authority: trustme.CA,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wire: str,
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    if wire == "httpcore":
        monkeypatch.setenv("WEBCARE_HTTP", "httpcore")
    url = tls_server.url("/acme.xml")
    assert url.startswith("https://127.0.0.1:")
    config = make_config({"name": "news", "kind": "rss", "url": url, "channel": "web"})

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 0, result.stderr
    assert "news: 1 new" in result.stderr
    assert [hit.status for hit in tls_server.hits_for("/acme.xml")] == [200]


@pytest.mark.parametrize("wire", ["aiohttp", "httpcore"])
def test_a_feed_whose_certificate_is_not_trusted_is_refused_and_named(
    tls_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    wire: str,
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # the test CA is in no bundle
    if wire == "httpcore":
        monkeypatch.setenv("WEBCARE_HTTP", "httpcore")
    config = make_config(
        {"name": "news", "kind": "rss", "url": tls_server.url("/acme.xml"), "channel": "web"}
    )

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 3, result.stderr  # a source failed, the poll went on
    line = next(line for line in result.stderr.splitlines() if "news" in line)
    assert "certificate" in line.lower()
    assert tls_server.hits_for("/acme.xml") == []  # nothing was asked over a refused link
