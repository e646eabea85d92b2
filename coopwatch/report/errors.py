"""The one error a report raises for bad input or a missing converter, with a Russian message."""


class ReportError(Exception):
    pass
