"""Alembic environment: run by ``coopwatch.kb.db.migrate`` with an open connection."""

from alembic import context

from coopwatch.kb.schema import include_name, metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through coopwatch.kb.db
    raise RuntimeError("migrations run through coopwatch.kb.db.migrate(), which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  compare_type=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
