using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// _random: the Mersenne Twister core under the shipped random.py, as CPython's C module is under its
/// random.py. Random holds an MT19937 state and has random(), seed(), getstate(), setstate() and getrandbits();
/// random.py builds every distribution on them, draw for draw as CPython's does, so seeded results match.
/// Beyond CPython's core it has _randbelow_with_getrandbits (the rejection loop over getrandbits, in C# because
/// randrange/choice/shuffle call it for every draw); random.py uses it only while getrandbits is not overridden.
/// </summary>
public static class RandomModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_random");
        var d = m.Dict!;
        var cls = new PyType("Random", [Types.Object]) { HasDictSlot = true };
        cls.Dict!["__module__"] = new PyStr("_random");
        var states = new System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, MersenneTwister>();
        // an instance made without __init__ (unpickling calls __new__ then __setstate__) gets a fresh state
        MersenneTwister Of(PyObject self) => states.GetValue(self, _ =>
        {
            var r = new MersenneTwister();
            SeedFrom(r, Py.None);
            return r;
        });
        void M(string name, Func<MersenneTwister, PyObject[], KwArgs?, PyObject> fn) =>
            cls.Dict[name] = new PyBuiltin(name, (a, kw) =>
            {
                if (a.Length == 0 || !a[0].Type.IsSubtypeOf(cls))
                    throw Err.Type($"descriptor '{name}' requires a '_random.Random' object");
                return fn(Of(a[0]), a[1..], kw);
            }) { OwnerName = "Random" };
        cls.Dict["__init__"] = new PyBuiltin("__init__", (a, kw) =>
        {
            if (a.Length > 2) throw Err.Type($"Random() expected at most 1 argument, got {a.Length - 1}");
            SeedFrom(Of(a[0]), a.Length > 1 ? a[1] : Py.None);
            return Py.None;
        }) { OwnerName = "Random" };
        M("seed", (rng, a, kw) =>
        {
            if (a.Length > 1) throw Err.Type($"seed expected at most 1 argument, got {a.Length}");
            SeedFrom(rng, a.Length > 0 ? a[0] : Py.None);
            return Py.None;
        });
        M("random", (rng, a, kw) =>
        {
            if (a.Length != 0) throw Err.Type($"Random.random() takes no arguments ({a.Length} given)");
            return new PyFloat(rng.NextDouble());
        });
        M("getrandbits", (rng, a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"Random.getrandbits() takes exactly one argument ({a.Length} given)");
            var k = Ops.Index(a[0]).AsBig;
            if (k < 0) throw Err.Value("number of bits must be non-negative");
            if (k > int.MaxValue) throw Err.Overflow("Python int too large to convert to C int");
            return PyInt.From(rng.GetRandBits((int)k));
        });
        M("_randbelow_with_getrandbits", (rng, a, kw) =>
        {
            var n = Ops.Index(a[0]).AsBig;
            return PyInt.From(n <= 0 ? BigInteger.Zero : rng.Below(n));
        });
        M("getstate", (rng, a, kw) =>
        {
            var (st, idx) = rng.GetState();
            return new PyTuple(st.Select(w => (PyObject)PyInt.From((long)w)).Append(PyInt.From(idx)).ToArray());
        });
        M("setstate", (rng, a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"Random.setstate() takes exactly one argument ({a.Length} given)");
            if (a[0] is not PyTuple t) throw Err.Type("state vector must be a tuple");
            if (t.Items.Length != 625) throw Err.Value("state vector is the wrong size");
            var words = new uint[624];
            for (int i = 0; i < 624; i++)
            {
                var w = Ops.Index(t.Items[i]).AsBig;
                if (w < 0 || w > uint.MaxValue)
                    throw w < 0 ? Err.Overflow("can't convert negative value to unsigned int") : Err.Overflow("Python int too large to convert to C unsigned long");
                words[i] = (uint)w;
            }
            var index = Ops.Index(t.Items[624]).AsBig;
            if (index < 0 || index > 624) throw Err.Value("invalid state");
            rng.SetState(words, (int)index);
            return Py.None;
        });
        d["Random"] = cls;
        return m;
    }

    /// <summary>The core's seed: None → entropy; int → |a|; str/bytes/bytearray → version 2 (the bytes and
    /// their SHA-512 as one big int, as random.py's seed turns them); anything else → hash(a).</summary>
    static void SeedFrom(MersenneTwister rng, PyObject a)
    {
        switch (a)
        {
            case PyNone:
                rng.Seed(new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true));
                return;
            case PyInt i:
                rng.Seed(BigInteger.Abs(i.AsBig));
                return;
            case PyStr or PyBytes:
                var bytes = a is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : ((PyBytes)a).Value.ToArray();
                var all = bytes.Concat(SHA512.HashData(bytes)).ToArray();
                rng.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
                return;
            default:
                rng.Seed(BigInteger.Abs(new BigInteger(Ops.Hash(a))));
                return;
        }
    }
}
