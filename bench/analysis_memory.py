"""Benchmark: the memory of analysis itself, each case a fresh process (peak RSS via wait4).

    python bench/analysis_memory.py [--repeat 3]

- imported: `webcare.analysis.compose` imported, nothing analysed;
- one text: one Dutch text analysed that function words decide (no py3langid);
- one text, py3langid: one text that needs py3langid ("Vanaf wanneer bezorgen jullie in
  Zwolle?": one Dutch and one English function word), so its model is loaded;
- 10,000 texts: the throughput bench's texts analysed, every table and cache warm.

Prints each case's peak RSS (the largest of --repeat runs) and CPU seconds (their
median). The first poll of a feed or an export holds all of this plus what the poll
itself keeps (bench/poll_feeds.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import repeat  # noqa: E402

SETUP = f"import sys; sys.path.insert(0, {str(HERE)!r}); from webcare.settings import Settings; "
CASES = {
    "imported": "from webcare.analysis import compose",
    "one text": "from webcare.analysis import analyse; "
    "analyse('Mijn pakket is nog steeds niet bezorgd, al 3 dagen aan het wachten', Settings())",
    "one text, py3langid": "from webcare.analysis import analyse; "
    "analyse('Vanaf wanneer bezorgen jullie in Zwolle? Groet, Sanne', Settings())",
    "10,000 texts": "from webcare.analysis import analyse; from analysis_throughput import make_texts; "
    "s = Settings(); [analyse(t, s) for t in make_texts(10_000)]",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for name, code in CASES.items():
        result = repeat([sys.executable, "-c", SETUP + code], args.repeat)
        if result.code != 0:
            sys.exit(f"{name}: failed ({result.code}):\n{result.stderr}")
        print(f"{name:22s} peak RSS {result.rss_mb:5.0f} MB, {result.cpu:5.2f} s CPU")


if __name__ == "__main__":
    main()
