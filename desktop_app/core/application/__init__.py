"""The application layer: one object or function per thing a user does.

Every front end (the window's workers, the `lokal` CLI, and later the agent and the local API
server) calls these and only adapts their input and their events; none of them computes a
policy of its own. When two front ends compute the same thing, the second one is a bug.

- search.py: `Retriever`, one retrieval policy (`RetrievalPolicy`: mode, top_k, neighbours, the
  reranker, made once and kept until another is chosen); services.py builds it from Settings
- ask.py: `answer`, a grounded or plain answer as events (`PromptPrepared`, `ThinkingStreamed`,
  `AnswerStreamed`, `AnswerFinished`: the prompt that fits, thinking apart, stats, sources)
- indexing.py: index and sync runs over a store
"""
