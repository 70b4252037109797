# case-insensitive matching with Unicode simple case folding and sre's equivalences
import re

pairs = [("a", "A"), ("é", "É"), ("ß", "ẞ"), ("ß", "SS"), ("s", "ſ"), ("S", "ſ"), ("k", "\u212a"),
         ("K", "\u212a"), ("i", "İ"), ("i", "ı"), ("I", "ı"), ("İ", "ı"), ("µ", "μ"), ("µ", "Μ"),
         ("σ", "ς"), ("Σ", "ς"), ("θ", "ϑ"), ("ǅ", "ǆ"), ("ǅ", "Ǆ"), ("ﬅ", "ﬆ"), ("ᲀ", "в"),
         ("ω", "Ω"), ("Ω", "\u2126"), ("å", "\u212b"), ("ǰ", "J̌"), ("ŉ", "ʼN"), ("ΐ", "ΐ")]
for a, b in pairs:
    print(a, b, bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
          bool(re.fullmatch("[" + a + "]", b, re.I)), bool(re.fullmatch(a, b, re.I | re.A)))
print(re.findall("[a-z]+", "ABC def ſK\u212a", re.I), re.findall("[A-Z]+", "abc ıſ", re.I))
print(re.findall("[^a-z]+", "AbC1ſ2", re.I), re.findall(r"[^\W\d]+", "Ab1", re.I))
print(re.findall("straße", "STRASSE straße STRAẞE", re.I))
print(re.findall("(?i)ΣΑΣ", "σας ΣΑΣ σασ"), re.findall("(?i)[σ]", "Σσς"))
print(re.findall("(?i)[k-m]", "KLMklm\u212a"), re.findall("(?i)[\u212a]", "kK"))
print(re.sub("(?i)é", "e", "Été écrit"), re.split("(?i)x", "aXbxc"))
print(re.fullmatch(r"(?i)[\u00e0-\u00ff]+", "ÀÉÎÕÜ"), re.fullmatch(r"(?i)[à-ÿ]+", "ŸŸ"))
print(re.findall(b"(?i)[a-z]+", b"ABC \xc9\xe9"), re.findall(b"(?i)\xe9", b"\xc9\xe9"))
