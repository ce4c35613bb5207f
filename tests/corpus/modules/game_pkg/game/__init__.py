"""A tiny dungeon game split into modules."""
from .entities import Hero, Monster, Kind
from .world import World
__all__ = ['Hero', 'Monster', 'Kind', 'World', 'new_game']
__version__ = '1.0'


def new_game(seed):
    return World(seed)
