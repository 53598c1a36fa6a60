"""Loading a test helper module by path, under a name of its own.

Helper modules live beside the tests that use them (tests/core/helpers.py,
tests/ui/ui_helpers.py); a test elsewhere loads them by path. One name per
file, so every user shares one module object, and `helpers` is never shadowed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_module(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
