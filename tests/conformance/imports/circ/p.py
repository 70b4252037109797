from circ.q import Q
P = "p"
