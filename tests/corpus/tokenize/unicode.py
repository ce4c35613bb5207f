π = 3.14
naïve = "café"
日本 = 1
€ = 2
s = "😀 wide"
t = " nbsp ​ zwsp   ls  vt"
u = "😀"
