"""Test support: local servers that stand in for providers (loopback only)."""
