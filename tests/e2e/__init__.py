"""End-to-end: the real window in a subprocess under a real X server (Xvfb)."""
