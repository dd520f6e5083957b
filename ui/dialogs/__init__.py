"""Dialogs: crash details, opening archives (export and connect-account dialogs are added by other modules)."""
