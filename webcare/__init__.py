"""webcare: see every brand mention, know how the customer feels and how urgent it is,
and answer before the steak hits the floor.

This module stays import-light: `webcare --help` must not pay for feedparser, httpx or VADER.
"""

__version__ = "0.1.0"
USER_AGENT = f"webcare/{__version__} (+https://github.com/webcare/webcare)"
