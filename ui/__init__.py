"""Everything Qt: the Grantscope desktop window (PySide6)."""
