p_one = 1
_p_two = 2
p_three = 3
