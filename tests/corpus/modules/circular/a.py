print("a start")
A = 1
import b
print("a after import b", b.B)
A = 2
