"""The agent over the user's files: its tools, its loop, what it may touch, approvals."""
