"""Configuration: every key, its type, its errors, where the file is found, and the docs of it."""

from __future__ import annotations

import re
import socket
import sys
import tomllib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from httpserver import FeedServer
from storesql import untouched
from typer.testing import CliRunner, Result

from webcare import config as config_module
from webcare import config_sources, config_tables, sla, sources
from webcare.brand import is_brand_handle
from webcare.cli import app
from webcare.config import find_config, load_file, parse
from webcare.errors import ConfigError
from webcare.model import Channel, UrgencyLevel
from webcare.secrets import expand_env
from webcare.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "config.example.toml"
STARTER = ROOT / "webcare" / "starter.toml"
NOW = "2026-11-23T09:00:00+01:00"


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


SIZES = 'a number of bytes or a size such as "200MB", "20 MB", "1.5GB" or "512KiB"'


def config_error(raw: dict[str, object]) -> str:
    with pytest.raises(ConfigError) as caught:
        parse(raw)
    return str(caught.value)


# ---------------------------------------------------------------- durations and zones


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15m", timedelta(minutes=15)), ("4h", timedelta(hours=4)), ("2d", timedelta(days=2)),
     ("1w", timedelta(weeks=1)), ("1h30m", timedelta(minutes=90))],
)  # fmt: skip
def test_sla_targets_take_every_documented_duration(text: str, expected: timedelta) -> None:
    settings = parse({"sla": {"social": text, "default": text, "at_risk_floor": "5m"}})
    assert settings.sla.targets["social"] == expected
    assert sla.channel_target(settings.sla, "forum") == (
        expected,
        "default target (forum has none)",
    )


def test_unset_targets_keep_the_research_defaults() -> None:
    targets = parse({"sla": {"email": "2h"}}).sla.targets
    assert targets["email"] == timedelta(hours=2)
    assert targets["social"] == timedelta(hours=1)  # 53% expect an answer within the hour
    assert targets["messaging"] == timedelta(minutes=15)
    assert targets["review"] == timedelta(hours=24)
    assert targets["default"] == timedelta(hours=4)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"sla": {"social": "an hour"}}, "sla.social"),
        ({"sla": {"email": "4 uur"}}, "sla.email"),
        ({"sla": {"at_risk_floor": "quarter"}}, "sla.at_risk_floor"),
        ({"sla": {"urgency": {"critical": "asap"}}}, "sla.urgency.critical"),
        ({"poll": {"timeout": "30"}}, "poll.timeout"),
        ({"report": {"since": "a week"}}, "report.since"),
        ({"report": {"digest_since": "a week"}}, "report.digest_since"),
    ],
)
def test_a_bad_duration_names_its_key_and_the_accepted_forms(
    raw: dict[str, object], key: str
) -> None:
    message = config_error(raw)
    assert f"key {key!r}" in message
    assert "15m, 4h, 2d, 1w" in message


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"sla": {"reply": {"social": "sometimes"}}}, "sla.reply.social"),
        ({"sources": [{"name": "n", "kind": "rss", "url": "https://x.example/", "reply": "ja"}]},
         "sources[0] (n).reply"),
    ],
)  # fmt: skip
def test_a_bad_reply_policy_names_its_key_and_the_policies(
    raw: dict[str, object], key: str
) -> None:
    message = config_error(raw)
    assert f"key {key!r}: unknown reply policy" in message
    assert "valid: always, when-addressed, never" in message


def test_a_zero_duration_is_refused() -> None:
    assert "key 'sla.messaging': must be longer than zero" in config_error(
        {"sla": {"messaging": "0m"}}
    )


def test_a_duration_must_be_a_string() -> None:
    assert "key 'sla.social': must be a string, not 60" in config_error({"sla": {"social": 60}})


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Europe/Brussels", "America/New_York", "UTC"])
def test_brand_timezone_is_any_iana_zone(zone: str) -> None:
    assert parse({"brand": {"timezone": zone}}).brand.timezone.key == zone


@pytest.mark.parametrize("zone", ["Europe/Amsterdm", "Mars/Olympus_Mons", "GMT+25", ""])
def test_a_bad_time_zone_is_named(zone: str) -> None:
    message = config_error({"brand": {"timezone": zone}})
    assert "key 'brand.timezone'" in message
    assert f"{zone!r} is not an IANA time zone (e.g. Europe/Amsterdam)" in message


# ---------------------------------------------------------------- unknown keys, kinds, channels


@pytest.mark.parametrize(
    ("raw", "key", "valid"),
    [
        (
            {"brnad": {}},
            "brnad",
            "brand, sla, route, urgency, topics, poll, import, report, notify, privacy, store, sources",
        ),
        (
            {"brand": {"timzone": "UTC"}},
            "brand.timzone",
            "name, keywords, exclude, handles, timezone",
        ),
        (
            {"sla": {"twitter": "1h"}},
            "sla.twitter",
            "social, messaging, email, review, web, forum, news, default",
        ),
        (
            {"sla": {"urgency": {"urgent": "5m"}}},
            "sla.urgency.urgent",
            "critical, high, normal, low",
        ),
        (
            {"route": {"vip_keywords": []}},
            "route.vip_keywords",
            "high_value_keywords, strongly_negative, high_amount, low_rating",
        ),
        ({"urgency": {"rule": {}}}, "urgency.rule", "rules, disable"),
        (
            {"urgency": {"rules": {"churn": {"levle": "normal"}}}},
            "urgency.rules.churn.levle",
            "level, patterns, extend, emotional, monetary",
        ),
        (
            {"topics": {"billing": {"wieght": 3}}},
            "topics.billing.wieght",
            "patterns, weight, monetary, extend",
        ),
        (
            {"poll": {"retries": 3}},
            "poll.retries",
            "concurrency, per_host, timeout, connect_timeout, max_bytes, backfill, max_pages",
        ),
        ({"report": {"until": "1d"}}, "report.until", "digest_since"),
    ],
)
def test_unknown_keys_are_errors_naming_the_key_and_the_valid_choices(
    raw: dict[str, object], key: str, valid: str
) -> None:
    message = config_error(raw)
    assert f"key {key!r}: unknown key" in message
    assert f"valid: {valid}" in message


def test_a_misspelt_key_gets_a_suggestion() -> None:
    assert "(did you mean 'timezone'?)" in config_error({"brand": {"timzone": "UTC"}})


def rss(**extra: object) -> dict[str, object]:
    return {"name": "news", "kind": "rss", "url": "https://example.invalid/feed.xml", **extra}


def test_unknown_kinds_list_every_registered_kind() -> None:
    message = config_error({"sources": [rss(kind="rsss")]})
    assert "key 'sources[0] (news).kind': unknown kind 'rsss' (did you mean 'rss'?)" in message
    assert f"valid: {', '.join(sources.kinds())}" in message
    assert {"rss", "jsonl", "csv"} <= set(sources.kinds())


def test_a_source_without_a_kind_lists_the_kinds() -> None:
    message = config_error({"sources": [{"name": "news", "url": "https://example.invalid/"}]})
    assert f"key 'sources[0] (news).kind': missing; valid kinds: {', '.join(sources.kinds())}" in (
        message
    )


@pytest.mark.parametrize("channel", ["twitter", "Social", "mail"])
def test_unknown_channels_list_the_channels(channel: str) -> None:
    message = config_error({"sources": [rss(channel=channel)]})
    assert f"key 'sources[0] (news).channel': unknown channel {channel!r}" in message
    assert f"valid: {', '.join(c.value for c in Channel)}" in message


def test_unknown_source_keys_list_the_common_keys_and_the_kinds_own_options() -> None:
    message = config_error(
        {"sources": [{"name": "reviews", "kind": "csv", "path": "r.csv", "delimeter": ";"}]}
    )
    assert (
        "key 'sources[0] (reviews).delimeter': unknown key (did you mean 'delimiter'?)" in message
    )
    assert (
        "valid: name, kind, channel, url, path, filter, fields, value, headers, sla, reply, keep, id_space, delimiter, encoding"
        in message
    )


def test_an_option_of_another_kind_is_unknown_for_this_one() -> None:
    message = config_error({"sources": [rss(delimiter=";")]})
    assert "key 'sources[0] (news).delimiter': unknown key" in message


def test_unknown_field_names_list_webcares_field_names() -> None:
    message = config_error({"sources": [rss(fields={"body": "full_text"})]})
    assert "key 'sources[0] (news).fields.body': unknown field" in message
    assert f"valid: {', '.join(config_sources.FIELD_NAMES)}" in message


@pytest.mark.parametrize(
    ("source", "key", "message"),
    [
        (
            {"kind": "rss", "url": "https://x.invalid/"},
            "sources[0].name",
            "every source needs a name",
        ),
        (rss(path="feed.xml"), "sources[0] (news).url", "give one of `url` or `path`, not both"),
        (
            {"name": "news", "kind": "rss"},
            "sources[0] (news).url",
            "give one of `url` or `path`",
        ),
        (
            rss(url="ftp://example.invalid/feed"),
            "sources[0] (news).url",
            "must start with http:// or https://",
        ),
        (rss(value="medium"), "sources[0] (news).value", "must be 'high' or 'low'"),
        (rss(filter="yes"), "sources[0] (news).filter", "must be a bool"),
        (rss(headers={"X-Key": 5}), "sources[0] (news).headers.X-Key", "must be a string"),
    ],
)
def test_source_errors_name_the_source_and_the_key(
    source: dict[str, object], key: str, message: str
) -> None:
    text = config_error({"sources": [source]})
    assert f"key {key!r}: {message}" in text


def test_duplicate_source_names_are_refused() -> None:
    assert "duplicate source name 'news'" in config_error({"sources": [rss(), rss()]})


@pytest.mark.parametrize(
    ("raw", "key", "message"),
    [
        ({"sla": {"at_risk": 1.5}}, "sla.at_risk", "must be a share between 0 and 1"),
        ({"sla": {"at_risk": True}}, "sla.at_risk", "must be a number"),
        ({"poll": {"concurrency": 0}}, "poll.concurrency", "must be between 1 and 256"),
        ({"poll": {"max_bytes": 10}}, "poll.max_bytes", "must be at least 1024"),
        ({"poll": {"max_bytes": "1 KB"}}, "poll.max_bytes", "must be at least 1024"),
        ({"poll": {"max_bytes": "20 XB"}}, "poll.max_bytes", f"must be {SIZES}, not '20 XB'"),
        ({"poll": {"max_bytes": -1}}, "poll.max_bytes", f"must be {SIZES}, not a negative"),
        ({"poll": {"max_bytes": True}}, "poll.max_bytes", f"must be {SIZES}, not True"),
        ({"poll": {"max_bytes": 2.5e6}}, "poll.max_bytes", f"must be {SIZES}, not 2500000.0"),
        ({"import": {"max_bytes": "lots"}}, "import.max_bytes", f"must be {SIZES}, not 'lots'"),
        ({"import": {"max_bytes": "2 EB"}}, "import.max_bytes", f"must be {SIZES}, not '2 EB'"),
        ({"import": {"maxbytes": 5}}, "import.maxbytes", "unknown key (did you mean 'max_bytes'?)"),
        ({"poll": {"workers": 0}}, "poll.workers", "must be 'auto' or between 1 and 64"),
        ({"poll": {"workers": "all"}}, "poll.workers", "must be 'auto' or between 1 and 64"),
        ({"brand": {"keywords": "acme"}}, "brand.keywords", "must be a list"),
        (
            {"brand": {"keywords": ["acme", ""]}},
            "brand.keywords",
            "must be a list of non-empty strings",
        ),
        ({"brand": "Acme"}, "brand", "must be a table"),
    ],
)
def test_values_of_the_wrong_type_or_range_name_the_key(
    raw: dict[str, object], key: str, message: str
) -> None:
    assert f"key {key!r}: {message}" in config_error(raw)


@pytest.mark.parametrize(
    ("written", "size"),
    [
        (20_000_000, 20_000_000),
        ("200MB", 200_000_000),
        ("20 MB", 20_000_000),
        ("1.5GB", 1_500_000_000),
        ("1.5 gb", 1_500_000_000),
        ("512KiB", 524_288),
        ("2MiB", 2_097_152),
        ("4096", 4096),
    ],
)
def test_sizes_are_written_as_bytes_or_with_a_unit(written: object, size: int) -> None:
    settings = parse({"poll": {"max_bytes": written}, "import": {"max_bytes": written}})
    assert settings.poll.max_bytes == size
    assert settings.import_.max_bytes == size


def test_workers_are_auto_unless_a_number_is_given() -> None:
    assert parse({}).poll.workers is None
    assert parse({"poll": {"workers": "auto"}}).poll.workers is None
    assert parse({"poll": {"workers": 1}}).poll.workers == 1


def test_a_full_config_parses_into_settings() -> None:
    settings = parse(
        {
            "brand": {"name": "Acme", "keywords": ["acme"], "handles": ["@acme_nl", "AcmeCare"]},
            "sla": {
                "social": "30m",
                "at_risk": 0.5,
                "at_risk_floor": "10m",
                "urgency": {"critical": "15m", "high": "30m"},
            },
            "route": {"high_value_keywords": ["zakelijk"]},
            "report": {"digest_since": "all", "thank_within": "2d"},
            "sources": [rss(value="high", headers={"X-Api-Key": "${KEY}"})],
        }
    )
    assert settings.brand.handles == ("acme_nl", "AcmeCare")  # the @ is not part of a handle
    assert is_brand_handle(settings.brand.handles, "@ACMECARE")
    assert not is_brand_handle(settings.brand.handles, "acme_fan")
    assert settings.sla.at_risk == 0.5
    assert settings.sla.at_risk_floor == timedelta(minutes=10)
    assert settings.sla.urgency == {
        UrgencyLevel.CRITICAL: timedelta(minutes=15),
        UrgencyLevel.HIGH: timedelta(minutes=30),
    }
    assert settings.route.high_value_keywords == ("zakelijk",)
    assert settings.report.digest_since == "all"
    assert settings.report.thank_within == timedelta(days=2)
    assert not settings.report.legacy_since
    (spec,) = settings.sources
    assert spec.channel is Channel.WEB  # the rss kind's default channel
    assert spec.value == "high"
    assert spec.headers == {"X-Api-Key": "${KEY}"}  # kept as written: expanded only when used


def test_source_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "conf" / "webcare.toml",
        '[[sources]]\nname = "tweets"\nkind = "jsonl"\npath = "exports/mentions.jsonl"\n',
    )
    (spec,) = load_file(path).sources
    assert spec.path == tmp_path / "conf" / "exports" / "mentions.jsonl"
    assert spec.channel is Channel.SOCIAL


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.toml", '[brand\nname = "Acme"\n')
    with pytest.raises(ConfigError, match=r"broken\.toml.*not valid TOML"):
        load_file(path)


# ---------------------------------------------------------------- secrets


def test_env_references_are_filled_only_when_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_TOKEN", "s3cr3t-value")
    assert expand_env("Bearer ${ACME_TOKEN}", key="h") == "Bearer s3cr3t-value"
    monkeypatch.delenv("ACME_TOKEN")
    with pytest.raises(
        ConfigError, match=r"key 'sources.api.headers.Authorization'.*ACME_TOKEN is not set"
    ):
        expand_env("Bearer ${ACME_TOKEN}", key="sources.api.headers.Authorization")


def test_check_never_prints_a_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    token = "tok-9f8e7d6c5b4a"
    monkeypatch.setenv("TOKEN", token)
    path = write(
        tmp_path / "secret.toml",
        '[[sources]]\nname = "partner-api"\nkind = "jsonl"\n'
        'url = "https://example.invalid/api/mentions.jsonl?key=${TOKEN}"\n'
        'headers = { Authorization = "Bearer ${TOKEN}" }\n',
    )
    result = run("check", "--config", path)
    assert result.exit_code == 0, result.output
    assert (
        "partner-api: jsonl, social, https://example.invalid/api/mentions.jsonl?key=${TOKEN}"
        in result.stdout
    )
    assert token not in result.stdout
    assert token not in result.stderr


def test_a_failing_source_does_not_print_its_secret_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "tok-0a1b2c3d4e5f"
    monkeypatch.setenv("TOKEN", token)
    with socket.socket() as probe:  # a local port with nobody listening: refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = write(
        tmp_path / "secret.toml",
        '[poll]\ntimeout = "2s"\nconnect_timeout = "1s"\n'
        f'[[sources]]\nname = "partner-api"\nkind = "jsonl"\nurl = "http://127.0.0.1:{port}/m.jsonl?key=${{TOKEN}}"\n'
        'headers = { Authorization = "Bearer ${TOKEN}" }\n',
    )
    result = run("check", "--online", "--config", path)
    assert result.exit_code == 3
    assert "partner-api: FAILED" in result.stderr
    assert token not in result.stdout + result.stderr


def test_check_online_fails_a_source_a_poll_would_fail_and_names_row_problems(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    # A JSON-lines source pointed at a feed: a poll fails it ("is the source's kind
    # right?"), so `check --online` must not call it "ok, 0 item(s)"; a source with a
    # bad row says so, as the poll will.
    feed_server.route("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel>'
                      "<item><title>Acme</title></item></channel></rss>")  # fmt: skip
    feed_server.route("/m.jsonl", '{"id": "1", "text": "Acme kapot"}\nnot json\n')
    path = write(
        tmp_path / "online.toml",
        f'[[sources]]\nname = "wrong"\nkind = "jsonl"\nurl = "{feed_server.url("/feed.xml")}"\n'
        f'[[sources]]\nname = "half"\nkind = "jsonl"\nurl = "{feed_server.url("/m.jsonl")}"\n',
    )
    result = run("check", "--online", "--config", path)
    assert result.exit_code == 3
    assert "wrong: FAILED: no row from 127.0.0.1 could be read as jsonl (" in result.stderr
    assert "is the source's kind right?" in result.stderr
    assert "half: ok, 1 item(s), 1 problem(s) (first: line 2: not valid JSON" in result.stderr


def test_check_online_counts_every_page_a_first_poll_reads(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    # A paged JSON source: `check --online` counted the first page only ("ok, 2 item(s)")
    # where the poll then stored 3; it reads the pages as a first poll does, and says
    # where a poll would stop (`[poll] max_pages`).
    first = feed_server.route(
        "/api/mentions",
        '{"data": [{"id": "1", "text": "Acme storing"}, {"id": "2", "text": "Acme app kapot"}],'
        ' "paging": {"next": "/api/mentions?page=2"}}',
    )
    feed_server.route(
        "/api/mentions?page=2",
        '{"data": [{"id": "3", "text": "Acme factuur te hoog"}], "paging": {"next": null}}',
    )
    source = (
        f'[[sources]]\nname = "api"\nkind = "json"\nurl = "{first}"\n'
        'items = "data"\nnext = "paging.next"\n'
    )
    result = run("check", "--online", "--config", write(tmp_path / "paged.toml", source))
    assert result.exit_code == 0, result.output
    assert "api: ok, 3 item(s) on 2 pages\n" in result.stderr
    capped = write(tmp_path / "one.toml", "[poll]\nmax_pages = 1\n" + source)
    result = run("check", "--online", "--config", capped)
    assert result.exit_code == 0, result.output
    assert "api: ok, 2 item(s); stopped after poll.max_pages = 1 pages" in result.stderr


# ---------------------------------------------------------------- errors through the CLI


BAD_CONFIGS = {
    "unknown key": ('[brand]\ntimzone = "Europe/Amsterdam"\n', "key 'brand.timzone': unknown key"),
    "unknown kind": (
        '[[sources]]\nname = "news"\nkind = "atom"\nurl = "https://example.invalid/"\n',
        "unknown kind 'atom'",
    ),
    "unknown channel": (
        '[[sources]]\nname = "news"\nkind = "rss"\nurl = "https://example.invalid/"\nchannel = "twitter"\n',
        "unknown channel 'twitter'",
    ),
    "bad duration": ('[sla]\nsocial = "an hour"\n', "key 'sla.social'"),
    "bad zone": ('[brand]\ntimezone = "Amsterdam"\n', "key 'brand.timezone'"),
}


@pytest.mark.parametrize("command", ["report", "poll", "mentions"])
@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_a_bad_config_exits_2_with_the_key_and_writes_nothing(
    tmp_path: Path, store_url: str, case: str, command: str
) -> None:
    text, expected = BAD_CONFIGS[case]
    path = write(tmp_path / "webcare.toml", text)
    result = run(command, "--config", path, "--db", store_url, "--now", NOW)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert str(path) in result.stderr
    assert result.stdout == ""
    assert untouched(store_url)
    assert not (tmp_path / "store").exists()


def test_a_missing_config_file_is_exit_2(tmp_path: Path) -> None:
    result = run("check", "--config", tmp_path / "nope.toml")
    assert result.exit_code == 2
    assert "nope.toml: config file not found" in result.stderr


# ---------------------------------------------------------------- where the file is found


def brand_config(name: str) -> str:
    return f'[brand]\nname = "{name}"\n'


@pytest.fixture
def every_config(tmp_path: Path) -> dict[str, Path]:
    """A config in each place webcare looks, each with its own brand name."""
    return {
        "explicit": write(tmp_path / "explicit.toml", brand_config("FromFlag")),
        "env": write(tmp_path / "env" / "env.toml", brand_config("FromEnv")),
        "local": write(tmp_path / "webcare.toml", brand_config("FromCwd")),
        "user": write(config_module.user_config_path(), brand_config("FromUserDir")),
    }


def checked_brand(*args: str | Path) -> str:
    result = run("check", *args)
    assert result.exit_code == 0, result.output
    match = re.search(r"^brand: (\S+)", result.stdout, flags=re.MULTILINE)
    assert match, result.stdout
    return match.group(1)


def test_config_flag_wins_over_everything(
    every_config: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_CONFIG", str(every_config["env"]))
    assert checked_brand("--config", every_config["explicit"]) == "FromFlag"
    assert find_config(every_config["explicit"]) == every_config["explicit"]


def test_env_var_wins_over_the_working_directory(
    every_config: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_CONFIG", str(every_config["env"]))
    assert checked_brand() == "FromEnv"
    assert find_config() == every_config["env"]


def test_working_directory_wins_over_the_user_config_dir(every_config: dict[str, Path]) -> None:
    assert checked_brand() == "FromCwd"
    assert find_config() == Path("webcare.toml")


def test_user_config_dir_is_the_last_resort(every_config: dict[str, Path], tmp_path: Path) -> None:
    every_config["local"].unlink()
    assert checked_brand() == "FromUserDir"
    assert find_config() == every_config["user"]
    if sys.platform.startswith("linux"):
        assert every_config["user"] == tmp_path / "home" / ".config" / "webcare" / "webcare.toml"


def test_no_config_anywhere_means_built_in_defaults() -> None:
    result = run("check")
    assert result.exit_code == 0
    assert "config: none found; using built-in defaults" in result.stdout
    assert find_config() is None
    assert config_module.load() == Settings()


def test_a_missing_file_named_by_the_env_var_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match=r"gone\.toml.*not found \(from \$WEBCARE_CONFIG\)"):
        find_config()


# ---------------------------------------------------------------- the example documents every key


def _accepted_keys() -> dict[str, set[str]]:
    """Every key config.py accepts, per table, read from its own declarations."""
    source_keys = set(config_sources.SOURCE_KEYS)
    for name in sources.kinds():
        source_keys |= set(sources.get(name).options)
    return {
        "": set(config_tables.TOP_KEYS),
        "brand": set(config_tables.BRAND_KEYS),
        "sla": {c.value for c in Channel}
        | {"default"}
        | set(config_tables.SLA_SCALARS)
        | set(config_tables.SLA_TABLES),
        "sla.urgency": {level.value for level in UrgencyLevel},
        "route": set(config_tables.ROUTE_KEYS),
        "urgency": set(config_tables.URGENCY_KEYS),
        "urgency.rules": set(config_tables.URGENCY_RULE_KEYS),
        "topics": {"disable"},
        "topics.*": set(config_tables.TOPIC_KEYS),
        "poll": set(config_tables.POLL_KEYS),
        "import": set(config_tables.IMPORT_KEYS),
        "report": set(config_tables.REPORT_KEYS),
        "notify": set(config_tables.NOTIFY_KEYS),
        "sources": source_keys,
        "sources.fields": set(config_sources.FIELD_NAMES),
    }


def _documented_keys(text: str) -> dict[str, set[str]]:
    """Keys set in the example, or shown commented out (`# key = ...`) in their table, or in the
    `[[sources]]` key list; urgency levels and field names may be listed in a comment instead."""
    raw = tomllib.loads(text)
    documented: dict[str, set[str]] = {"": set(raw)}
    for table in ("brand", "sla", "route", "poll", "import", "report", "notify"):
        documented[table] = set(raw.get(table, {}))
    documented["sla.urgency"] = set(raw["sla"].get("urgency", {}))
    documented["urgency"] = set(raw.get("urgency", {}))
    documented["urgency.rules"] = {
        key for rule in raw.get("urgency", {}).get("rules", {}).values() for key in rule
    }
    documented["topics"] = {
        key for key, value in raw.get("topics", {}).items() if not isinstance(value, dict)
    }
    documented["topics.*"] = {
        key for value in raw.get("topics", {}).values() if isinstance(value, dict) for key in value
    }
    documented["sources"] = {key for source in raw["sources"] for key in source}
    documented["sources.fields"] = {
        key for source in raw["sources"] for key in source.get("fields", {})
    }
    section = ""
    for line in text.splitlines():
        header = re.match(r"^\[+([\w.]+)\]+", line)
        if header:
            section = header.group(1)
            # [urgency.rules.NAME] and [topics.NAME] document the keys every such table takes.
            section = "urgency.rules" if section.startswith("urgency.rules.") else section
            section = "topics.*" if section.startswith("topics.") else section
            continue
        commented = re.match(r"^#\s*(\w+)\s*=", line)
        if commented:
            documented.setdefault(section, set()).add(commented.group(1))
        listed = re.match(r"^#\s{2,}(\w+)\s{2,}\S", line)  # "#   name     unique; ..."
        if listed:
            documented["sources"].add(listed.group(1))
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for level in UrgencyLevel:
        if re.search(rf"\b{level.value}\b", comments):
            documented["sla.urgency"].add(level.value)
    for name in config_sources.FIELD_NAMES:
        if re.search(rf"\b{name}\b", comments):
            documented["sources.fields"].add(name)
    return documented


def test_the_example_config_documents_every_accepted_key() -> None:
    accepted = _accepted_keys()
    documented = _documented_keys(EXAMPLE.read_text(encoding="utf-8"))
    missing = {
        table: sorted(keys - documented.get(table, set())) for table, keys in accepted.items()
    }
    assert {table: keys for table, keys in missing.items() if keys} == {}
    # ...and documents nothing config.py would refuse.
    unknown = {table: sorted(documented[table] - keys) for table, keys in accepted.items()}
    assert {table: keys for table, keys in unknown.items() if keys} == {}


def test_the_example_config_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTNER_API_TOKEN", raising=False)  # references are not needed to load
    settings = load_file(EXAMPLE)
    assert settings.brand.name == "Acme"
    assert settings.brand.timezone.key == "Europe/Amsterdam"
    assert {spec.kind for spec in settings.sources} == {"rss", "jsonl", "csv"}
    by_name = {spec.name: spec for spec in settings.sources}
    assert by_name["reviews-export"].options == {"delimiter": ";", "encoding": "utf-8"}
    assert by_name["reviews-export"].path == ROOT / "exports" / "reviews.csv"
    assert by_name["partner-api"].headers == {"Authorization": "Bearer ${PARTNER_API_TOKEN}"}


def _commented_sources(text: str) -> list[str]:
    """The commented-out `# [[sources]]` examples, uncommented: one TOML text each."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line == "# [[sources]]":
            current = []
            blocks.append(current)
        elif current is not None and line.startswith("# "):
            current.append(line[2:])
        else:
            current = None
    return ["\n".join(block) for block in blocks]


def test_the_example_config_shows_every_kind_and_each_example_loads_uncommented(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    examples = _commented_sources(text)
    shown = {spec.kind for spec in load_file(EXAMPLE).sources}
    for example in examples:
        [spec] = config_module.parse({"sources": [tomllib.loads(example)]}, path=EXAMPLE).sources
        shown.add(spec.kind)
        assert spec.url or spec.path, example
    assert shown == set(sources.kinds())
    assert len(examples) == len(set(sources.kinds()) - {"rss", "jsonl", "csv"})


def test_the_starter_init_writes_is_the_example_byte_for_byte() -> None:
    assert STARTER.read_bytes() == EXAMPLE.read_bytes()


def test_the_example_config_says_targets_count_open_time_and_its_example_holds() -> None:
    # A review target of "24h" on a channel with business hours is not a calendar day.
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "calendar time" not in text
    assert "in open time" in text
    assert "a review posted Monday 09:00 is due Thursday 12:00" in text
    assert "one\n# posted Friday 17:00 the Wednesday after" in text
    policy = load_file(EXAMPLE).sla
    calendar, target = sla.calendar(policy, "review"), policy.targets["review"]
    tz = policy.timezone
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=tz)
    assert calendar.add(monday, target) == datetime(2026, 11, 26, 12, 0, tzinfo=tz)
    friday = datetime(2026, 11, 27, 17, 0, tzinfo=tz)
    assert calendar.add(friday, target) == datetime(2026, 12, 2, 16, 0, tzinfo=tz)


@pytest.mark.parametrize("url", ["data/acme.db", "sqlite:///data/acme.db"])
def test_a_relative_store_url_is_relative_to_the_config_file_not_the_working_dir(
    tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cron runs `webcare poll --config /etc/webcare/webcare.toml` from another folder: a
    # store named relative to the config must be the same file from any folder.
    folder = tmp_path / "conf"
    folder.mkdir()
    config = folder / "webcare.toml"
    config.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    elsewhere = tmp_path / "cron"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    result = run("db", "upgrade", "--config", config)

    assert result.exit_code == 0, result.output
    assert (folder / "data" / "acme.db").is_file()
    assert not (elsewhere / "data").exists()
