"""Group `secrets`: `${ENV}` secrets in source URLs (a password holding `#`, `?`, `/`, `%`
and non-ASCII; a token in the query), in headers (one ending in a newline, one that no
header can carry), in an API token and in notify URLs, while the servers fail in every
way (401, 500 pages that quote the request, refused connections, a redirect to another
origin, a missing variable).

Every command's stdout and stderr, the store's files and what the other origin received
are searched for each secret, whole and percent-encoded, and for the Basic credentials.
Counted: each place a secret was found (leaked); a crash, or an exit other than expected.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

from faultsuite import feeds
from faultsuite.harness import NOW, Context, Run, Tally, write_config
from faultsuite.harness import webcare as run_webcare
from faultsuite.server import Running, closed_port, echo, ok, redirect, status

SECRETS = {
    "WEBCARE_SUITE_PASS": "pa#ss?wo/rd%41ß-9c2e",
    "WEBCARE_SUITE_TOKEN": "tok-3e1c95d7a0",
    "WEBCARE_SUITE_HEADER": "hdr-8f02b4c6e1\n",
    "WEBCARE_SUITE_BADHEADER": "bad-hdr-77d1\x01é\r\nX-Injected: 1",
    "WEBCARE_SUITE_NOTIFY": "hook-a1b2c3d4e5",
}


def forms() -> dict[str, str]:
    """Every way a secret could show: whole, stripped, percent-encoded, as Basic auth."""
    found: dict[str, str] = {}
    for name, value in SECRETS.items():
        for form in {value, value.strip(), quote(value, safe=""), quote(value.strip(), safe="")}:
            found[form] = name
    basic = base64.b64encode(f"suite:{SECRETS['WEBCARE_SUITE_PASS']}".encode()).decode()
    found[basic] = "WEBCARE_SUITE_PASS (as Basic credentials)"
    return found


def run(ctx: Context, tally: Tally) -> None:
    env = ctx.env(SECRETS)
    where = ctx.dir("secrets")
    db = where / "webcare.db"
    sock, refused = closed_port()
    with Running() as server, Running() as other:
        def quoting(request: object) -> tuple[int, bytes, str]:
            head = getattr(request, "head", b"")
            return 500, b"<html><body>Internal error handling " + head + b"</body></html>", "text/html"

        other.route("/stolen", ok(feeds.rss("stolen", 1)))
        sources: list[dict[str, object]] = [
            {"name": "basic", "url": f"http://suite:${{WEBCARE_SUITE_PASS}}@127.0.0.1:{server.port}/basic"},
            {"name": "basic500", "url": f"http://suite:${{WEBCARE_SUITE_PASS}}@127.0.0.1:{server.port}/basic500"},
            {"name": "query", "url": server.url("/query") + "?token=${WEBCARE_SUITE_TOKEN}"},
            {"name": "header", "url": server.url("/header"), "headers": {"X-Api-Key": "${WEBCARE_SUITE_HEADER}"}},
            {"name": "headerhop", "url": server.url("/hop"), "headers": {"X-Api-Key": "${WEBCARE_SUITE_HEADER}"}},
            {"name": "badheader", "url": server.url("/bad"), "headers": {"X-Api-Key": "${WEBCARE_SUITE_BADHEADER}"}},
            {"name": "refused", "url": refused + "?token=${WEBCARE_SUITE_TOKEN}"},
            {"name": "missing", "url": server.url("/missing") + "?token=${WEBCARE_SUITE_UNSET}"},
            {"name": "xapi", "kind": "x-api", "url": server.url("/x"), "token": "${WEBCARE_SUITE_TOKEN}"},
        ]  # fmt: skip
        server.route("/basic", ok(feeds.rss("basic", 2)))
        server.route("/basic500", echo(quoting))
        server.route("/query", echo(quoting), status(401, body=b"bad token"))
        server.route("/header", ok(feeds.rss("header", 2)))
        server.route("/hop", redirect(other.url("/stolen")))
        server.route("/bad", ok(feeds.rss("bad", 1)))
        server.route("/missing", ok(feeds.rss("missing", 1)))
        server.route("/x", echo(lambda r: (401, b'{"title": "Unauthorized", "detail": "' + r.head.replace(b'"', b"'") + b'"}', "application/json")))  # type: ignore[attr-defined]
        server.route("/hook", status(500, body=b"no"), ok(b"{}", "application/json"))
        for source in sources:
            source.setdefault("kind", "rss")
            source.update(channel="social", filter=False)
        hooks = [f"json://suite:${{WEBCARE_SUITE_NOTIFY}}@127.0.0.1:{server.port}/hook?token=${{WEBCARE_SUITE_TOKEN}}",
                 f"json://suite:${{WEBCARE_SUITE_NOTIFY}}@{refused.split('//')[1].split('/')[0]}/hook"]  # fmt: skip
        config = write_config(where / "webcare.toml", sources, notify={"urls": hooks, "cooldown": "1m"})
        common = ["--config", str(config), "--db", str(db)]
        steps: list[tuple[list[str], tuple[int, ...]]] = [
            (["check"], (0, 2)), (["poll", "--verbose"], (3,)), (["poll", "--verbose"], (3,)),
            (["notify", "--now", "2026-11-23T12:00:00+01:00"], (0, 3)),
            (["notify", "--now", "2026-11-23T13:00:00+01:00"], (0, 3)),
            (["report", "--format", "json"], (0,)), (["mentions", "--format", "csv"], (0,)),
            (["stats", "--since", "7d"], (0,)),
        ]  # fmt: skip
        if ctx.quick:
            steps = [steps[i] for i in (0, 1, 3, 5)]
        tally.cases = len(SECRETS)
        tally.faults = len(sources) + len(hooks)
        secret_forms = forms()
        for argv, expected in steps:
            now = [] if "--now" in argv or argv[0] == "check" else ["--now", NOW]
            result = run_webcare([*argv, *common, *now], env=env)
            tally.saw(result, expected, f"secrets: `{argv[0]}`: ")
            _search(tally, f"`{' '.join(argv[:2])}` output", result.out + result.err, secret_forms)
        for path in sorted(where.glob("webcare.db*")):
            if path.is_file():
                _search(tally, f"the store ({path.name})", path.read_bytes(), secret_forms)
        for hit in other.hits:
            _search(tally, f"a request to another origin ({hit.path})", hit.head + hit.body, secret_forms)
    sock.close()


def _search(tally: Tally, place: str, data: bytes, secret_forms: dict[str, str]) -> None:
    text = data.decode("utf-8", "replace")
    for form, name in secret_forms.items():
        if len(form.strip()) >= 8 and (form in text or form.encode() in data):
            tally.find("leaked", f"{name} in {place}")


__all__ = ["Path", "Run", "run"]
