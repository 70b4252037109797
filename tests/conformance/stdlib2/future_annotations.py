from __future__ import annotations
def f(a: List[int], b: Undefined = 3) -> Optional[X]: pass
print(f.__annotations__)
class A:
    x: Foo[Bar]
    y: int = 5
print(A.__annotations__, __annotations__ if "__annotations__" in dir() else None)
z: Whatever
print(__annotations__)
import __future__; print(__future__.annotations, __future__.all_feature_names[-1], __future__.division.getMandatoryRelease())
