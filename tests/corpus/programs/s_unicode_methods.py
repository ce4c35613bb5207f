s = "Ünïcödé Straße"
print(s.upper(), s.lower(), s.casefold() == s.lower(), len(s), s.title())
print("é".isalpha(), "٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric(), " \u3000".isspace())
print(sorted("éaèb"), "ä" > "z", [hex(ord(c)) for c in "€😀"], "😀".encode("utf-8"))
