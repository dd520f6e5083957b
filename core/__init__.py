"""Grantscope core: pure Python, never imports Qt."""
