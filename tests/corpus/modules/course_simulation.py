import random
from collections import Counter
from dataclasses import dataclass
from enum import Enum
class Suit(Enum):
    HEARTS = "H"; SPADES = "S"; CLUBS = "C"; DIAMONDS = "D"
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit
    def __str__(self):
        return f"{self.rank}{self.suit.value}"
random.seed(1234)
deck = [Card(r, s) for s in Suit for r in range(1, 14)]
random.shuffle(deck)
hand = sorted(deck[:5], key=lambda c: (c.rank, c.suit.value))
print(" ".join(str(c) for c in hand))
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(1000))
print(sorted(rolls.items()))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice([-1, 1]))
print(walk)
print(random.sample(deck, 3), round(random.uniform(0, 1), 6), random.randrange(100, 200, 3))
