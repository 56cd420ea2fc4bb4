"""The application layer: one object or function per thing a user does.

Every front end (the window's workers, the `lokal` CLI, and later the agent and the local API
server) calls these and only adapts their input and their events; none of them computes a
policy of its own. When two front ends compute the same thing, the second one is a bug.

- search.py: one retrieval policy (mode, reranker loaded once, neighbours)
- ask.py: a grounded or plain answer (prompt that fits, stream, thinking apart, sources)
- indexing.py: index and sync runs over a store
"""
