a = 'x' "y" '''z''' """w"""
b = r'\d' R"\d" u'u' U"U" b'b' B"B" br'1' Br'2' bR'3' BR'4' rb'5' Rb'6' rB'7' RB'8'
c = 'it\'s' "say \"hi\"" 'mixed "q" and \'s\'' "only 'single'"
d = '''multi
line ''' """with "quotes" and ""two"" inside
"""
e = 'continued \
line'
f = '\t\x00\\\n' "tab	here"
g = ''''a''' + """"b"""
