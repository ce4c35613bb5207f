# csv.Sniffer: quote character and delimiter from quoted fields, the delimiter from steady counts otherwise,
# doublequote and skipinitialspace, and has_header's column votes.
import csv

samples = [
    "Harry's, Arlington Heights, IL, 2/1/03, Kimi Hayes\nShark City, Glendale Heights, IL, 12/28/02, Prezence\n",
    "'Harry''s':'Arlington Heights':'IL':'2/1/03':'Kimi Hayes'\n'Shark City':'Glendale Heights':'IL':'12/28/02':'P'\n",
    '"venue","city","state","date","performers"\n',
    "2147483648;43.0e12;17;abc;def\n147483648;43.0e2;17;abc;def\n47483648;43.0;170;abc;def\n",
    "aaa\tbbb\r\nAAA\t\r\nBBB\t\r\n",
    "a|b|c\r\nd|e|f\r\n",
    "'a'|'b'|'c'\r\n'd'|e|f\r\n",
    "abc\0def\nghijkl\0mno\nghi\0jkl\n",
    "name;age\nann;31\nbob;27\n",
]
sniffer = csv.Sniffer()
for sample in samples:
    d = sniffer.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator))
for header in (";'123;4';", "'123;4';", ";'123;4'", "'123;4'"):
    d = sniffer.sniff(header, ",;")
    print(header, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace)
print(repr(sniffer.sniff("05/05/03?05/05/03\n05/05/03?05/05/03\n", delimiters="?,").delimiter))
try:
    sniffer.sniff("abc\ndefgh\n", delimiters=",;")
except csv.Error as e:
    print('Error:', e)
for sample in ['"time","forces"\n1,1.5\n0.5,5+0j\n0,0\n1+1j,6\n', '"time","forces"\n0,0\n1,2\na,b\n',
               "abc,def\nghijkl,mno\nghi,jkl\n", "abc,def\nghijkl,mnop\nghi,jkl\n", samples[8],
               '"venue","city","state"\n' + "Harry's, Arlington Heights, IL\nShark City, Glendale Heights, IL\n"]:
    print(sniffer.has_header(sample))
