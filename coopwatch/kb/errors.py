"""What the command line needs of the knowledge base before it opens one: the error users can act
on and the variable naming the database. Apart from ``db`` so that ``coopwatch extract`` starts
without importing SQLAlchemy."""

ENV_DB = "COOPWATCH_DB"


class KBError(Exception):
    """A knowledge-base problem the user can act on; the message is in Russian."""


class NotFound(KBError):
    """The document, fact, person or organisation asked for is not in the knowledge base."""


class DiskFull(KBError):
    """The database's disk (or the database server's) has no room left: nothing of the failed
    transaction was written."""


class DatabaseBusy(KBError):
    """Another writer held the database longer than the wait allows."""
