"""_pickle for pytk: CPython's accelerator module name for the pickler. pytk has one pickler (Lib/pickle.py,
written for pytk); this module gives its classes and functions under the accelerator's name, for code that
imports `_pickle` directly."""

from pickle import (Pickler, Unpickler, PickleError, PicklingError, UnpicklingError, PickleBuffer,
                    dump, dumps, load, loads)

__all__ = ['Pickler', 'Unpickler', 'PickleError', 'PicklingError', 'UnpicklingError', 'PickleBuffer',
           'dump', 'dumps', 'load', 'loads']
