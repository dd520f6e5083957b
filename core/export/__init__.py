"""Exporters: one document model, redaction once, then a writer per format."""
