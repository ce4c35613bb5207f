from dataclasses import dataclass, field
from enum import Enum, auto


class Kind(Enum):
    GOBLIN = auto()
    TROLL = auto()
    DRAGON = auto()


@dataclass
class Creature:
    name: str
    hp: int
    attack: int

    @property
    def alive(self):
        return self.hp > 0

    def hit(self, other, roll):
        dmg = max(0, self.attack + roll - 3)
        other.hp -= dmg
        return dmg


@dataclass
class Hero(Creature):
    xp: int = 0
    inventory: list = field(default_factory=list)


@dataclass
class Monster(Creature):
    kind: Kind = Kind.GOBLIN
