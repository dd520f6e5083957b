"""Safety limits applied while reading untrusted archives."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    #: Largest member we will read into memory (JSON, JS, HTML, CSV).
    max_member_bytes: int = 128 * MB
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
    #: Whole-scan budget for members read whole (JSON, JS, HTML): every byte inflated counts.
    max_total_bytes: int = 512 * MB
    #: Whole-scan budget for everything inflated, streamed line readers (JSON Lines, CSV) included.
    max_total_stream_bytes: int = 32 * 1024 * MB
    #: Whole-scan time budget for reading members, in seconds.
    max_seconds: float = 900.0
    #: Most values (commas and brackets) one JSON document may hold before parsing is refused.
    max_json_values: int = 8_000_000
    #: Bytes of member names and header records (GNU long names, PAX) one tarball's index may hold.
    max_index_bytes: int = 64 * MB
    #: Largest single GNU long-name or PAX header record in a tarball.
    max_header_bytes: int = 64 * 1024
