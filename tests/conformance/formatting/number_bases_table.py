print("%-6s %-10s %-6s %-5s %-8s" % ("dec", "bin", "oct", "hex", "chr"))
for i in range(32, 128, 7):
    print("%-6d %-10s %-6o %-5x %-8s" % (i, bin(i)[2:], i, i, repr(chr(i))))
print(" ".join("%02X" % b for b in [0, 15, 16, 255, 171]))
print(" ".join(f"{b:02x}" for b in range(0, 256, 37)))
print(" ".join("{:>4}".format(oct(i)) for i in range(0, 40, 8)))
