import random
from collections import Counter
from .entities import Hero, Monster, Kind
from . import entities

STATS = {Kind.GOBLIN: (6, 2), Kind.TROLL: (12, 4), Kind.DRAGON: (30, 7)}


class World:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.hero = Hero('Ada', 40, 5)
        self.kills = Counter()
        self.log = []

    def spawn(self):
        kind = self.rng.choice([Kind.GOBLIN, Kind.GOBLIN, Kind.TROLL, Kind.DRAGON])
        hp, atk = STATS[kind]
        return Monster(kind.name.title(), hp, atk, kind)

    def fight(self, m):
        while self.hero.alive and m.alive:
            self.hero.hit(m, self.rng.randint(1, 6))
            if m.alive:
                m.hit(self.hero, self.rng.randint(1, 6))
        if not m.alive:
            self.kills[m.kind.name] += 1
            self.hero.xp += STATS[m.kind][0]
        self.log.append(f'{m.name}: hero hp {self.hero.hp}')
        return self.hero.alive

    def play(self, rounds):
        for _ in range(rounds):
            if not self.fight(self.spawn()):
                break
        return isinstance(self.hero, entities.Creature)
