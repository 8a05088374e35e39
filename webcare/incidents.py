"""Incidents: open mentions about the same problem at the same time, grouped. Pure.

When the app goes down, thirty customers say so in thirty ways. The team answers each, but
it should see one incident ("outage · app inloggen · 3 mentions · first 05:30 · latest
07:12"), post one public update, and ack the group in one command.

Open mentions form an incident when they

- share a subject: an urgency category (outage, fraud, safety, …) or a topic (delivery,
  billing, …);
- share a key term: a content word (not a function word, not the brand's own name, not a
  word every complaint uses such as "bestelling" or "order", nor one that more than a
  quarter of the open mentions use once there are many), an error code ("503") or a hashtag, compared by its first five
  letters so "inloggen" meets "inlog" and "storing" meets "storingen";
- were written with no gap over `LINK_WINDOW` between one and the next; and
- come from at least `MIN_MEMBERS` different customers.

The (subject, term) pair that gathers the most mentions makes the first incident (an
urgency category before a topic when they gather as many), the next pair among the rest
the second, and so on: each mention is in one incident at most. An
incident is named by its subject and the key terms most of its mentions share. Its id is the id of its first mention, so `webcare ack
--incident ID` and `webcare mentions --incident ID` find the same group again at the same
`now`.

A subject spikes when its mentions of the last `SPIKE_WINDOW` are far above its usual
rate: at least `SPIKE_MIN` of them, and fewer than one chance in a thousand of seeing so
many at the rate of the `SPIKE_BASELINE` before (a Poisson tail). A store holding less
than half a baseline of history has no usual rate yet, so nothing spikes. That is the outage the
team should post one public update about.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import chain

from webcare.model import StoredMention

LINK_WINDOW = timedelta(hours=6)
_MICROSECOND = timedelta(microseconds=1)
_LINK_MICROSECONDS = LINK_WINDOW // _MICROSECOND
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MIN_MEMBERS = 2
"""Different customers in an incident; with only two, they must share two key terms."""
STEM = 5
SPIKE_WINDOW = timedelta(hours=3)
SPIKE_BASELINE = timedelta(days=7)
SPIKE_MIN = 3
SPIKE_P = 0.001
LABEL_TERMS = 3

# Not subjects an incident is about: how the customer feels or acts, not what broke.
_NOT_A_SUBJECT = frozenset({"pressure", "escalation", "churn", "legal", "bereavement", "anger"})

_PART = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
"""A word of a text as `key_terms` reads it: letters and digits, an apostrophe inside
("o'neil"); a hyphen or a hashtag's `#` parts words ("app-storing" is two)."""

# Every byte of an ASCII text that `_PART` cannot take (all but letters, digits and the
# apostrophe) as a space: such a text splits into its parts at a fraction of the
# pattern's scan, which a report runs over thousands of texts.
_ASCII_GAPS = bytes(
    code if chr(code).isalnum() or chr(code) == "'" else ord(" ") for code in range(256)
)

_FUNCTION_WORDS = frozenset(
    """de het een en van ik je jij u uw jullie we wij ze zij hij is zijn was waren niet geen
    nog al ook maar dat dit die deze wat wie waar waarom hoe met voor naar bij op aan om te
    uit over door heb hebt heeft hebben had kan kunnen kun wil wilt moet moeten mijn mij me
    ons onze er hier daar dan toen wel nu toch echt heel erg zeer mee nooit niks niets iets
    alles weer graag bedankt dank alsjeblieft sinds vandaag gisteren morgen pas even jaar
    week dagen dag keer uur gewoon helemaal krijg krijgen ben bent wordt worden werd zou
    zouden als of dus want omdat toch zo nou hoor hè allemaal zelf elke ieder iemand niemand
    meer minder veel weinig alleen steeds lukt gaat ging doet deed komt kwam zit zat staat
    the a an and of i you he she we they it is are was were not no yet also but that this
    these those what who where why how with for to at on in from by about my me our your
    their have has had can could will would should must do does did don't doesn't didn't
    can't won't isn't wasn't i'm it's there here then now still really very never nothing
    something everything again please thanks thank since today yesterday tomorrow just
    been be being get got keeps keep just only even any some all more most much many""".split()
)
# Words nearly every complaint to a shop uses: they say nothing about what broke.
_GENERIC = frozenset(
    """bestelling bestellingen besteld bestellen order orders ordered klant klanten
    klantenservice customer customers service support helpdesk bericht berichten message
    probleem problemen problem problems vraag vragen question help hulp antwoord reactie
    reply answer mail email e-mail""".split()
)


@dataclass(frozen=True, slots=True)
class Spike:
    """A subject mentioned far more in the last `SPIKE_WINDOW` than at its usual rate."""

    subject: str
    recent: int
    """Mentions of the subject in the last SPIKE_WINDOW."""
    usual: float
    """Mentions expected in such a window at the rate of the SPIKE_BASELINE before."""


@dataclass(frozen=True, slots=True)
class Incident:
    """Open mentions about one problem at one time, from different customers."""

    id: str
    """The id of its first mention: the handle `--incident` takes (a prefix will do)."""
    subject: str
    terms: tuple[str, ...]
    """The key terms most of its mentions share, most shared first."""
    members: tuple[str, ...]
    """Mention ids, oldest first."""
    first_at: datetime
    latest_at: datetime
    spike: Spike | None = None

    @property
    def label(self) -> str:
        return f"{self.subject} · {' '.join(self.terms) or 'same subject'}"


@dataclass(frozen=True, slots=True)
class SubjectCount:
    """How many mentions of the spike's look-back (`lookback`) have one set of subjects
    (their urgency categories and topics, answered or not), counted apart for the last
    SPIKE_WINDOW (`recent`) and the SPIKE_BASELINE before it: what a store gives the spike
    flag, so a week of history is counted by the database, not read row by row."""

    subjects: frozenset[str]
    recent: bool
    mentions: int
    earliest: datetime
    """When the oldest of them was written."""


def lookback(now: datetime) -> tuple[datetime, datetime]:
    """Where the spike's baseline starts and where its recent window starts (both
    windows end at `now`: the baseline at the recent window's start)."""
    recent_from = now - SPIKE_WINDOW
    return recent_from - SPIKE_BASELINE, recent_from


def count_subjects(
    rows: Iterable[tuple[datetime, frozenset[str]]], now: datetime
) -> list[SubjectCount]:
    """`SubjectCount`s of (created, subjects) rows, as a store counts them: only those
    written in the look-back, up to `now`."""
    baseline_from, recent_from = lookback(now)
    counts: Counter[tuple[frozenset[str], bool]] = Counter()
    earliest: dict[tuple[frozenset[str], bool], datetime] = {}
    for created, found in rows:
        if baseline_from <= created <= now:
            key = (found, created >= recent_from)
            counts[key] += 1
            earliest[key] = min(earliest.get(key, created), created)
    return [
        SubjectCount(found, recent, mentions, earliest[found, recent])
        for (found, recent), mentions in counts.items()
    ]


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()  # what the full fold gives an ASCII word, without its cost
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return folded.casefold()


@lru_cache(maxsize=64)
def _not_key(brand_words: tuple[str, ...]) -> frozenset[str]:
    """Function words, generic words and the brand's own names: one set, one look-up."""
    brand = (_fold(word.lstrip("@#")) for word in brand_words)
    return _FUNCTION_WORDS | _GENERIC | frozenset(brand)


def key_terms(
    text: str,
    brand_words: Iterable[str] = (),
    seen: dict[str, tuple[str, str] | None] | None = None,
) -> dict[str, str]:
    """Stem -> the first surface form, for the content words of a text. `seen`: what
    earlier texts' words turned out to be, (stem, word) or None for no key term (a caller
    reading many texts with the same `brand_words` passes one dict; it holds the brand's
    names as no key terms)."""
    not_key = _not_key(tuple(brand_words))
    words: dict[str, tuple[str, str] | None] = {} if seen is None else seen
    terms: dict[str, str] = {}
    for part in _parts(text):
        # One look-up a part, and the stem kept with its word (a report reads thousands
        # of texts whose words mostly recur).
        found = words.get(part, _UNSEEN)
        if found is _UNSEEN:
            word = _key_word(part, not_key)
            found = words[part] = None if word is None else (word[:STEM], word)
        if found is not None and found[0] not in terms:
            terms[found[0]] = found[1]
    return terms


_UNSEEN = ("", "")
"""What `seen` gives for a word no text had yet (compared by identity)."""


def _parts(text: str) -> list[str]:
    """What `_PART` finds in `text`, an ASCII text in lower case (folded as a whole: the
    same words, each folded once)."""
    if not text.isascii():
        return _PART.findall(text)
    chunks = text.lower().encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()
    if "'" not in text:
        return chunks
    # An apostrophe joins only the letters around it ("o'neil"; not "'quoted'"): only a
    # chunk with one is scanned (the others are one part each, as the pattern reads them).
    return [
        part for chunk in chunks for part in (_PART.findall(chunk) if "'" in chunk else (chunk,))
    ]


def _key_word(part: str, not_key: frozenset[str]) -> str | None:
    """The folded word if it is a key term, else None."""
    word = _fold(part.strip("'"))
    if not word or word in not_key:
        return None
    if word.isdigit():
        if len(word) < 3 or len(word) > 4:  # 500, 503, 1001: codes; not prices or dates
            return None
    elif len(word) < 3 or (not word.isalpha() and any(ch.isdigit() for ch in word)):
        return None
    return word


TERMS_FORMAT = 1
"""What `kept_terms` writes; change it with what `_key_word` keeps (its word lists,
STEM's words): a kept value of another format is worked out again from the text."""
_NOT_KEY_ANY_BRAND = _FUNCTION_WORDS | _GENERIC


def kept_terms(text: str) -> str:
    """What a store keeps of a text so that `group` need not read it again: every word
    `key_terms` may take from it (whatever the brand: its names are left out when read),
    each once, in the order first met, after a stamp of this format and the text's
    checksum, so a rule or a text changed since is worked out again, never trusted."""
    words = (_key_word(part, _NOT_KEY_ANY_BRAND) for part in _parts(text))
    return " ".join((_stamp(text), *dict.fromkeys(word for word in words if word)))


def _stamp(text: str) -> str:
    return f"{TERMS_FORMAT}.{zlib.crc32(text.encode('utf-8', 'surrogatepass'))}"


def _terms_of(
    item: StoredMention,
    brand: tuple[str, ...],
    brand_words: frozenset[str],
    seen: dict[str, tuple[str, str] | None],
) -> dict[str, str]:
    """`key_terms(text, brand, seen)` of an item's text: from what the store kept of it
    (a floor row's `kept_terms`) when kept for this text under this format, leaving out
    `brand_words` (the brand's names that are no function or generic word)."""
    text = item.mention.text
    kept: str | None = getattr(item, "kept_terms", None)
    if kept:
        stamp, _, words = kept.partition(" ")
        if stamp == _stamp(text):
            terms: dict[str, str] = {}
            for word in words.split():
                stem = word[:STEM]
                if stem not in terms and word not in brand_words:
                    terms[stem] = word
            return terms
    return key_terms(text, brand, seen)


def subjects(item: StoredMention) -> set[str]:
    analysis = item.analysis
    found = {c for c in analysis.urgency.categories if c not in _NOT_A_SUBJECT}
    found.update(analysis.topics)
    return found


def group(
    items: Sequence[StoredMention],
    *,
    brand_words: Iterable[str] = (),
    history: Sequence[SubjectCount] = (),
    now: datetime | None = None,
) -> list[Incident]:
    """The incidents among `items` (the open mentions), most mentions first.

    `history`: the subjects of every mention of the `lookback` before `now`, answered or
    not, counted (`SubjectCount`), for the spike flag."""
    ordered = sorted(items, key=lambda i: (i.mention.created_at, i.mention.id))
    # Each mention's time (whole microseconds), read once: a run is measured again every
    # time the heap pops it, and integers subtract without building a timedelta each time.
    created = [(item.mention.created_at - _EPOCH) // _MICROSECOND for item in ordered]
    brand = tuple(brand_words)
    seen: dict[str, tuple[str, str] | None] = {}  # the same words recur in thousands of texts
    brand_words = _not_key(brand) - _NOT_KEY_ANY_BRAND
    terms = [_terms_of(item, brand, brand_words, seen) for item in ordered]
    topics = [subjects(item) for item in ordered]
    # A word in more than a quarter of the open mentions says nothing about one problem
    # ("bezorging" at a delivery company).
    frequency = Counter(chain.from_iterable(terms))  # each text's stems
    common = {stem for stem, count in frequency.items() if count > max(4, len(ordered) // 4)}
    # An urgency category says what broke (outage, fraud); a topic only what it is about.
    categories = {c for item in ordered for c in item.analysis.urgency.categories}
    # Per subject, per stem, the mentions with both (a dict per subject: no pair is built
    # and hashed for each of the tens of thousands of places a mention goes).
    by_subject: dict[str, defaultdict[str, list[int]]] = {}
    for index, (found, subject_set) in enumerate(zip(terms, topics, strict=True)):
        stems = found.keys() - common
        for subject in subject_set:
            lists = by_subject.get(subject)
            if lists is None:
                lists = by_subject[subject] = defaultdict(list)
            for stem in stems:
                lists[stem].append(index)
    candidates = {
        (subject, stem): indexes
        for subject, lists in by_subject.items()
        for stem, indexes in lists.items()
        if stem != subject[:STEM]  # "account" says nothing new about a mention about account
    }

    # Greedy, largest first, the lazy way: each candidate enters the heap at its number of
    # mentions, more than its run can be, and a run only shrinks as others take its
    # mentions; so one whose recounted run still tops the heap is the largest of all.
    ordering = sorted(candidates, key=lambda key: (key[0] not in categories, key))
    heap = [(-len(candidates[key]), rank, key) for rank, key in enumerate(ordering)]
    heapq.heapify(heap)
    taken: set[int] = set()
    incidents: list[Incident] = []
    rates: _SubjectRates | None = None
    while heap and -heap[0][0] >= MIN_MEMBERS:  # what is left is too small to be one
        size, rank, key = heapq.heappop(heap)
        # What others took stays taken: the candidate keeps only the rest for its next turn.
        left = candidates[key] = [i for i in candidates[key] if i not in taken]
        run = _longest_run(left, created)
        if len(run) < -size:
            if len(run) >= MIN_MEMBERS:
                heapq.heappush(heap, (-len(run), rank, key))
            continue
        if not _is_incident(run, ordered, terms, key[0]):
            continue
        taken.update(run)
        if rates is None and now is not None:
            rates = _rates(history, now)
        incidents.append(
            _incident(key[0], [ordered[i] for i in run], [terms[i] for i in run], rates)
        )
    incidents.sort(key=lambda inc: (-len(inc.members), inc.first_at, inc.id))
    return incidents


def _longest_run(indexes: list[int], created: Sequence[int]) -> list[int]:
    """The longest stretch of these mentions (oldest first; `created`: when each of the
    ordered mentions was written, in microseconds) with no gap over LINK_WINDOW; the
    first of the longest."""
    if not indexes:
        return []
    best_start = best_end = start = 0
    previous = created[indexes[0]]
    # A stretch is measured only where it ends (a gap, or the last mention), so a long run
    # is sliced once, not copied at every mention it grows by.
    for position, index in enumerate(indexes):
        moment = created[index]
        if moment - previous > _LINK_MICROSECONDS:
            if position - start > best_end - best_start:
                best_start, best_end = start, position
            start = position
        previous = moment
    if len(indexes) - start > best_end - best_start:
        best_start, best_end = start, len(indexes)
    return indexes[best_start:best_end]


def _is_incident(
    run: list[int], ordered: Sequence[StoredMention], terms: list[dict[str, str]], subject: str
) -> bool:
    if _distinct_authors(run, ordered) < MIN_MEMBERS:
        return False
    if len(run) > MIN_MEMBERS:
        return True
    # Two customers sharing one everyday word ("neemt", "time") is chance; two key terms
    # ("phishing" and "sms", "bezorgbus" and "fietspad") is a pattern.
    shared = set.intersection(*(set(terms[i]) for i in run)) - {subject[:STEM]}
    return len(shared) >= 2


def _distinct_authors(indexes: list[int], ordered: Sequence[StoredMention]) -> int:
    """Customers, not messages: one person's three posts are a conversation, not an incident."""
    authors = {
        (ordered[i].mention.author or f"unknown-{i}").casefold().lstrip("@") for i in indexes
    }
    return len(authors)


def _incident(
    subject: str,
    members: list[StoredMention],
    terms: list[dict[str, str]],
    rates: _SubjectRates | None,
) -> Incident:
    stem_counts = Counter(chain.from_iterable(terms))
    # The terms most of its mentions share (at least two of them).
    shared = [stem for stem, count in stem_counts.items() if count >= max(2, len(members) // 2)]
    shared.sort(key=lambda stem: (-stem_counts[stem], stem))
    # Each named by its word in the first mention that has it: looked up for the few named,
    # not gathered for every stem of every member (an incident can have hundreds).
    named = [next(found[stem] for found in terms if stem in found) for stem in shared[:LABEL_TERMS]]
    spike = _spike(subject, rates) if rates is not None else None
    return Incident(
        id=members[0].mention.id,
        subject=subject,
        terms=tuple(named),
        members=tuple(item.mention.id for item in members),
        first_at=members[0].mention.created_at,
        latest_at=max(item.mention.created_at for item in members),
        spike=spike,
    )


def _poisson_tail(k: int, rate: float) -> float:
    """P(X >= k) for X ~ Poisson(rate)."""
    term = math.exp(-rate)
    below = 0.0
    for i in range(k):
        below += term
        term *= rate / (i + 1)
    return max(0.0, 1.0 - below)


@dataclass(frozen=True)
class _SubjectRates:
    """Per subject, how many mentions the spike window and its baseline saw: counted once
    per report, not once per incident."""

    known: bool
    recent: Counter[str]
    before: Counter[str]


def _rates(history: Sequence[SubjectCount], now: datetime) -> _SubjectRates:
    baseline_from, _ = lookback(now)
    earliest = min((count.earliest for count in history), default=now)
    # Under half a baseline of history the usual rate is unknown.
    known = earliest <= baseline_from + SPIKE_BASELINE / 2
    recent: Counter[str] = Counter()
    before: Counter[str] = Counter()
    if known:
        for count in history:
            (recent if count.recent else before).update(dict.fromkeys(count.subjects, count.mentions))
    return _SubjectRates(known, recent, before)


def _spike(subject: str, rates: _SubjectRates) -> Spike | None:
    if not rates.known:
        return None
    recent = rates.recent[subject]
    usual = rates.before[subject] * (SPIKE_WINDOW / SPIKE_BASELINE)
    # A quiet subject still has some chance of a mention: never expect less than 0.1.
    if recent >= SPIKE_MIN and _poisson_tail(recent, max(usual, 0.1)) < SPIKE_P:
        return Spike(subject, recent, round(usual, 2))
    return None


def resolve(incidents: Sequence[Incident], given: str) -> Incident:
    """The incident whose id starts with `given` (4+ characters), or ValueError."""
    text = given.strip().lower()
    if len(text) < 4:
        raise ValueError(f"incident id {given!r} is too short; give at least 4 characters")
    found = [inc for inc in incidents if inc.id.startswith(text)]
    if not found:
        raise ValueError(f"no open incident {given!r} at this time")
    if len(found) > 1:
        raise ValueError(f"incident id {given!r} is ambiguous")
    return found[0]
