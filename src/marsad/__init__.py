"""marsad (مرصد): Arabic news → who contacted whom, how, when, where, who said what — with evidence."""

__version__ = "0.1.0"
