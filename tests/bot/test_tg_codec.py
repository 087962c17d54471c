"""Callback data codec: short, versioned, and refusing anything it did not write."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.tg.codec import MAX_BYTES, CallbackDataError, decode_callback, encode_callback

ids = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_.:=/+-", min_size=1, max_size=61
)


@given(ids)
def test_round_trip_of_any_valid_id(button_id: str):
    """Every valid id survives encoding and fits Telegram's 64 bytes."""
    data = encode_callback(button_id)
    assert decode_callback(data) == button_id
    assert len(data.encode()) <= MAX_BYTES


@given(st.text(max_size=200))
def test_decode_never_raises_and_only_returns_encodable_ids(data: str):
    """Any string decodes to None or to an id that encodes back to the same string."""
    button_id = decode_callback(data)
    if button_id is not None:
        assert encode_callback(button_id) == data


@given(st.binary(max_size=100))
def test_decode_of_arbitrary_bytes_as_text_is_none_or_valid(raw: bytes):
    """Garbage that reaches us as text is refused without an exception."""
    data = raw.decode("utf-8", "replace")
    result = decode_callback(data)
    assert result is None or encode_callback(result) == data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("menu", id="no-version"),
        pytest.param("v2|menu", id="unknown-version"),
        pytest.param("v1|", id="empty-id"),
        pytest.param("v1|" + "a" * 62, id="too-long"),
        pytest.param("v1|보호출산", id="non-ascii"),
        pytest.param("v1|menu|extra", id="extra-field"),
        pytest.param("v1|menu\n", id="trailing-newline"),
        pytest.param("V1|menu", id="wrong-case-version"),
        pytest.param(None, id="none"),
        pytest.param(42, id="not-a-string"),
    ],
)
def test_forged_or_stale_data_decodes_to_none(data: object):
    """Forged, stale or oversized callback data is not ours."""
    assert decode_callback(data) is None


@pytest.mark.parametrize("button_id", ["", "a" * 62, "한글", "has space", "a|b"])
def test_encoding_an_unfit_id_raises(button_id: str):
    """An id that could not travel as callback data is refused when the keyboard is built."""
    with pytest.raises(CallbackDataError):
        encode_callback(button_id)


def test_longest_id_fills_exactly_64_bytes():
    """The longest id allowed makes exactly 64 bytes of callback data."""
    assert len(encode_callback("x" * 61).encode()) == 64
