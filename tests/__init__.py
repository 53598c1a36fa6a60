"""The tests are packages: a helper is imported by its full name
(`from tests.core.helpers import builtin_pack`), so helpers and test files in
different folders never shadow each other, and no test edits `sys.path`."""
