"""`lokal serve`: Lokal's OpenAI-compatible HTTP API, for the user's other tools.

backend.py runs requests on one worker thread that owns the models; app.py is the FastAPI
application; server.py runs it with uvicorn on a thread (the window uses it too); command.py
is the `lokal serve` command. fastapi and uvicorn are imported only when a server starts.
"""
