class Product:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self): return self.price * self.qty
    def __repr__(self): return f"{self.name}(${self.price:.2f} x{self.qty})"
class Inventory:
    def __init__(self): self.items = {}
    def add(self, p): self.items[p.name] = p; return self
    def restock(self, name, n): self.items[name].qty += n
    def total(self): return sum(p.value for p in self.items.values())
    def cheapest(self): return min(self.items.values(), key=lambda p: p.price)
    def __iter__(self): return iter(sorted(self.items.values(), key=lambda p: -p.value))
inv = Inventory().add(Product("pen", 1.5, 10)).add(Product("book", 12.0, 2)).add(Product("bag", 30.0))
inv.restock("bag", 1)
print(list(inv), inv.total(), inv.cheapest())
try:
    inv.restock("lamp", 1)
except KeyError as e:
    print("KeyError:", e)
