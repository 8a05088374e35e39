"""How many requests one host gets at once (`webcare.pace`): pure, so told answers directly."""

from __future__ import annotations

from webcare.pace import START, HostPace


def answer_round(pace: HostPace, status: int = 200, seconds: float = 0.05) -> None:
    """Every request the limit allows, sent in the current round, answered alike."""
    sent_in = pace.round
    for _ in range(pace.limit):
        pace.answered(status, seconds, sent_in)


def test_a_new_host_starts_at_four_or_per_host_when_that_is_lower() -> None:
    assert HostPace(ceiling=32).limit == START == 4
    assert HostPace(ceiling=2).limit == 2


def test_a_host_that_keeps_answering_fast_doubles_each_round_up_to_per_host() -> None:
    pace = HostPace(ceiling=32)
    limits = []
    for _ in range(5):
        answer_round(pace)
        limits.append(pace.limit)
    assert limits == [8, 16, 32, 32, 32]


def test_answers_that_slow_down_under_load_hold_the_limit() -> None:
    pace = HostPace(ceiling=32)
    answer_round(pace, seconds=0.05)  # 8
    answer_round(pace, seconds=0.5)  # ten times its best: the host is queueing
    assert pace.limit == 8


def test_an_error_or_a_not_found_says_nothing_about_load() -> None:
    pace = HostPace(ceiling=32)
    answer_round(pace, status=404)
    answer_round(pace, status=500)
    assert pace.limit == START


def test_overload_halves_the_limit_once_for_all_requests_sent_before_the_cut() -> None:
    pace = HostPace(ceiling=32)
    answer_round(pace)
    answer_round(pace)  # 16
    answer_round(pace, status=503)  # sixteen 503s for requests sent at 16: one cut
    assert pace.limit == 8
    pace.strained(pace.round)  # a timeout of a request sent after the cut: a new cut
    assert pace.limit == 4


def test_after_a_cut_the_limit_grows_slowly_and_not_past_where_it_was_cut() -> None:
    pace = HostPace(ceiling=32)
    answer_round(pace)  # 8
    answer_round(pace, status=429)  # 4
    answer_round(pace)  # four fast answers at 4: one more
    assert pace.limit == 5
    for _ in range(10):
        answer_round(pace)
    assert pace.limit == 8


def test_a_host_that_is_overloaded_from_the_start_never_gets_more_than_four() -> None:
    pace = HostPace(ceiling=32)
    answer_round(pace, status=503)
    assert pace.limit == 2
    for _ in range(20):
        answer_round(pace)
    assert pace.limit == START


def test_it_never_goes_below_one_request_at_a_time() -> None:
    pace = HostPace(ceiling=32)
    for _ in range(5):
        pace.strained(pace.round)
    assert pace.limit == 1
