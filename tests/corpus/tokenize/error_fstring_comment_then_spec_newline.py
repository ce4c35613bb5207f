def f(self):
    return f'{s#elf}'

    def buf(self):
        return 1
