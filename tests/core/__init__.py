"""Core tests (no Qt)."""
