"""The cache of the methods `@dataclass` writes (`classcode`): a class defined through it is
the class `dataclasses` makes without it (the same code, run in the same namespaces), a
second process compiles nothing, and a damaged or unwritable file only costs time."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from webcare import classcode

SOURCE = '''
from __future__ import annotations
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True, order=True)
class Kept:
    """A record."""
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    extra: list[int] = field(default_factory=list, compare=False, repr=False)

@dataclass
class Loose:
    when: float
    note: str | None = None
'''
METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__ge__", "__hash__", "__setattr__")


def define() -> dict[str, type]:
    """The classes of SOURCE, defined anew in a module of their own."""
    module = sys.modules["defined"] = type(sys)("defined")
    try:
        exec(compile(SOURCE, "<defined>", "exec"), vars(module))
    finally:
        del sys.modules["defined"]
    return {name: value for name, value in vars(module).items() if isinstance(value, type)}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path / "cache" / "classes"
    uninstall()


def uninstall() -> None:
    vars(dataclasses).pop("exec", None)
    classcode._path = None
    classcode._known.clear()
    classcode._compiled.clear()
    classcode._used.clear()


def codes(cls: type) -> list[object]:
    methods = (vars(cls).get(name) for name in METHODS)
    return [method.__code__ for method in methods if method is not None]


def test_a_class_made_from_kept_code_is_the_class_dataclasses_makes(cache: Path) -> None:
    plain = define()
    classcode.install("report")
    first = define()
    assert classcode._compiled  # all compiled here: no file yet
    classcode.save()
    (kept,) = cache.iterdir()
    assert kept.name.startswith("report-")
    uninstall()
    classcode.install("report")
    again = define()
    assert not classcode._compiled  # every method came from the file
    for made in (first, again):
        for name in ("Kept", "Loose"):
            assert codes(made[name]) == codes(plain[name]) and codes(plain[name])
            assert made[name].__init__.__qualname__ == f"{name}.__init__"
    kept_class = again["Kept"]
    one, two = kept_class("a", 2, ("x",), [1]), kept_class("a", 2, ("x",), [2])
    assert repr(one) == "Kept(name='a', count=2, tags=('x',))"
    assert one == two and hash(one) == hash(two) and one < kept_class("b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.count = 3  # type: ignore[misc]
    assert dataclasses.replace(one, count=5).count == 5
    assert dataclasses.asdict(again["Loose"](1.5)) == {"when": 1.5, "note": None}


@pytest.mark.parametrize("damage", ["truncated", "one byte changed", "empty", "not ours"])
def test_a_damaged_file_is_compiled_around_and_written_again(cache: Path, damage: str) -> None:
    classcode.install("report")
    define()
    classcode.save()
    (kept,) = cache.iterdir()
    good = kept.read_bytes()
    kept.write_bytes(
        {
            "truncated": good[: len(good) // 2],
            "one byte changed": good[:-9] + bytes([good[-9] ^ 1]) + good[-8:],
            "empty": b"",
            "not ours": b"\0\0\0\0" + b"marshal? no",
        }[damage]
    )
    uninstall()
    classcode.install("report")
    assert classcode._known == {}
    plain_codes = codes(define()["Kept"])
    assert classcode._compiled
    classcode.save()
    assert kept.read_bytes() == good
    uninstall()
    assert codes(define()["Kept"]) == plain_codes


def test_an_unwritable_cache_costs_only_time(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the directory should be")
    classcode.install("report")
    define()
    classcode.save()  # no error
    assert cache.is_file()


def test_no_cache_directory_leaves_dataclasses_alone(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", "")
    classcode.install("report")
    assert "exec" not in vars(dataclasses)


def test_the_command_line_keeps_a_file_per_command(tmp_path: Path) -> None:
    env = {**os.environ, "WEBCARE_CACHE_DIR": str(tmp_path / "cache")}
    args = [sys.executable, "-m", "webcare", "report", "--db", str(tmp_path / "none.db")]
    runs = [subprocess.run(args, capture_output=True, text=True, env=env) for _ in range(2)]
    assert runs[0].returncode == runs[1].returncode != 0  # no such store, both times
    assert (runs[0].stdout, runs[0].stderr) == (runs[1].stdout, runs[1].stderr)
    assert [path.name.split("-")[0] for path in (tmp_path / "cache" / "classes").iterdir()] == [
        "report"
    ]


def test_a_file_others_may_write_is_not_run(cache: Path) -> None:
    classcode.install("report")
    define()
    classcode.save()
    (kept,) = cache.iterdir()
    assert kept.stat().st_mode & 0o777 == 0o600
    kept.chmod(0o666)
    uninstall()
    classcode.install("report")
    assert classcode._known == {}
