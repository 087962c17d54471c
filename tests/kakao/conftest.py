"""Fixtures: a real `gyeot run` with the KakaoTalk channel, and a fake Kakao client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from tests.kakao.harness import FakeKakao, KakaoServer, client


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KakaoServer]:
    """One `gyeot run` shared by a module's tests (each test uses its own botUserKeys)."""
    srv = KakaoServer(tmp_path_factory.mktemp("kakao"))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
async def kakao(server: KakaoServer) -> AsyncIterator[FakeKakao]:
    """Kakao's side of the skill, talking to the shared server."""
    async with client() as session:
        yield FakeKakao(server, session)
