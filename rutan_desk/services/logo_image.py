"""The letterhead logo, decoded and bounded before it is stored: a file with a PNG header that
is not an image, or a small file that decodes to a huge picture (an 8 KB PNG of 8000 × 8000
pixels costs most of a gigabyte each time a document is drawn), is refused here, whatever
form or import it came through. What is kept is a normalised PNG no larger than a letterhead
needs."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.institution import MAX_LOGO_BYTES

MAX_LOGO_SIDE = 4000  # pixels, either side, of the file as given
MAX_LOGO_PIXELS = 12_000_000  # width × height of the file as given
# Printed 22 mm wide, 600 pixels is about 700 dpi: more than any office printer resolves.
STORED_LOGO_SIDE = 600
_FORMATS = ("PNG", "JPEG")


def normalised_logo(data: bytes) -> bytes:
    """``data`` as the PNG to keep: checked (size of the file, format, dimensions, a picture
    that decodes whole) and scaled down to ``STORED_LOGO_SIDE``. Raises ValidationError on
    the ``logo`` field otherwise."""
    if len(data) > MAX_LOGO_BYTES:
        raise _refused("logo_too_large", max_kb=MAX_LOGO_BYTES // 1024)
    with warnings.catch_warnings():
        # Pillow warns before its own bomb limit; the bounds below are ours and stricter.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=_FORMATS)
        except (OSError, ValueError, Image.DecompressionBombError):
            raise _refused("logo_not_image") from None
        width, height = image.size  # read from the header: nothing is decoded yet
        if max(width, height) > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
            raise _refused("logo_too_many_pixels", max_side=MAX_LOGO_SIDE)
        try:
            image.load()
        except (OSError, ValueError, Image.DecompressionBombError):
            raise _refused("logo_not_image") from None
    picture = image.convert("RGBA")
    picture.thumbnail((STORED_LOGO_SIDE, STORED_LOGO_SIDE), Image.Resampling.LANCZOS)
    kept = io.BytesIO()
    picture.save(kept, format="PNG", optimize=True)
    return kept.getvalue()


def logo_from_file(path: Path) -> bytes:
    """The logo in ``path`` as it will be kept (``normalised_logo``); a file too large is
    refused before it is read."""
    if path.stat().st_size > MAX_LOGO_BYTES:
        raise _refused("logo_too_large", max_kb=MAX_LOGO_BYTES // 1024)
    return normalised_logo(path.read_bytes())


def _refused(code: str, **params: object) -> ValidationError:
    return ValidationError([FieldError("logo", code, dict(params))])
