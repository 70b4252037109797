# random, array and struct together: a seeded simulation whose samples are stored in arrays,
# packed into a binary record stream and read back.
import random
import struct
from array import array

rng = random.Random(2023)
temps = array("d")
ids = array("H")
for i in range(200):
    temps.append(round(rng.gauss(20.0, 5.0), 3))
    ids.append(rng.randrange(65536))
print(len(temps), temps[:5], ids[:5], sum(ids))

record = struct.Struct("<Hdb")
blob = bytearray()
for i in range(len(temps)):
    blob += record.pack(ids[i], temps[i], rng.randint(-128, 127))
print(len(blob), record.size, blob[:13].hex())

back = list(record.iter_unpack(bytes(blob)))
print(back[0], back[-1], all(back[i][0] == ids[i] for i in range(len(ids))))
hot = array("d", sorted(t for _, t, _ in back if t > 25.0))
print(len(hot), hot[:3], hot[-1] if hot else None)

picks = rng.sample(range(len(back)), 5)
print(picks, [back[p][1] for p in picks])
weights = array("d", [abs(t) for t in temps[:10]])
print(rng.choices(range(10), weights=weights, k=8))
order = list(range(12))
rng.shuffle(order)
print(order)
packed = struct.pack("<12B", *order)
print(array("B", packed) == array("B", order), packed.hex())
buf = array("b", bytes(8))
struct.pack_into("<hI", buf, 1, -2, 123456)
print(buf, struct.unpack_from("<hI", buf, 1))
print(struct.unpack("<4h", array("h", [1, -2, 3, -4]).tobytes()))
