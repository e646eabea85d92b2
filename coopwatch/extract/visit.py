"""visit facts (rules to come)."""

from coopwatch.extract.context import Context


def extract(ctx: Context) -> list:
    return []
