for w in ["ß", "straße", "ǆemal", "İstanbul", "ﬁne", "ΣΑΣ", "όσος", "Ǉ", "ŉ"]:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.casefold()), len(w.upper()))
print("ß".upper() == "SS", "ß".casefold() == "ss", "STRASSE".casefold() == "straße".casefold())
