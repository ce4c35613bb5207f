x = 0 1 123 1_000 0x1F 0XdeadBEEF 0x_1_2 0o17 0O_7 0b1010 0B_1_0 00 0_0
y = 1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1e1_0 3j 1.5J 1e3j .5j 0777.5 09e1 010j
z = 1if x else 2 0x1for 1.__class__ 1e_5 1j2
