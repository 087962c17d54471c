"""Skill payloads: reading requests, shortening labels, packing answers to Kakao's limits."""

from __future__ import annotations

import json

import pytest

from bot.kakao.skill import (
    MAX_LABEL,
    Answer,
    BadRequest,
    choices,
    parse_request,
    short_label,
    simple,
    use_callback,
)
from tests.kakao.harness import payload


def test_a_request_gives_her_id_words_language_and_callback() -> None:
    """The botUserKey, the utterance, the language and a callback URL are read; nothing else."""
    body = json.dumps(payload("bk-1", "안녕", callbackUrl="https://cb.example/x")).encode()
    ask = parse_request(body)
    assert (ask.user, ask.utterance, ask.lang) == ("bk-1", "안녕", "ko")
    assert ask.callback_url == "https://cb.example/x"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="not-json"),
        pytest.param(b"\xff\xfe", id="not-utf8"),
        pytest.param(b"[]", id="a-list"),
        pytest.param(b'{"bot": {}}', id="no-userRequest"),
        pytest.param(b'{"userRequest": {"utterance": "hi"}}', id="no-user"),
        pytest.param(b'{"userRequest": {"user": {"id": 5}, "utterance": "hi"}}', id="id-number"),
        pytest.param(b'{"userRequest": {"user": {"id": "a"}, "utterance": 3}}', id="utt-number"),
    ],
)
def test_malformed_requests_are_refused(body: bytes) -> None:
    """Anything but a skill request with a user id and text words is a bad request."""
    with pytest.raises(BadRequest):
        parse_request(body)


def test_a_callback_url_must_be_http() -> None:
    """A callback URL of another scheme is ignored (the answer comes in the request)."""
    body = json.dumps(payload("bk-1", "x", callbackUrl="file:///etc/passwd")).encode()
    assert parse_request(body).callback_url is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("처음으로", "처음으로", id="short-kept"),
        pytest.param("보호출산제 (가명으로 하는 출산)", "보호출산제", id="parenthesis-dropped"),
        pytest.param("지원금·수당 (부모급여·첫만남이용권 등)", "지원금·수당", id="ko-head"),
        pytest.param("Violence: reporting and help", "Violence", id="en-head"),
        pytest.param("Talk to a counselor", "Talk to a…", id="word-cut"),
        pytest.param("补助和津贴（父母津贴、儿童津贴等）", "补助和津贴", id="zh-parens"),
    ],
)
def test_labels_are_shortened_safely(label: str, expected: str) -> None:
    """Long labels lose their parenthesis, keep their head, or are cut at a word."""
    assert short_label(label) == expected


def test_quick_replies_keep_the_full_label_as_what_she_sends() -> None:
    """Labels fit 14 characters, differ from each other, and send the engine's full label."""
    cells = [
        {"label": "Gave birth, within 6 weeks", "data": "ans:b0_6w"},
        {"label": "Gave birth, 6 weeks–6 months", "data": "ans:b6w_6m"},
        {"label": "처음으로", "data": "menu"},
    ]
    quick = choices(cells)
    labels = [c.label for c in quick]
    assert all(len(label) <= MAX_LABEL for label in labels)
    assert len(set(labels)) == len(labels)
    assert [c.text for c in quick] == [c["label"] for c in cells]
    assert [c.button_id for c in quick] == ["ans:b0_6w", "ans:b6w_6m", "menu"]


def test_at_most_ten_quick_replies() -> None:
    """Buttons past Kakao's ten are not offered."""
    cells = [{"label": f"b{i}", "data": f"d{i}"} for i in range(14)]
    assert len(choices(cells)) == 10


def test_answers_pack_into_three_outputs_of_1000() -> None:
    """Short texts share an output; what fits nowhere is refused by `fits`."""
    answer = Answer()
    answer.add("짧은 인사")
    for _ in range(3):
        text = "가" * 600
        assert answer.fits(text)
        answer.add(text)
    assert not answer.fits("가" * 600)
    assert answer.fits("짧게")
    assert answer.outputs[0].startswith("짧은 인사\n\n가")
    assert len(answer.outputs) == 3
    assert all(len(t) <= 1000 for t in answer.outputs)


def test_the_skill_response_has_version_2() -> None:
    """A response is skill response v2.0; a callback answer says useCallback."""
    body = simple("안녕")
    assert body == {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": "안녕"}}]}}
    assert use_callback("잠시만요")["useCallback"] is True
