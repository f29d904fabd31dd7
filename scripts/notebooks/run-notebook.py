"""Runs a notebook top to bottom with nbclient; exits non-zero with the failing cell's error."""
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

path = sys.argv[1]
nb = nbformat.read(path, as_version=4)
try:
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": "."}}).execute()
except CellExecutionError as e:
    print(str(e), file=sys.stderr)
    sys.exit(1)
cells = [c for c in nb.cells if c.cell_type == "code"]
errors = [o for c in cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
print(f"ran {len(cells)} code cells, {len(errors)} errors")
sys.exit(1 if errors else 0)
