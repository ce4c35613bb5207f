type Alias = int
type Generic[T, *Ts, **P] = dict[T, P]
type WithDefaults[T = int, *Ts = *tuple[int], **P = [int]] = T
def f[T: (int, str), U: Base](x: T) -> U: pass
class C[T = str]: pass
async def g[**P](): pass
