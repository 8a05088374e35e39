"""`model.sla_state` builds the report's thousands of SLA states faster than the frozen
dataclass's own `__init__`: it must give the very record `SlaState(...)` gives, frozen.
Its signature is checked against the record's with the other builders' (test_fast_records)."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime

import pytest

from webcare.model import SlaState, SlaStatus, sla_state

DUE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
STARTED = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"responded_late": True, "needs_reply": False, "to_thank": True},
        {"clock": "next_reply", "clock_started_at": STARTED, "reply_reason": "asks a question"},
    ],
)
def test_it_is_the_record_slastate_builds_and_stays_frozen(kwargs: dict[str, object]) -> None:
    args = (90, "social target 1h 30m", DUE, SlaStatus.AT_RISK, 0, 12)
    made = sla_state(*args, **kwargs)  # type: ignore[arg-type]
    expected = SlaState(*args, **kwargs)  # type: ignore[arg-type]
    assert type(made) is SlaState
    assert made == expected and expected == made
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    assert dataclasses.replace(made, status=SlaStatus.OK) == dataclasses.replace(
        expected, status=SlaStatus.OK
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.status = SlaStatus.BREACHED  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.reply_reason
