"""Fuzz the Telegram callback-data codec: whatever comes back from a phone, decode never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.tg.codec import MAX_BYTES, CallbackDataError, decode_callback, encode_callback
from flows import Command, Engine, Press, Session
from knowledge import Knowledge
from tests.fuzz.gen import FUZZ

ID_PATTERN = r"[A-Za-z0-9_.:=/+-]{1,61}"
valid_ids = st.from_regex(ID_PATTERN, fullmatch=True)
near_valid = st.one_of(
    valid_ids.map(lambda s: "v1|" + s),
    valid_ids.map(lambda s: "v2|" + s),
    valid_ids.map(lambda s: "v1|" + s + "|x"),
    st.text(max_size=80).map(lambda s: "v1|" + s),
    st.text(max_size=80),
    st.binary(max_size=80).map(lambda b: b.decode("utf-8", "surrogateescape")),
)
anything = st.one_of(
    near_valid, st.none(), st.integers(), st.binary(max_size=70), st.lists(st.text(max_size=3))
)


@FUZZ
@given(data=anything)
def test_decode_never_raises_and_returns_only_valid_ids(data: object) -> None:
    """Any callback data, forged or garbled, decodes to None or to an id encode accepts."""
    button_id = decode_callback(data)
    if button_id is not None:
        assert encode_callback(button_id) == data
        assert len(str(data).encode()) <= MAX_BYTES


@FUZZ
@given(button_id=valid_ids)
def test_round_trip_of_every_valid_id(button_id: str) -> None:
    """decode(encode(id)) is the id, and the data fits Telegram's 64 bytes."""
    data = encode_callback(button_id)
    assert decode_callback(data) == button_id
    assert len(data.encode()) <= MAX_BYTES


@FUZZ
@given(button_id=st.text(max_size=80))
def test_encode_refuses_only_with_its_own_error(button_id: str) -> None:
    """encode either returns data that decodes back, or raises CallbackDataError."""
    try:
        data = encode_callback(button_id)
    except CallbackDataError:
        return
    assert decode_callback(data) == button_id


@pytest.fixture(scope="module")
def engine(kb: Knowledge) -> Engine:
    return Engine(kb)


@FUZZ
@given(picks=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=20))
def test_every_button_the_engine_offers_fits_in_callback_data(
    engine: Engine, picks: list[int]
) -> None:
    """Walking the engine by random buttons, every offered id encodes and decodes back."""
    state = engine.handle(Session(started=True), Command("menu")).next_state
    for pick in picks:
        for button_id in state.offered:
            assert decode_callback(encode_callback(button_id)) == button_id
        if not state.offered:
            break
        state = engine.handle(state, Press(state.offered[pick % len(state.offered)])).next_state
