import game
from game import *
w = new_game(7)
print(w.play(6), w.hero.hp, w.hero.xp, sorted(w.kills.items()))
print('\n'.join(w.log))
print(game.__version__, game.__doc__, sorted(game.__all__), Kind.TROLL in Kind)
print(Hero('x', 1, 1), isinstance(w.spawn(), game.entities.Creature))
