class A:
    def f(self):
        if x:
            return 1

          # odd comment
        else:
            pass
    

    x = 2
# top comment
y = 3
