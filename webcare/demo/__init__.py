"""The bundled demo: Bolderkar, a fictional Dutch online supermarket, and its mentions.

The data files beside this module hold absolute times written around `DEMO_NOW`, and
`webcare demo` reports at exactly that moment, so the demo always shows the same
breached, at-risk and fine mentions.
"""

from datetime import UTC, datetime

DEMO_NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
"""Monday 23 November 2026, 09:00 in Amsterdam."""
