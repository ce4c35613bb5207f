from calc import evaluate
from calc.lexer import LexError
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '1 / 3 + 1 / 6', '-(4 - 6) * 0.25', '7 / 0', '2 $ 3', '(1 + 2', '1 2']:
    try:
        v = evaluate(src)
        print(f'{src:>16} = {v}')
    except (ZeroDivisionError, LexError, SyntaxError) as e:
        print(f'{src:>16} ! {type(e).__name__}: {e}')
