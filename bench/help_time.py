"""Benchmark: `webcare --help` against a bare typer app, as whole processes.

    python bench/help_time.py [--reps 15]

Start-up is what a person waits for on every command; the bare app (one command, typer
only) is the floor any typer CLI pays. The two take turns, run by run, so that a load
that comes and goes weighs on both. Prints both medians and their ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import alternate, repeat  # noqa: E402

BARE = '''
import typer
# The same help rendering webcare uses (no rich markup): the floor, not a slower baseline.
app = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(name)
@app.command()
def bye() -> None:
    """Say bye."""
if __name__ == "__main__":
    app()
'''


def measure(reps: int) -> dict[str, float]:
    webcare = shutil.which("webcare") or str(Path(sys.executable).with_name("webcare"))
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        repeat([sys.executable, str(bare), "--help"], 2)  # warm the file cache
        repeat([webcare, "--help"], 2)
        floor, ours = alternate([[sys.executable, str(bare), "--help"], [webcare, "--help"]], reps)
    return {
        "webcare_help_s": ours.wall,
        "bare_typer_help_s": floor.wall,
        "webcare_help_cpu_s": ours.cpu,
        "bare_typer_help_cpu_s": floor.cpu,
        "help_ratio": ours.wall / floor.wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    figures = measure(parser.parse_args().reps)
    print(
        f"webcare --help {figures['webcare_help_s'] * 1000:.0f} ms, bare typer app "
        f"{figures['bare_typer_help_s'] * 1000:.0f} ms: {figures['help_ratio']:.2f}x "
        f"(CPU {figures['webcare_help_cpu_s'] * 1000:.0f} vs {figures['bare_typer_help_cpu_s'] * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
