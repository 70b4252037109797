from __future__ import annotations
import __future__

def f(x: undefined_name) -> AlsoUndefined:
    return x
print(f(3))
class C:
    attr: NotDefinedEither = 5
print(C.attr)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
print(repr(__future__.annotations), type(__future__.annotations).__name__)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_FUTURE_DIVISION, __future__.CO_NESTED)
print(sorted(__future__.__all__))
ns = {}
exec('from __future__ import division, generators', ns)
print(ns['division'].mandatory, ns['generators'].optional)
