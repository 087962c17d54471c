"""The baseline: a bare python-telegram-bot echo bot (ApplicationBuilder + MessageHandler).

``python -m benchmarks.echo_bot --api http://127.0.0.1:PORT``: stock PTB polling, default
settings, one `reply_text` per text message. It is the framework floor gyeot is compared with.
"""

from __future__ import annotations

import argparse
import logging
import os

# The baseline is a PTB bot by definition: the one place outside bot/ that imports telegram.
from telegram import Update  # noqa: TID251
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: TID251


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send her text back."""
    if update.message is not None and update.message.text is not None:
        await update.message.reply_text(update.message.text)


def main() -> None:
    """Run the echo bot until SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    app = (
        ApplicationBuilder()
        .token(os.environ["GYEOT_TELEGRAM_TOKEN"])
        .base_url(f"{args.api}/bot")
        .base_file_url(f"{args.api}/file/bot")
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main()
