"""Safety limits applied while reading untrusted archives."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    #: Largest member we will read into memory (JSON, JS, HTML, CSV).
    max_member_bytes: int = 256 * MB
    #: Largest line when streaming JSON Lines / CSV.
    max_line_bytes: int = 16 * MB
    #: Compression ratio above which a large member is treated as a zip bomb.
    max_ratio: float = 200.0
    #: The ratio check applies only to members declaring more than this many bytes.
    ratio_floor_bytes: int = 8 * MB
    #: Most members one input may have.
    max_members: int = 1_000_000
    #: Deepest folder recursion for folder inputs.
    max_depth: int = 64
