"""The web chat: a page served by the bot and a WebSocket per open tab (DESIGN.md "Web chat")."""

from bot.web.channel import WebChannel, WebSettings

__all__ = ["WebChannel", "WebSettings"]
