class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, {}
    def get(self, k):
        if k not in self.data:
            return None
        v = self.data.pop(k)
        self.data[k] = v
        return v
    def put(self, k, v):
        if k in self.data:
            self.data.pop(k)
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v
c = LRU(2)
c.put("a", 1); c.put("b", 2); c.get("a"); c.put("c", 3)
print(list(c.data.items()), c.get("b"), c.get("a"))
