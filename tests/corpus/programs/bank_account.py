class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam", 1000); s.add_interest()
print(a, s, a.history, s.history)
for op in [lambda: a.withdraw(1000), lambda: a.deposit(-5), lambda: setattr(a, "balance", 5)]:
    try:
        op()
    except (InsufficientFunds, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
