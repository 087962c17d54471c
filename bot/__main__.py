"""Allow `python -m bot` as well as the `gyeot` console script."""

import sys

from bot.cli import main

sys.exit(main())
