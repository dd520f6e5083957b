"""Grantscope tests."""
