"""What the command line needs of the knowledge base before it opens one: the error users can act
on and the variable naming the database. Apart from ``db`` so that ``coopwatch extract`` starts
without importing SQLAlchemy."""

ENV_DB = "COOPWATCH_DB"


class KBError(Exception):
    """A knowledge-base problem the user can act on; the message is in Russian."""
