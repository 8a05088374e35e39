"""Benchmark: analysis throughput on one core (language, sentiment, urgency, topics, route).

    python bench/analysis_throughput.py [--texts both|tweets|long] [--count 10000] [--long-count 2000] [--repeat 5]

Two kinds of text, each built from fixed templates with a fixed seed:

- tweets: COUNT short mention texts (about 70% Dutch, 30% English, varied lengths);
- long: LONG_COUNT feed items of about 530 characters, as a feed's description reads
  after html_to_text: a title line, then paragraphs of keyword-dense sentences (service
  words in the item's language, a few in the other), "lees meer" / "read more" at the end.
  The first poll of a feed bench is bounded by these: analysis cost grows with length.

For each kind it warms the analysers up, then times `analyse` over all of its texts REPEAT
times in this one process and prints mentions per CPU second (the process's CPU time:
wall time on a shared machine is noisy), each run's and the median.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from webcare.analysis import analyse
from webcare.settings import Settings

DUTCH = [
    "Mijn pakket is nog steeds niet bezorgd, al {n} dagen aan het wachten @acme",
    "Al {n} keer gebeld, niemand neemt op. Waardeloze klantenservice van Acme!",
    "Top service van Acme, bestelling keurig op tijd bezorgd. Bedankt!",
    "Jullie hebben € {n}4,50 dubbel afgeschreven, ik wil mijn geld terug",
    "De app van Acme ligt eruit, kan niet inloggen. Storing?",
    "Vanaf wanneer bezorgen jullie in Zwolle? Groet, Sanne",
    "Ik zeg mijn abonnement op, drie weken op rij ontbrekende producten",
    "Bezorgbus van Acme reed een fietser aan op de Oudegracht, ambulance is onderweg",
    "Heel erg vriendelijke chauffeur vandaag, complimenten aan het team van Acme",
    "Het eten uit de maaltijdbox was niet goed, de kip rook raar en ik ben ziek geworden",
]
ENGLISH = [
    "Still waiting for my refund from @acme, {n} weeks now. Unacceptable.",
    "Thanks Acme, the driver was super friendly and right on time!",
    "My Acme account got hacked, unknown charges of ${n}12 on my card",
    "Can't log in to the Acme app since this morning, is there an outage?",
    "Ordered from Acme for my daughter's birthday and it never came. Contacting a lawyer.",
]


def make_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        template = rng.choice(DUTCH) if rng.random() < 0.7 else rng.choice(ENGLISH)
        text = template.format(n=rng.randint(2, 9))
        if i % 3 == 0:
            text += " " + rng.choice(DUTCH + ENGLISH).format(n=3)
        texts.append(text)
    return texts


# Feed items: words a webshop's, a bank's or a carrier's news and forum feeds are full of.
LONG_NL = (
    "bestelling levering pakket bezorging klantenservice storing inloggen factuur betaling "
    "abonnement opzeggen retour terugbetaling garantie medewerker winkel prijs kwaliteit "
    "vertraging wachten reactie telefoon beoordeling sterren update nieuws melding app "
    "vandaag gisteren ochtend avond weekend altijd nooit steeds nog snel traag vriendelijk "
    "onbeschoft super slecht bedankt probleem klant trein fiets de het een en met voor"
).split()
LONG_EN = (
    "order delivery package shipping support outage login invoice payment subscription "
    "cancel return refund warranty agent store price quality delay waiting reply phone "
    "review rating update news report app today yesterday morning evening weekend always "
    "never still again fast slow friendly rude great terrible thanks issue customer train "
    "the a and with for"
).split()
LONG_ENDINGS = {"nl": (" lees meer.", " & meer.", "."), "en": (" read more.", " & more.", ".")}


def make_long_texts(count: int, seed: int = 11) -> list[str]:
    """Feed items of about 530 characters: see the module docstring."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        lang = "nl" if rng.random() < 0.65 else "en"
        main, other = (LONG_NL, LONG_EN) if lang == "nl" else (LONG_EN, LONG_NL)

        def sentence(low: int, high: int, main: list[str] = main, other: list[str] = other) -> str:
            words = [
                rng.choice(main if rng.random() < 0.85 else other)
                for _ in range(rng.randint(low, high))
            ]
            return " ".join(words)

        title = sentence(4, 8).capitalize()
        paragraphs = [sentence(8, 16).capitalize() + "." for _ in range(rng.randint(4, 7))]
        paragraphs[-1] = paragraphs[-1][:-1] + rng.choice(LONG_ENDINGS[lang])
        texts.append(title + "\n" + "\n\n".join(paragraphs))
    return texts


def measure(label: str, texts: list[str], repeat: int, settings: Settings) -> float:
    """Mentions per CPU second, the median of `repeat` runs over `texts`."""
    from webcare.analysis.language import load

    load()  # py3langid's tables, which only some texts need, outside the timing too
    for text in texts[:50]:
        analyse(text, settings)  # load VADER and compile the rules outside the timing
    rates = []
    for _ in range(repeat):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyse(text, settings)
        wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
        rates.append(len(texts) / cpu)
        print(
            f"{label}: analysed {len(texts):,} mentions in {wall:.2f} s wall, {cpu:.2f} s CPU:"
            f" {len(texts) / cpu:,.0f} mentions per CPU second"
        )
    median = statistics.median(rates)
    average = sum(map(len, texts)) / len(texts)
    print(
        f"{label} median: {median:,.0f} mentions per CPU second (one core),"
        f" {1e6 / median:,.0f} µs a mention, {average:,.0f} characters on average"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", choices=("both", "tweets", "long"), default="both")
    parser.add_argument("--count", type=int, default=10_000, help="tweet-like texts")
    parser.add_argument("--long-count", type=int, default=2_000, help="long feed items")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    if args.texts in ("both", "tweets"):
        measure("tweets", make_texts(args.count), args.repeat, settings)
    if args.texts in ("both", "long"):
        measure("long", make_long_texts(args.long_count), args.repeat, settings)


if __name__ == "__main__":
    main()
