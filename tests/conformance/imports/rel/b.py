def bee():
    return "bee from " + __name__
