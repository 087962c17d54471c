"""Rendering replies into channel-neutral payloads: neutral first line, splits, buttons."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.channels import Limits, Renderer, RenderSettings, split_text, utf16_len
from bot.tg.channel import LIMITS, keyboard
from bot.tg.codec import decode_callback
from flows import Button, Forget, Lang, Outcome, Reply, Session

MAX_TEXT = LIMITS.max_text


def payloads(outcome: Outcome, **kwargs) -> list[dict]:
    return [
        json.loads(m.payload) for m in Renderer(limits=LIMITS).render(outcome, "1001", **kwargs)
    ]


def test_every_message_starts_with_the_neutral_line():
    """The first line of every message is the neutral preview line in her language."""
    outcome = Outcome((Reply("임신 14주예요"), Reply("1308")), Session(lang=Lang.KO))
    texts = [p["text"] for p in payloads(outcome)]
    assert texts == ["곁에서 답장이 왔어요\n\n임신 14주예요", "곁에서 답장이 왔어요\n\n1308"]


def test_english_session_gets_the_english_line():
    """An English session's messages start with the English neutral line."""
    outcome = Outcome((Reply("Hello"),), Session(lang=Lang.EN))
    assert payloads(outcome)[0]["text"] == "You have a new reply\n\nHello"


def test_language_without_a_line_falls_back_to_the_default():
    """A language with no configured line uses the default language's line."""
    renderer = Renderer(RenderSettings(first_lines={"ko": "새 메시지"}), limits=LIMITS)
    assert renderer.first_line("vi") == "새 메시지"


def test_first_line_is_configurable():
    """The operator can choose the neutral line."""
    renderer = Renderer(RenderSettings(first_lines={"ko": "알림", "en": "Note"}), limits=LIMITS)
    params = renderer.messages(Reply("본문"), "ko")
    assert params == [{"text": "알림\n\n본문"}]


def test_safety_replies_go_first():
    """A crisis reply is queued before the others, whatever order the engine gave."""
    outcome = Outcome((Reply("menu"), Reply("119", safety=True)), Session())
    texts = [p["text"].split("\n\n")[1] for p in payloads(outcome)]
    assert texts == ["119", "menu"]


def test_buttons_become_an_inline_keyboard_with_versioned_data():
    """Buttons are sent as inline keyboard rows carrying codec-encoded ids."""
    reply = Reply(
        "고르세요", (Button("intake", "비밀 상담 시작하기 (익명)"), Button("menu", "메뉴"))
    )
    buttons = Renderer(limits=LIMITS).messages(reply, "ko")[0]["buttons"]
    rows = keyboard(buttons)["inline_keyboard"]
    assert [[b["text"] for b in row] for row in rows] == [["비밀 상담 시작하기 (익명)"], ["메뉴"]]
    assert [decode_callback(row[0]["callback_data"]) for row in rows] == ["intake", "menu"]


def test_short_labels_share_rows_two_by_two():
    """When every label is short, buttons sit two to a row."""
    buttons = tuple(Button(f"b{i}", label) for i, label in enumerate(["예", "아니요", "메뉴"]))
    rows = Renderer(limits=LIMITS).messages(Reply("?", buttons), "ko")[0]["buttons"]
    assert [[b["label"] for b in row] for row in rows] == [
        ["예", "아니요"],
        ["메뉴"],
    ]


def test_long_reply_is_split_and_buttons_ride_on_the_last_part():
    """A reply longer than 4096 units is split; only the last part has the keyboard."""
    text = "\n\n".join(f"문단 {i} " + "가" * 1000 for i in range(9))
    params = Renderer(limits=LIMITS).messages(Reply(text, (Button("menu", "메뉴"),)), "ko")
    assert len(params) > 1
    assert all(utf16_len(p["text"]) <= MAX_TEXT for p in params)
    assert all(p["text"].startswith("곁에서 답장이 왔어요\n\n문단 ") for p in params)
    assert ["buttons" in p for p in params] == [False] * (len(params) - 1) + [True]


def test_split_prefers_paragraphs_then_lines():
    """Splitting cuts at paragraph breaks first and at line breaks only inside a paragraph."""
    assert split_text("aaaa\n\nbbbb\n\ncc", 10) == ["aaaa\n\nbbbb", "cc"]
    assert split_text("aaaa\nbbbb\ncccc", 10) == ["aaaa\nbbbb", "cccc"]
    assert split_text("abcdefghij" * 2, 10) == ["abcdefghij", "abcdefghij"]


def test_split_counts_utf16_units_and_keeps_surrogate_pairs_whole():
    """Emoji count as two units and are never cut in half."""
    parts = split_text("😀" * 5, 4)
    assert parts == ["😀😀", "😀😀", "😀"]


@given(st.text(alphabet=st.sampled_from("가a \n😀"), max_size=400), st.integers(4, 60))
def test_split_parts_fit_and_keep_every_non_space_character(text: str, limit: int):
    """Every part fits the limit and no visible character is lost or reordered."""
    parts = split_text(text, limit)
    assert all(utf16_len(p) <= limit for p in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


def test_erase_deletes_recent_messages_in_batches_of_100_before_the_confirmation():
    """/erase queues deleteMessages for every logged id (100 a call), then the reply."""
    outcome = Outcome((Reply("지웠어요"),), Session(), (Forget(chat_messages=True),))
    calls = payloads(outcome, user_key="k", erase_ids=[*range(1, 151), 3])
    assert [next(iter(c)) for c in calls] == ["delete", "delete", "text"]
    assert calls[0]["delete"] == list(range(1, 101))
    assert calls[1]["delete"] == list(range(101, 151))


def test_a_channel_that_cannot_delete_is_told_to_clear_instead():
    """On the web chat /erase clears the page instead of deleting platform messages."""
    web = Limits(max_text=4000, can_push=False, can_delete=False)
    outcome = Outcome((Reply("지웠어요"),), Session(), (Forget(chat_messages=True),))
    calls = [json.loads(m.payload) for m in Renderer(limits=web).render(outcome, "tok")]
    assert calls[0] == {"clear": True}


def test_safety_replies_are_marked_urgent():
    """A crisis reply carries `urgent`, so the web page can show it prominently."""
    outcome = Outcome((Reply("menu"), Reply("119", safety=True)), Session())
    assert [c.get("urgent", False) for c in payloads(outcome)] == [True, False]


def test_a_channel_with_few_buttons_gets_at_most_its_limit():
    """Buttons beyond a channel's limit are left out (KakaoTalk takes ten)."""
    small = Limits(max_buttons=3)
    buttons = tuple(Button(f"b{i}", f"{i}") for i in range(12))
    rows = Renderer(limits=small).messages(Reply("?", buttons), "ko")[0]["buttons"]
    assert sum(len(row) for row in rows) == 3


def test_messages_after_forget_are_not_linked_to_her():
    """After /forget the payload carries no user key, so no message id is logged for her."""
    outcome = Outcome((Reply("지웠어요"),), Session(), (Forget(),))
    assert ["key" in c for c in payloads(outcome, user_key="k")] == [False]
    plain = Outcome((Reply("hi"),), Session())
    assert payloads(plain, user_key="k")[0]["key"] == "k"


@pytest.mark.parametrize("limit", [0, 1])
def test_split_refuses_a_limit_too_small(limit: int):
    """A limit that leaves no room for text is a programming error."""
    with pytest.raises(ValueError, match="limit"):
        split_text("abc", limit)
