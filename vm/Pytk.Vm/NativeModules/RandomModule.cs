using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// random, in C# so the generator is fast; each function follows CPython's random.py step for step (which
/// draws it makes, in which order) because programs print seeded results and expect CPython's numbers.
/// </summary>
public static class RandomModule
{
    public static PyModule Create()
    {
        var moduleRng = new MersenneTwister();
        SeedFrom(moduleRng, Py.None);
        var m = new PyModule("random");
        var d = m.Dict!;
        var cls = new PyType("Random", [Types.Object]) { HasDictSlot = true };
        cls.Dict!["__module__"] = new PyStr("random");
        var states = new System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, MersenneTwister>();
        MersenneTwister Of(PyObject self) => states.TryGetValue(self, out var r) ? r : throw Err.Type("Random object is not initialized");
        cls.Dict["__init__"] = new PyBuiltin("__init__", (a, kw) =>
        {
            var r = new MersenneTwister();
            SeedFrom(r, a.Length > 1 ? a[1] : Py.None);
            states.AddOrUpdate(a[0], r);
            return Py.None;
        });
        d["Random"] = cls;
        // Each function is written once against a generator: the module's shared one, or a Random instance's.
        void F(string name, Func<MersenneTwister, BuiltinFn> make)
        {
            d[name] = Def.Func(name, make(moduleRng));
            cls.Dict[name] = new PyBuiltin(name, (a, kw) => make(Of(a[0]))(a[1..], kw));
        }
        static PyInt Below(MersenneTwister rng, BigInteger n) => PyInt.From(rng.Below(n));

        F("seed", rng => (a, kw) => { SeedFrom(rng, Def.Arg(a, kw, 0, "a", Py.None)!); return Py.None; });
        F("random", rng => (a, kw) => new PyFloat(rng.NextDouble()));
        F("getrandbits", rng => (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"Random.getrandbits() takes exactly one argument ({a.Length} given)");
            var k = Ops.Index(a[0]).AsBig;
            if (k < 0) throw Err.Value("number of bits must be non-negative");
            return PyInt.From(rng.GetRandBits((int)k));
        });
        F("uniform", rng => (a, kw) =>
        {
            double lo = NumberMethods.ToDouble(a[0]), hi = NumberMethods.ToDouble(a[1]);
            return new PyFloat(lo + (hi - lo) * rng.NextDouble());
        });
        static PyObject RandRange(MersenneTwister rng, PyObject start, PyObject? stop, PyObject? step)
        {
            var istart = Ops.Index(start).AsBig;
            if (stop is null or PyNone)
            {
                if (step is not null) throw Err.Type("Missing a non-None stop argument");
                if (istart > 0) return Below(rng, istart);
                throw Err.Value("empty range for randrange()");
            }
            var istop = Ops.Index(stop).AsBig;
            var width = istop - istart;
            var istep = step is null ? BigInteger.One : Ops.Index(step).AsBig;
            if (istep == 1)
            {
                if (width > 0) return PyInt.From(istart + rng.Below(width));
                throw Err.Value($"empty range in randrange({Ops.Str(start)}, {Ops.Str(stop)})");
            }
            BigInteger n;
            if (istep > 0) n = FloorDiv(width + istep - 1, istep);
            else if (istep < 0) n = FloorDiv(width + istep + 1, istep);
            else throw Err.Value("zero step for randrange()");
            if (n <= 0) throw Err.Value($"empty range in randrange({Ops.Str(start)}, {Ops.Str(stop)}, {Ops.Str(step!)})");
            return PyInt.From(istart + istep * rng.Below(n));
        }
        F("randrange", rng => (a, kw) => RandRange(rng, Def.Arg(a, kw, 0, "start")!, Def.Arg(a, kw, 1, "stop"), Def.Arg(a, kw, 2, "step")));
        F("randint", rng => (a, kw) => RandRange(rng, a[0], Ops.Binary(NbOp.Add, a[1], PyInt.From(1)), null));
        F("choice", rng => (a, kw) =>
        {
            int n = Ops.Len(a[0]);
            if (n == 0) throw Err.Index("Cannot choose from an empty sequence");
            return Ops.GetItem(a[0], Below(rng, n));
        });
        F("shuffle", rng => (a, kw) =>
        {
            var x = a[0];
            for (int i = Ops.Len(x) - 1; i > 0; i--)
            {
                var j = Below(rng, i + 1);
                var ii = PyInt.From(i);
                var xi = Ops.GetItem(x, ii); var xj = Ops.GetItem(x, j);
                Ops.SetItem(x, ii, xj); Ops.SetItem(x, j, xi);
            }
            return Py.None;
        });
        F("sample", rng => (a, kw) =>
        {
            var population = a[0];
            var kObj = Def.Arg(a, kw, 1, "k") ?? throw Err.Type("Random.sample() missing 1 required positional argument: 'k'");
            if (population is PySet or PyDict || population.Type.Lookup("__getitem__") is null)
                throw Err.Type("Population must be a sequence.  For dicts or sets, use sorted(d).");
            int n = Ops.Len(population);
            var kb = Ops.Index(kObj).AsBig;
            if (kb < 0 || kb > n) throw Err.Value("Sample larger than population or is negative");
            int k = (int)kb;
            var result = new PyObject[k];
            int setsize = 21;
            if (k > 5) setsize += (int)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
            if (n <= setsize)
            {
                var pool = Ops.ToList(population);
                for (int i = 0; i < k; i++)
                {
                    int j = (int)rng.Below(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            }
            else
            {
                var selected = new HashSet<int>();
                for (int i = 0; i < k; i++)
                {
                    int j = (int)rng.Below(n);
                    while (selected.Contains(j)) j = (int)rng.Below(n);
                    selected.Add(j);
                    result[i] = Ops.GetItem(population, PyInt.From(j));
                }
            }
            return new PyList(result);
        });
        F("choices", rng => (a, kw) =>
        {
            var population = Def.Arg(a, kw, 0, "population") ?? throw Err.Type("Random.choices() missing 1 required positional argument: 'population'");
            var weights = Def.Arg(a, kw, 1, "weights", Py.None)!;
            PyObject cum = Py.None;
            int k = 1;
            if (kw is not null)
                foreach (var (name, v) in kw)
                    if (name == "cum_weights") cum = v; else if (name == "k") k = Ops.IndexInt(v);
            var pop = Ops.ToList(population);
            int n = pop.Count;
            var result = new List<PyObject>();
            if (cum is PyNone)
            {
                if (weights is PyNone)
                {
                    for (int i = 0; i < k; i++) result.Add(Ops.GetItem(population, PyInt.From((long)Math.Floor(rng.NextDouble() * n))));
                    return new PyList(result);
                }
                var acc = new List<PyObject>();
                PyObject? total = null;
                foreach (var w in Ops.Enumerate(weights)) acc.Add(total = total is null ? w : Ops.Binary(NbOp.Add, total, w));
                cum = new PyList(acc);
            }
            else if (weights is not PyNone) throw Err.Type("Cannot specify both weights and cumulative weights");
            var cw = Ops.ToList(cum);
            if (cw.Count != n) throw Err.Value("The number of weights does not match the population");
            double sum = n == 0 ? 0.0 : NumberMethods.ToDouble(cw[^1]);
            if (sum <= 0.0) throw Err.Value("Total of weights must be greater than zero");
            if (!double.IsFinite(sum)) throw Err.Value("Total of weights must be finite");
            for (int i = 0; i < k; i++)
            {
                var x = new PyFloat(rng.NextDouble() * sum);
                int lo = 0, hi = n - 1;
                while (lo < hi) { int mid = (lo + hi) / 2; if (Ops.LessThan(x, cw[mid])) hi = mid; else lo = mid + 1; }
                result.Add(Ops.GetItem(population, PyInt.From(lo)));
            }
            return new PyList(result);
        });
        static double Num(PyObject[] a, KwArgs? kw, int i, string name, double dflt) =>
            Def.Arg(a, kw, i, name) is { } v && v is not PyNone ? NumberMethods.ToDouble(v) : dflt;
        F("gauss", rng => (a, kw) =>
        {
            double mu = Num(a, kw, 0, "mu", 0.0), sigma = Num(a, kw, 1, "sigma", 1.0);
            var z = rng.GaussNext;
            rng.GaussNext = null;
            if (z is null)
            {
                double x2pi = rng.NextDouble() * (2 * Math.PI);
                double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble()));
                z = Math.Cos(x2pi) * g2rad;
                rng.GaussNext = Math.Sin(x2pi) * g2rad;
            }
            return new PyFloat(mu + z.Value * sigma);
        });
        F("normalvariate", rng => (a, kw) =>
        {
            double mu = Num(a, kw, 0, "mu", 0.0), sigma = Num(a, kw, 1, "sigma", 1.0);
            double magic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0), z;
            while (true)
            {
                double u1 = rng.NextDouble(), u2 = 1.0 - rng.NextDouble();
                z = magic * (u1 - 0.5) / u2;
                if (z * z / 4.0 <= -Math.Log(u2)) break;
            }
            return new PyFloat(mu + z * sigma);
        });
        F("expovariate", rng => (a, kw) => new PyFloat(-Math.Log(1.0 - rng.NextDouble()) / Num(a, kw, 0, "lambd", 1.0)));
        F("triangular", rng => (a, kw) =>
        {
            double low = Num(a, kw, 0, "low", 0.0), high = Num(a, kw, 1, "high", 1.0);
            double u = rng.NextDouble(), c;
            var mode = Def.Arg(a, kw, 2, "mode");
            if (mode is null or PyNone) c = 0.5;
            else if (high == low) return Def.Arg(a, kw, 0, "low") ?? new PyFloat(low);   // random.py returns low as given
            else c = (NumberMethods.ToDouble(mode) - low) / (high - low);
            if (u > c) { u = 1.0 - u; c = 1.0 - c; (low, high) = (high, low); }
            return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
        });
        F("getstate", rng => (a, kw) =>
        {
            var (st, idx) = rng.GetState();
            var items = st.Select(w => (PyObject)PyInt.From((long)w)).Append(PyInt.From(idx)).ToArray();
            return PyTuple.Of(PyInt.From(3), new PyTuple(items), rng.GaussNext is double g ? new PyFloat(g) : Py.None);
        });
        F("setstate", rng => (a, kw) =>
        {
            var inner = Ops.ToList(Ops.GetItem(a[0], PyInt.From(1)));
            rng.SetState(inner.Take(624).Select(x => (uint)Ops.Index(x).V).ToArray(), (int)Ops.Index(inner[624]).V);
            rng.GaussNext = Ops.GetItem(a[0], PyInt.From(2)) is PyNone ? null : NumberMethods.ToDouble(Ops.GetItem(a[0], PyInt.From(2)));
            return Py.None;
        });
        F("randbytes", rng => (a, kw) =>
        {
            var n = Ops.Index(Def.Arg(a, kw, 0, "n")!).AsBig;
            if (n < 0) throw Err.Value("negative argument not allowed");
            var bits = rng.GetRandBits((int)n * 8);
            var bytes = new byte[(int)n];
            var le = bits.ToByteArray(isUnsigned: true);
            Array.Copy(le, bytes, Math.Min(le.Length, bytes.Length));
            return new PyBytes(bytes);
        });

        // SystemRandom: the same methods over the OS's entropy; seeding does nothing and there is no state
        var sys = new PyType("SystemRandom", [cls]) { HasDictSlot = true };
        sys.Dict!["__module__"] = new PyStr("random");
        sys.Dict["__init__"] = new PyBuiltin("__init__", (a, kw) =>
        {
            states.AddOrUpdate(a[0], new MersenneTwister { FromSystem = true });
            return Py.None;
        });
        sys.Dict["seed"] = new PyBuiltin("seed", (a, kw) => Py.None);
        PyObject NoState(PyObject[] a, KwArgs? kw) => throw Err.New(ExcTypes.NotImplementedError, "System entropy source does not have state.");
        sys.Dict["getstate"] = new PyBuiltin("getstate", NoState);
        sys.Dict["setstate"] = new PyBuiltin("setstate", NoState);
        sys.Dict["__reduce__"] = new PyBuiltin("__reduce__", NoState);
        sys.Dict["__reduce_ex__"] = new PyBuiltin("__reduce_ex__", NoState);
        d["SystemRandom"] = sys;
        return m;
    }

    static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r != 0 && (r < 0) != (b < 0) ? q - 1 : q;
    }

    /// <summary>seed(a): None → entropy; int → |a|; str/bytes → version 2 (bytes + their SHA-512); else hash(a).</summary>
    static void SeedFrom(MersenneTwister rng, PyObject a)
    {
        rng.GaussNext = null;
        switch (a)
        {
            case PyNone:
                rng.Seed(new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true));
                return;
            case PyInt i:
                rng.Seed(i.AsBig);
                return;
            case PyStr or PyBytes:
                var bytes = a is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : Ops.ToList(a).Select(x => (byte)Ops.Index(x).V).ToArray();
                var all = bytes.Concat(SHA512.HashData(bytes)).ToArray();
                rng.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
                return;
            case PyFloat:
                rng.Seed(Ops.Hash(a));
                return;
            default:
                throw Err.Type("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
        }
    }
}
