"""Docstring first."""
from __future__ import generator_stop
from __future__ import nonexistent_feature
