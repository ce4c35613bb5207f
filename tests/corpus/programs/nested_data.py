inventory = {
    "fruit": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "leek", "qty": 2}],
}
for cat, items in sorted(inventory.items()):
    in_stock = [i["name"] for i in items if i["qty"] > 0]
    print(cat, in_stock, sum(i["qty"] for i in items))
flat = [(c, i["name"]) for c, its in inventory.items() for i in its]
print(flat)
inventory["veg"].append({"name": "kale", "qty": 7})
print(len(inventory["veg"]), inventory["veg"][-1]["name"])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid[1][2], [row[0] for row in grid])
