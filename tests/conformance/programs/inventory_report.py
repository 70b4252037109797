inventory = [
    {"sku": "A-100", "name": "widget", "qty": 120, "price": 2.5, "tags": ["metal", "small"]},
    {"sku": "B-200", "name": "gadget", "qty": 0, "price": 12.99, "tags": ["electronic"]},
    {"sku": "C-300", "name": "doohickey", "qty": 35, "price": 7.25, "tags": ["small", "plastic"]},
    {"sku": "D-400", "name": "thingamajig", "qty": 8, "price": 120.0, "tags": ["large", "metal"]},
]
total_value = sum(i["qty"] * i["price"] for i in inventory)
print(f"Total value: ${total_value:,.2f}")
print(f"{'SKU':<6} {'Name':<12} {'Qty':>5} {'Price':>8} {'Value':>10}")
for item in sorted(inventory, key=lambda i: -i["qty"] * i["price"]):
    value = item["qty"] * item["price"]
    flag = " (out of stock)" if item["qty"] == 0 else ""
    print(f"{item['sku']:<6} {item['name']:<12} {item['qty']:>5} {item['price']:>8.2f} {value:>10.2f}{flag}")
by_tag = {}
for item in inventory:
    for t in item["tags"]:
        by_tag.setdefault(t, []).append(item["name"])
for tag in sorted(by_tag):
    print(f"{tag}: {', '.join(sorted(by_tag[tag]))}")
restock = [i["sku"] for i in inventory if i["qty"] < 10]
print("restock:", restock)
updated = [{**i, "qty": i["qty"] + 50} if i["sku"] in restock else i for i in inventory]
print([(i["sku"], i["qty"]) for i in updated])
print(inventory[1]["qty"], updated[1] is inventory[1], updated[0] is inventory[0])
