"""The helpers every source kind shares: secret options, token headers, the safe feed parse."""

from __future__ import annotations

from typing import Any

import pytest

from webcare import config, sources
from webcare.errors import ConfigError
from webcare.sources.base import OptionError, bearer_header, check_secret, secret_header

# The kinds whose token goes in `Authorization: Bearer`, with the option that holds it.
BEARER_KINDS = {
    "bluesky": ("access_token", {"query": "acme"}),
    "mastodon": ("access_token", {"instance": "mastodon.nl", "tag": "acme"}),
    "facebook": ("token", {"page_id": "1234567890"}),
    "google-reviews": ("token", {"account": "113", "location": "928"}),
    "x-api": ("token", {"query": "acme"}),
}


def _source(kind: str, **table: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "s", "kind": kind, **table}]}).sources[0]


# ---------------------------------------------------------------- secret options


@pytest.mark.parametrize("value", ["${ACME_TOKEN}", "Bearer ${ACME_TOKEN}", "x-${A}-y"])
def test_a_secret_option_holding_a_reference_anywhere_is_accepted(value: str) -> None:
    check_secret({"token": value}, "token", what="bearer token", example="X_TOKEN")


def test_a_missing_secret_option_is_accepted() -> None:
    check_secret({}, "token", what="bearer token", example="X_TOKEN")


@pytest.mark.parametrize(
    ("what", "message"),
    [
        (
            "bearer token",
            'write the bearer token as an environment reference such as "${X_TOKEN}", '
            "never the token itself",
        ),
        (
            "key",
            'write the key as an environment reference such as "${X_TOKEN}", never the key itself',
        ),
    ],
)
def test_a_literal_secret_is_refused_naming_the_option(what: str, message: str) -> None:
    for literal in ("AAAA0%2Bsecret", "$ACME_TOKEN", "${1BAD}"):
        with pytest.raises(OptionError) as caught:
            check_secret({"token": literal}, "token", what=what, example="X_TOKEN")
        assert (caught.value.key, str(caught.value)) == ("token", message)


@pytest.mark.parametrize("kind", [*BEARER_KINDS, "kiyoh", "trustpilot"])
def test_every_kind_with_a_secret_refuses_it_written_out(kind: str) -> None:
    key, table = BEARER_KINDS.get(kind, ("api_key" if kind == "trustpilot" else "token", {}))
    with pytest.raises(ConfigError) as caught:
        _source(kind, url="https://api.example/", **table, **{key: "s3cret-literal"})
    assert caught.value.key == f"sources[0] (s).{key}"
    assert "environment reference" in str(caught.value)
    assert "s3cret-literal" not in str(caught.value)


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    "token", ["${ACME_TOKEN}", "Bearer ${ACME_TOKEN}", "Bearer  ${ACME_TOKEN}"]
)
def test_the_bearer_header_keeps_the_reference_and_says_bearer_once(token: str) -> None:
    assert bearer_header({"token": token}) == {"Authorization": "Bearer ${ACME_TOKEN}"}
    assert bearer_header({"access_token": token}, "access_token") == {
        "Authorization": "Bearer ${ACME_TOKEN}"
    }


@pytest.mark.parametrize("options", [{}, {"token": ""}], ids=["absent", "empty"])
def test_no_token_is_no_header(options: dict[str, str]) -> None:
    assert bearer_header(options) == {}
    assert secret_header(options, "token", "apikey") == {}


def test_a_secret_header_is_the_reference_as_written() -> None:
    assert secret_header({"api_key": "${TP_KEY}"}, "api_key", "apikey") == {"apikey": "${TP_KEY}"}


@pytest.mark.parametrize("kind", BEARER_KINDS)
def test_every_bearer_kind_sends_one_bearer_even_when_the_config_writes_it(kind: str) -> None:
    # bluesky and mastodon used to send "Bearer Bearer …" for a token written with its scheme.
    key, table = BEARER_KINDS[kind]
    for token in ("${ACME_TOKEN}", "Bearer ${ACME_TOKEN}"):
        spec = _source(kind, **table, **{key: token})
        assert sources.get(kind).request_headers(spec.options) == {
            "Authorization": "Bearer ${ACME_TOKEN}"
        }
