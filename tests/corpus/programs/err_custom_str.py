class E(Exception):
    def __str__(self):
        return "custom str"
raise E()
