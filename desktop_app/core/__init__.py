"""Lokal's engine: plain Python, no Qt. Testable without a display."""
