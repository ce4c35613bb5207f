a = f'a{{b}}c{x=}d{y!r:>{w}.3f}e'
b = f"{'a' 'b'}" rf'\{x}' F"""x
{y:{{z}}}
  """
c = f'{x:{y}}' f'{{}}' f'{a}{b}' f'' f"" f'{x:%H:%M}'
d = f'{x!r}{x = !s:^3}' f'\N{DASH} {x}' fr'\N{DASH}' f'{x:}'
e = f'{a[1:2]}' f'{x:=1}' f'{(x:=1)}' f'{x!=y}' f'{x==y}'
f = f"{f'{f"{1}"}'}" f'{"nested"!r}'
g = f'''{
    x
    + 1
}''' f"{x:{'>' if y else '<'}10}"
h = f'\\' f"{c}:\\" f'\{{x}}' rf'\{{x}}' f'{x}\\'
i = f'''a
b{{c
}}d''' Rf"r" fR"r" FR"R"
j = f'{lambda: 1}'
k = f"{x:{y}{z}}" f"{x:a{{y}}}"
