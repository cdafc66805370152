"""A file's bytes as text: UTF-8, a given encoding, or the one detected."""

from __future__ import annotations

from charset_normalizer import from_bytes

WESTERN = "cp1252"  # the legacy encoding preferred where it reads as well as any


def decode(data: bytes, encoding: str = "") -> tuple[str | None, str]:
    """The text of a file, and a remark: UTF-8, else ENCODING, else the encoding detected,
    preferring Windows-1252 wherever it reads as well as the best guess: charset-normalizer
    often ranks Central European cp1250 first for Western text ("Muñoz" read "Muńoz"), and
    news in Indonesian and English names Western people far more often than Polish ones."""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    if encoding:
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError as error:
            byte = data[error.start]
            return None, f"cannot decode as {encoding} (byte 0x{byte:02x} at {error.start})"
    best = from_bytes(data).best()
    if best is None:
        return None, ""
    western = from_bytes(data, cp_isolation=[WESTERN]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    return str(best), f"not UTF-8; read as {best.encoding}"
