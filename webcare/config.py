"""TOML configuration -> frozen `Settings` (webcare.settings).

Owns: where the config file is found, reading it, and what a poll or notify would trip
over that loading cannot see (missing files, unset `${ENV}`). Every key, its type and its
errors live in webcare.config_tables; kind-specific source options are declared by each
source kind. Does not touch the network or the store.

Reading a file (tomllib, the tables' validation) is imported when there is a file to
read: a command run without a config pays only for looking.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from webcare.errors import ConfigError
from webcare.secrets import expand_env, unset_env
from webcare.settings import Settings, SourceSpec, StoreSettings

if TYPE_CHECKING:
    from webcare.config_reader import Reader

CONFIG_ENV = "WEBCARE_CONFIG"
DB_ENV = "WEBCARE_DB"
CONFIG_FILENAME = "webcare.toml"


def notify_url_problems(settings: Settings) -> list[ConfigError]:
    """What would stop `notify` from expanding its target URLs: an unset `${ENV}`, or one
    that holds no Apprise URL. Names the variable, never its value."""
    file = str(settings.path) if settings.path else None
    problems = []
    for index, template in enumerate(settings.notify.urls):
        key = f"notify.urls[{index}]"
        missing = unset_env(template)
        problems += [
            ConfigError(f"environment variable {name} is not set", key=key, file=file)
            for name in missing
        ]
        if not missing and "://" not in expand_env(template, key=key):
            problems.append(
                ConfigError(
                    f"{template} does not hold an Apprise URL such as slack://…, "
                    "msteams://…, mailtos://… or json://…",
                    key=key,
                    file=file,
                )
            )
    return problems


def source_problems(settings: Settings) -> list[ConfigError]:
    """What a poll would trip over that loading the config cannot see: a source's file that
    is not there, an unset `${ENV}` in a source's url, headers or token options. Each names
    the source and the key (and the variable, never its value)."""
    file = str(settings.path) if settings.path else None
    problems = []
    for index, spec in enumerate(settings.sources):
        where = f"sources[{index}] ({spec.name})"
        if spec.path is not None:
            if not spec.path.is_file():
                problems.append(
                    ConfigError(f"file not found: {spec.path}", key=f"{where}.path", file=file)
                )
            continue  # a file source sends no request: its url options and secrets are unused
        used = {"url": spec.url or ""}
        used.update((f"headers.{name}", value) for name, value in spec.headers.items())
        used.update(
            (option, value) for option, value in spec.options.items() if isinstance(value, str)
        )
        problems += [
            ConfigError(f"environment variable {name} is not set", key=f"{where}.{key}", file=file)
            for key, template in used.items()
            for name in unset_env(template)
        ]
    return problems


# ---------------------------------------------------------------- locating the file


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """`--config` > `$WEBCARE_CONFIG` > `./webcare.toml` > the user config dir; None if none."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError("config file not found", file=str(path))
        return path
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        path = Path(from_env)
        if not path.is_file():
            raise ConfigError(f"config file not found (from ${CONFIG_ENV})", file=str(path))
        return path
    local = Path(CONFIG_FILENAME)
    if local.is_file():
        return local
    user = user_config_path()
    return user if user.is_file() else None


def user_config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("webcare")) / CONFIG_FILENAME


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("webcare")) / "webcare.db"


def load(explicit: str | os.PathLike[str] | None = None) -> Settings:
    """Find and load the config; built-in defaults (no sources) when there is none."""
    path = find_config(explicit)
    return load_file(path) if path is not None else Settings()


def load_file(path: Path) -> Settings:
    import tomllib

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from None
    except RecursionError:
        # tomllib reads nested arrays and tables recursively: thousands deep exhausts it.
        raise ConfigError("nested too deeply to read as TOML", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=str(path)) from None
    return parse(raw, path=path)


# ---------------------------------------------------------------- reading the tables


def parse(raw: Mapping[str, Any], *, path: Path | None = None) -> Settings:
    """Validate a parsed TOML document into `Settings`. Raises ConfigError naming the key."""
    from webcare import config_privacy, config_sources
    from webcare import config_tables as tables
    from webcare.config_reader import Reader

    file = str(path) if path else None
    top = Reader(dict(raw), "", file)
    top.only(tables.TOP_KEYS)
    base_dir = path.resolve().parent if path else Path.cwd()
    brand = tables.brand(top.sub("brand"))
    sources = config_sources.sources(top, base_dir)
    return Settings(
        brand=brand,
        sla=tables.sla(
            top.sub("sla"),
            brand,
            {s.name: s.sla for s in sources if s.sla},
            {s.name: s.reply for s in sources if s.reply},
        ),
        route=tables.route(top.sub("route")),
        urgency=tables.urgency(top.sub("urgency")),
        topics=tables.topics(top.sub("topics")),
        poll=tables.poll(top.sub("poll")),
        import_=tables.import_(top.sub("import")),
        report=tables.report(top.sub("report")),
        notify=tables.notify(top.sub("notify")),
        privacy=config_privacy.privacy(top.sub("privacy")),
        store=store(top.sub("store"), base_dir),
        sources=sources,
        path=path,
    )


STORE_KEYS = ("url",)
STORE_SCHEMES = ("sqlite:///", "postgresql://", "postgres://")


def store(r: Reader, base_dir: Path) -> StoreSettings:
    """`[store] url`: a SQLite file (a path or `sqlite:///PATH`, relative to the config
    file's folder) or a `postgresql://` URL, its password best a `${ENV}` reference."""
    r.only(STORE_KEYS)
    url = r.get("url", str)
    if url is None:
        return StoreSettings()
    if not url.strip():
        raise r.error("must not be empty", r.key("url"))
    if "://" in url and not url.startswith(STORE_SCHEMES):
        raise r.error(
            "must be a SQLite path, sqlite:///PATH or a postgresql://USER@HOST/DATABASE URL",
            r.key("url"),
        )
    if "://" not in url:
        url = str(base_dir / Path(url).expanduser())
    elif url.startswith("sqlite:///"):
        # Relative to the config file as a plain path is (`sqlite:////abs` stays put):
        # never to whatever folder cron runs in, which would start an empty store there.
        url = "sqlite:///" + str(base_dir / Path(url.removeprefix("sqlite:///")).expanduser())
    return StoreSettings(url=url)


def source_spec(table: Mapping[str, Any], *, where: str, base_dir: Path) -> SourceSpec:
    """One source table validated on its own (`webcare import` builds one from its options);
    errors name its keys under `where` (e.g. `import.kind`)."""
    from webcare import config_sources
    from webcare.config_reader import Reader

    return config_sources.source(Reader(dict(table), where, None), base_dir, where=where)
