"""Tests of packaging/: the bundle check, icons, Linux desktop files, the version, the keychain command."""
