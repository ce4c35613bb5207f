# A small program that touches every stage of pytk.
def greet(name: str, times: int = 2) -> str:
    parts = [f"hello, {name}!" for _ in range(times)]
    return " ".join(parts)

if __name__ == "__main__":
    total = 3 + 4 * 2
    print(greet("pytk"), total)
