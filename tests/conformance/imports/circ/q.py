from circ.p import P
Q = "q"
