"""A future statement after other statements is a SyntaxError."""
from __future__ import annotations
import sys
print("never runs")
from __future__ import division
