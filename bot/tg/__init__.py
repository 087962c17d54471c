"""Telegram channel: updates in through the inbox, replies out through the core's sender.

`bot.serve` wires it with the other channels (`bot.tg.run`); the parts live in their modules:
the callback codec, the channel (delivery and pacing), update translation, the poller, the
webhook receiver and the command menu. Nothing is re-exported here, so that importing one light
part (`bot.tg.pacing`) does not load python-telegram-bot (~35 MiB) into a process that has
Telegram off.
"""
