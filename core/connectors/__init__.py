"""Live connections to identity providers over OAuth: sign in, list third-party grants, revoke them.

The UI uses core.connectors.session (connect, resume, ConnectedAccount) and core.connectors.presets.
"""
