import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from io import StringIO


class Kind(Enum):
    DEPOSIT = 'deposit'
    WITHDRAW = 'withdraw'


class InsufficientFunds(Exception):
    pass


@dataclass
class Tx:
    kind: Kind
    amount: int


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)

    def apply(self, tx):
        if tx.kind is Kind.WITHDRAW and tx.amount > self.balance:
            raise InsufficientFunds(f'{self.owner}: need {tx.amount}, have {self.balance}')
        self.balance += tx.amount if tx.kind is Kind.DEPOSIT else -tx.amount
        self.history.append(tx)

    def to_json(self):
        d = asdict(self)
        d['history'] = [{'kind': t.kind.value, 'amount': t.amount} for t in self.history]
        return json.dumps(d, sort_keys=True)

    @classmethod
    def from_json(cls, s):
        d = json.loads(s)
        acc = cls(d['owner'])
        for t in d['history']:
            acc.apply(Tx(Kind(t['kind']), t['amount']))
        return acc


acc = Account('ann')
log = StringIO()
for kind, amount in [('deposit', 100), ('withdraw', 30), ('withdraw', 500), ('deposit', 5)]:
    try:
        acc.apply(Tx(Kind(kind), amount))
        print(f'{kind:>8} {amount:>5} -> {acc.balance}', file=log)
    except InsufficientFunds as e:
        print('refused:', e, file=log)
print(log.getvalue(), end='')
s = acc.to_json()
print(s)
back = Account.from_json(s)
print(back == acc, back.balance, [t.kind.name for t in back.history])
