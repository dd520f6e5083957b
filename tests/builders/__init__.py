"""Fixture builders: small, synthetic, real-shaped archives made by the project (never real data)."""
