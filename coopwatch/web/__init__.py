"""The analyst's workspace: a server-rendered Russian web interface and its JSON API over the
knowledge base (``coopwatch.kb.query``). ``app.create_app`` builds it; ``cli`` starts it."""
