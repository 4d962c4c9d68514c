"""Ralph LRS app for the tests, with the file-system backend in append mode.

Ralph's fs data backend writes with the CREATE operation by default, which only succeeds for
the first write to its statements file; every later POST would fail with a 500. Switching the
default to APPEND before `ralph.api` is imported (it builds its backend client at import time)
lets the LRS keep every batch. Run with: uvicorn ralph_app:app (from this folder).
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (must come after the backend patch)

__all__ = ["app"]
