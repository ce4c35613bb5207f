class Card:
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __eq__(self, o): return (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self): return hash((self.rank, self.suit))
    def __repr__(self): return f"{self.rank}{self.suit}"
deck = [Card(r, s) for s in "SH" for r in "A23"]
hand = {Card("A", "S"), Card("A", "S"), Card("2", "H")}
print(deck, len(hand), Card("2", "H") in hand, deck.index(Card("3", "S")))
