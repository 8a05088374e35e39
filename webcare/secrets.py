"""`${NAME}` secret references: filled from the environment at the moment of use only.

A config keeps the reference (`"Bearer ${ACME_TOKEN}"`), never the value, so what
webcare prints about a source or a notify target cannot leak the secret.
"""

from __future__ import annotations

import os
import re

from webcare.errors import ConfigError

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_env(template: str, *, key: str) -> str:
    """Fill `${NAME}` references from the environment, at the moment of use only.

    The template (never the value) is what webcare prints, so secrets stay out of logs.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = os.environ.get(name)
        if value is None:
            raise ConfigError(f"environment variable {name} is not set", key=key)
        return value

    return _ENV_REF.sub(fill, template)


def unset_env(template: str) -> list[str]:
    """The names of the `${NAME}` references in `template` whose variable is not set."""
    return [name for name in _ENV_REF.findall(template) if name not in os.environ]


def is_reference(text: str) -> bool:
    """Whether `text` starts with a `${NAME}` reference (a value read only when used)."""
    return _ENV_REF.match(text) is not None
