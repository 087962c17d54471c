"""What counselors read: alert cards, re-alerts, notices in their private chat (Korean).

Counselors are Korean, so staff-facing text lives here rather than in the per-language
catalogs. A card names the case only by its alias and shows only the intake fields in
`[privacy] share_with_counselor`; the presser's first name appears in the staff group only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, timezone

from flows.counsel.cases import CLAIMED, CLOSED, Case, minutes, queue_order
from flows.counsel.model import Card, StaffButton
from knowledge import Knowledge

RISK = {
    "none": "없음 (상담 요청)",
    "medical": "의료 응급",
    "self_harm": "자해·자살 위험",
    "violence": "폭력 피해",
    "child_safety": "아기 안전",
}
LANGUAGE = {"ko": "한국어", "en": "영어", "vi": "베트남어", "zh": "중국어"}
CLOSED_BY = {"user": "본인이 종료", "forget": "본인이 기록 삭제", "staff": "상담사가 종료"}
CLAIM = "claim:"


def claim_ref(button_id: str) -> str | None:
    """The claim token in a claim button id, or None for another button."""
    return button_id.removeprefix(CLAIM) if button_id.startswith(CLAIM) else None


HELP = """상담사 명령
· 그냥 쓰기: 지금 상담(또는 답장한 메시지의 상담)으로 '상담사'라는 이름으로 전해져요
· /cases — 열린 상담 목록 (긴급 먼저, 오래 기다린 순)
· /claim 상담-XXXX — 상담 맡기 (/claim 만 쓰면 가장 급한 상담)
· /case 상담-XXXX — 보낼 상담 바꾸기
· /note 메모 — 상담사만 보는 메모 (그분에게 보내지 않아요)
· /release — 이 상담을 대기열로 돌려놓기
· /close [결과] — 상담 종료 (결과 예: resolved, referred, no_reply, other)"""

ANSWERS = {
    "claimed": "맡았어요: {alias}. 봇과의 개인 대화방에서 이어가 주세요.",
    "yours": "이미 맡고 있는 상담이에요: {alias}",
    "taken": "이미 다른 상담사가 맡은 상담이에요.",
    "closed": "이미 종료된 상담이에요.",
    "unknown": "찾을 수 없는 상담이에요.",
    "denied": "상담사로 등록된 분만 맡을 수 있어요.",
    "empty": "기다리는 상담이 없어요.",
}

NOTICES = {
    "raised": (
        "⚠ {alias}: 위험 신호가 감지됐어요 ({risk}). 그분에게는 긴급 번호를 이미 안내했어요."
    ),
    "closed_user": "{alias}: 그분이 대화를 끝냈어요.",
    "closed_forget": "{alias}: 그분이 기록 삭제를 요청해서 상담이 끝났어요.",
    "released": (
        "{alias}: {minutes}분 동안 답이 없어 대기열로 돌려놓았어요. 다른 상담사가 맡을 수 있어요."
    ),
    "reopened": "{alias}: 종료했던 상담에 그분이 다시 글을 남겨서 상담을 다시 열었어요.",
    "blocked": "{alias}: 그분이 봇을 차단해서 메시지를 받을 수 없어요. 정리되면 /close 해 주세요.",
    "undelivered": "{alias}: 방금 보낸 메시지가 전달되지 않았어요. 잠시 뒤 다시 보내 주세요.",
    "no_route": "{alias}: 그분에게 닿을 경로가 없어요 (기록이 지워졌을 수 있어요).",
    "no_target": (
        "어느 상담에 보낼지 모르겠어요. /cases 로 목록을 보고 /case 상담-XXXX 로 골라 주세요."
    ),
    "not_yours": "{alias}은(는) 지금 맡고 있는 상담이 아니에요. /claim {alias} 로 맡을 수 있어요.",
    "closed_ok": (
        "{alias}을(를) 종료했어요 (결과: {outcome}). 그분에게는 상담이 끝났다고 알렸어요."
    ),
    "note_ok": "{alias}에 메모를 남겼어요. 그분에게는 보내지 않아요.",
    "note_empty": "메모 내용을 함께 써 주세요: /note 메모",
    "release_ok": "{alias}을(를) 대기열로 돌려놓았어요.",
    "switched": "이제 {alias}(으)로 보내요.",
    "bad_outcome": "결과 코드는 영문 소문자와 _ 로 24자까지예요 (예: resolved, referred).",
    "text_only": "글만 전할 수 있어요. 사진·파일은 전달되지 않아요.",
    "edited": "고친 글은 다시 전해지지 않아요. 고친 내용을 새로 보내 주세요.",
    "unknown_case": "찾을 수 없는 상담이에요: {alias}",
    "header": "── {alias} ──",
    "relayed": "[{alias}] {text}",
    "relayed_media": "[{alias}] (그분이 {kind}을(를) 보냈어요. 글만 전달돼요.)",
}


class StaffTexts:
    """Render staff-facing text with the knowledge base's Korean labels."""

    def __init__(
        self, kb: Callable[[], Knowledge], *, share: Iterable[str], utc_offset: timedelta
    ) -> None:
        """Keep the labels' source, the fields counselors may see and the local time offset."""
        self._kb = kb
        self.share = tuple(share)
        self.zone = timezone(utc_offset)

    @property
    def kb(self) -> Knowledge:
        """The knowledge in use now (reloads included)."""
        return self._kb()

    def clock(self, moment: datetime) -> str:
        """Local HH:MM."""
        return moment.astimezone(self.zone).strftime("%H:%M")

    def field(self, name: str, code: str) -> str:
        """'label: value' of one intake answer in Korean."""
        t = self.kb.text
        if name == "region":
            value = t("ko", f"region.{code}")
        elif name == "needs":
            value = ", ".join(t("ko", f"intake.needs.{n}") for n in code.split(",") if n)
        else:
            value = t("ko", f"intake.{name}.{code}")
        return f"{t('ko', f'intake.field.{name}')}: {value}"

    def body(self, case: Case, lang: str, fields: dict[str, str]) -> list[str]:
        """Lines describing a case: urgency, alias, risk, language, shared fields, time."""
        head = f"🔴 긴급 · {case.alias}" if case.urgent else f"🟡 상담 요청 · {case.alias}"
        lines = [
            head,
            f"위험 신호: {RISK.get(case.risk, case.risk)} · 언어: {LANGUAGE.get(lang, lang)}",
        ]
        shared = [self.field(n, fields[n]) for n in self.share if fields.get(n)]
        if shared:
            lines.append(" · ".join(shared))
        lines.append(f"요청 {self.clock(case.opened_at)}")
        return lines

    def state_line(self, case: Case, now: datetime) -> str:
        """Where the case stands, for the staff group (may name the claiming counselor)."""
        if case.status == CLAIMED and case.claimed_at is not None:
            wait = minutes(case.claimed_at - case.opened_at)
            who = case.claimed_label or "상담사"
            return f"✅ 맡음: {who} · {self.clock(case.claimed_at)} ({wait}분 대기)"
        if case.status == CLOSED:
            by = CLOSED_BY.get(case.closed_by or "user", "종료")
            outcome = f" · 결과: {case.outcome}" if case.outcome else ""
            return f"⚪ 종료 · {by}{outcome}"
        told = " · 본인에게 1308 안내함" if case.fallback_at else ""
        return f"⏳ 대기 {minutes(now - case.opened_at)}분째{told}"

    def alert(self, cases: Sequence[tuple[Case, str, dict[str, str]]], now: datetime) -> Card:
        """The alert card(s) for one staff-group message, with a claim button per open case."""
        blocks = [
            "\n".join([*self.body(c, lang, f), self.state_line(c, now)]) for c, lang, f in cases
        ]
        text = "\n\n".join(blocks)
        if len(cases) > 1:
            text = f"새 상담 요청 {len(cases)}건\n\n{text}"
        open_ = [c for c, _, _ in cases if c.status == "open"]
        single = len(cases) == 1
        buttons = tuple(
            StaffButton(
                f"{CLAIM}{c.claim_token}", "맡기 / Claim" if single else f"맡기 {c.alias}", c.alias
            )
            for c in open_
        )
        summary = "\n".join(f"{c.alias}: {self.state_line(c, now)}" for c, _, _ in cases)
        return Card(text, buttons, summary=summary)

    def realert(
        self, cases: Sequence[Case], waiting: int, now: datetime, mentions: Sequence[int]
    ) -> Card:
        """One re-alert for several waiting cases, urgent first, with claim buttons."""
        lines = [f"⏰ 아직 아무도 맡지 않았어요 · 대기 {waiting}건"]
        for case in queue_order(cases):
            mark = "🔴" if case.urgent else "🟡"
            lines.append(
                f"{mark} {case.alias} · {RISK.get(case.risk, case.risk)} · "
                f"{minutes(now - case.opened_at)}분째 대기"
            )
        buttons = tuple(
            StaffButton(f"{CLAIM}{c.claim_token}", f"맡기 {c.alias}", c.alias)
            for c in queue_order(cases)
        )
        return Card("\n".join(lines), buttons, tuple(mentions), summary="\n".join(lines))

    def claimed(self, case: Case, lang: str, fields: dict[str, str]) -> str:
        """The card a counselor gets in her private chat after claiming."""
        return "\n".join(
            [
                f"맡았어요: {case.alias}",
                *self.body(case, lang, fields),
                "",
                "이 대화방에 쓰는 글은 '상담사'라는 이름으로만 그분께 전해져요. "
                "그분은 당신의 이름이나 계정을 볼 수 없어요.",
                "",
                HELP,
            ]
        )

    def listing(self, cases: Sequence[Case], me: int, now: datetime) -> str:
        """/cases: open cases by urgency and age, without names."""
        if not cases:
            return "열린 상담이 없어요."
        lines = [f"열린 상담 {len(cases)}건 (긴급 먼저, 오래 기다린 순)"]
        for case in queue_order(cases):
            mark = "🔴" if case.urgent else "🟡"
            if case.status == CLAIMED:
                who = "내가 맡음" if case.claimed_by == me else "다른 상담사가 맡음"
            else:
                who = f"대기 {minutes(now - case.opened_at)}분째"
            lines.append(f"{mark} {case.alias} · {RISK.get(case.risk, case.risk)} · {who}")
        return "\n".join(lines)

    def notes(self, alias: str, notes: Sequence[tuple[datetime, int, str]]) -> str:
        """The staff notes of a case, oldest first."""
        if not notes:
            return ""
        return "\n".join(
            [f"{alias} 메모:", *(f"· {self.clock(at)} {text}" for at, _, text in notes)]
        )
