"""Lokal: a private desktop AI assistant that answers questions about your documents, offline."""

__version__ = "0.1.0"
APP_NAME = "Lokal"
