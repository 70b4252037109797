class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance:.2f})"
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a = Account("alice", 100)
b = Savings("bob", 50, rate=0.1)
transfer(a, b, 30)
print(a, b)
print(b.add_interest(), b)
for amt in [500, -5, 20]:
    try:
        if amt < 0:
            a.deposit(amt)
        else:
            transfer(a, b, amt)
        print("ok", amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount)
    except ValueError as e:
        print("ValueError:", e)
print(a.history, b.history)
print(sorted([a, b], key=lambda acc: acc.balance))
