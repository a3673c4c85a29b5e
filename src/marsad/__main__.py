"""``python -m marsad``: the same as the ``marsad`` command."""

from marsad.cli import app

app(prog_name="marsad")
