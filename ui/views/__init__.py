"""Composite widgets: start screen, overview cards, grant list, grant detail, activity, sources."""
