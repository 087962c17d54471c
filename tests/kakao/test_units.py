"""In-process parts of the KakaoTalk channel: startup checks, the event API notifier, labels."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.config import ConfigError, KakaoSettings, Settings
from bot.kakao import EVENT_NAME, EventNotifier, Poster, check_kakao
from bot.kakao.offered import derive
from bot.kakao.skill import MAX_LABEL
from flows import MemoryStore, OutboxMessage, Outcome, Session
from tests.kakao.harness import CallbackSink

NOW = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)


def kakao(**values: object) -> Settings:
    return Settings(kakao=KakaoSettings.model_validate({"enabled": True, **values}))


def test_the_channel_does_not_start_without_its_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """[kakao] enabled without GYEOT_KAKAO_SECRET (or with a short one) refuses to start."""
    monkeypatch.delenv("GYEOT_KAKAO_SECRET", raising=False)
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_SECRET"):
        check_kakao(kakao())
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "short")
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_SECRET"):
        check_kakao(kakao())
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "a-long-enough-random-secret-0123")
    check_kakao(kakao())
    check_kakao(Settings())  # switched off: nothing needed


def test_the_event_api_needs_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """[kakao] event_api without GYEOT_KAKAO_EVENT_KEY refuses to start."""
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "a-long-enough-random-secret-0123")
    monkeypatch.delenv("GYEOT_KAKAO_EVENT_KEY", raising=False)
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_EVENT_KEY"):
        check_kakao(kakao(event_api="https://bot-api.example/v2/bots/1/talk"))


async def test_a_reply_that_waits_is_notified_once_per_person() -> None:
    """Rows that waited past `settle` make one event per person, with the REST key; once."""
    store = MemoryStore()
    outcome = Outcome((), Session())
    rows = [
        OutboxMessage("bk-her", '{"text":"상담사: 안녕하세요"}', "kakao"),
        OutboxMessage("bk-her", '{"text":"상담사: 천천히요"}', "kakao"),
        OutboxMessage("bk-other", '{"text":"상담사: 네"}', "kakao"),
        OutboxMessage("12345", '{"text":"telegram"}', "telegram"),
    ]
    await store.commit("k", outcome, now=NOW, outbox=rows)
    sink = CallbackSink()
    await sink.start()
    poster = Poster()
    try:
        notifier = EventNotifier(store, poster, url=sink.url + "talk", key="rest-key", settle=0)
        assert await notifier.scan_once() == 2
        assert await notifier.scan_once() == 0
    finally:
        await poster.close()
        await sink.stop()
    users = sorted(body["user"][0]["id"] for body in sink.received)
    assert users == ["bk-her", "bk-other"]
    assert all(body["event"] == {"name": EVENT_NAME} for body in sink.received)
    assert all(body["user"][0]["type"] == "botUserKey" for body in sink.received)


def test_labels_are_derived_from_her_saved_session() -> None:
    """After a restart, the buttons her saved state offers map back from their labels."""
    from bot.app import build_engine
    from knowledge import load_knowledge

    settings = Settings()
    engine = build_engine(settings, load_knowledge(settings.knowledge.path))
    menu = engine.menus.menu(Session(started=True))
    labels = derive(engine, menu.next_state)
    assert labels["상담사와이야기하기"] == "counselor"
    assert "flow:intake" in labels.values()
    unsure = engine.menus.faq(menu.next_state, "아기 돈")
    for button in unsure.replies[-1].buttons:
        assert derive(engine, unsure.next_state)["".join(button.label.split())] == button.id


def test_crisis_help_goes_first_and_what_does_not_fit_waits() -> None:
    """An urgent row leads the first output; rows past three outputs stay for next time."""
    from bot.kakao.compose import pack
    from flows import PendingMessage

    def row(n: int, text: str, *, urgent: bool = False) -> PendingMessage:
        body = {"text": text, "urgent": True} if urgent else {"text": text}
        return PendingMessage(n, "bk", json.dumps(body, ensure_ascii=False), 0, "kakao")

    rows = [row(i, f"상담사 {i}: " + "가" * 900) for i in (1, 2, 3, 4)]
    rows.append(row(5, "지금 위험하면 119", urgent=True))
    answer, given, _ = pack(rows, "곁에서 답장이 왔어요")
    assert answer.outputs[0].startswith("곁에서 답장이 왔어요\n\n지금 위험하면 119")
    assert [r.id for r in given] == [5, 1, 2, 3]  # the fourth waits for her next request
    assert len(answer.outputs) == 3
    assert all(len(text) <= 1000 for text in answer.outputs)


def test_shipped_kakao_labels_fit_kakao() -> None:
    """Every `[kakao.label]` and the "답장 확인" label fit 14 characters, in every language."""
    from knowledge import load_knowledge

    kb = load_knowledge(Settings().knowledge.path)
    for lang, strings in kb.catalogs.items():
        labels = {k: v for k, v in strings.items() if k.startswith("kakao.label.")}
        assert labels, lang
        labels["kakao.check"] = strings["kakao.check"]
        too_long = {k: v for k, v in labels.items() if len(v.strip()) > MAX_LABEL}
        assert too_long == {}, lang
