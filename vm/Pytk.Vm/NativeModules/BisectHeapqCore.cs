namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_bisect` and `_heapq`, the compiled halves of bisect.py and heapq.py (which import them over their own
/// definitions, as CPython's do): the same algorithms with CPython's C behaviour — the order of comparisons,
/// a list required where the C code requires one, "list changed size during iteration" when a comparison
/// resizes the heap, and Argument Clinic's messages.
/// </summary>
public static class BisectHeapqCore
{
    // ---- argument parsing (Argument Clinic's messages)

    /// <summary>Binds positional and keyword arguments to names; the first <paramref name="required"/> must be
    /// given, the names from <paramref name="kwOnlyFrom"/> on only by keyword.</summary>
    static PyObject?[] Bind(string fn, PyObject[] a, KwArgs? kw, string[] names, int required, int kwOnlyFrom)
    {
        var got = new PyObject?[names.Length];
        if (a.Length > kwOnlyFrom)
            throw Err.Type(kwOnlyFrom == required
                ? $"{fn}() takes exactly {required} positional argument{(required == 1 ? "" : "s")} ({a.Length} given)"
                : $"{fn}() takes at most {kwOnlyFrom} positional argument{(kwOnlyFrom == 1 ? "" : "s")} ({a.Length} given)");
        Array.Copy(a, got, a.Length);
        if (kw is not null)
            foreach (var (k, v) in kw)
            {
                int i = Array.IndexOf(names, k);
                if (i < 0) throw Err.Type($"{fn}() got an unexpected keyword argument '{k}'");
                if (got[i] is not null) throw Err.Type($"argument for {fn}() given by name ('{k}') and position ({i + 1})");
                got[i] = v;
            }
        for (int i = 0; i < required; i++)
            if (got[i] is null) throw Err.Type($"{fn}() missing required argument '{names[i]}' (pos {i + 1})");
        return got;
    }

    // ---- _bisect

    public static PyModule Bisect()
    {
        var m = new PyModule("_bisect");
        m.Dict!["bisect_right"] = Def.Func("bisect_right", (a, kw) => PyInt.From(Search("bisect_right", a, kw, right: true, out _)));
        m.Dict["bisect_left"] = Def.Func("bisect_left", (a, kw) => PyInt.From(Search("bisect_left", a, kw, right: false, out _)));
        m.Dict["insort_right"] = Def.Func("insort_right", (a, kw) => Insort("insort_right", a, kw, right: true));
        m.Dict["insort_left"] = Def.Func("insort_left", (a, kw) => Insort("insort_left", a, kw, right: false));
        return m;
    }

    static readonly string[] BisectArgs = ["a", "x", "lo", "hi", "key"];

    /// <summary>bisect_right/left(a, x, lo=0, hi=None, *, key=None); for insort, x is key(x) when a key is given.</summary>
    static long Search(string fn, PyObject[] args, KwArgs? kw, bool right, out PyObject?[] bound, bool insort = false)
    {
        bound = Bind(fn, args, kw, BisectArgs, 2, 4);
        var seq = bound[0]!;
        var x = bound[1]!;
        long lo = bound[2] is { } l ? Ops.IndexSsize(l) : 0;
        long hi = bound[3] is null or PyNone ? -1 : Ops.IndexSsize(bound[3]!);
        var key = bound[4] is null or PyNone ? null : bound[4];
        if (insort && key is not null) x = Ops.Call(key, x);
        if (lo < 0) throw Err.Value("lo must be non-negative");
        if (hi == -1) hi = Ops.LenLong(seq);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = Ops.GetItem(seq, PyInt.From(mid));
            if (key is not null) item = Ops.Call(key, item);
            bool goLeft = right ? Ops.LessThan(x, item) : !Ops.LessThan(item, x);
            if (goLeft) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    static PyObject Insort(string fn, PyObject[] args, KwArgs? kw, bool right)
    {
        long index = Search(fn, args, kw, right, out var bound, insort: true);
        var seq = bound[0]!;
        if (seq is PyList list && seq.Type == Types.List) list.Items.Insert((int)Math.Min(index, list.Items.Count), bound[1]!);
        else Ops.Call(Ops.GetAttr(seq, "insert"), PyInt.From(index), bound[1]!);
        return Py.None;
    }

    // ---- _heapq

    public static PyModule Heapq()
    {
        var m = new PyModule("_heapq");
        m.Dict!["heappush"] = Def.Func("heappush", (a, kw) =>
        {
            var (heap, item) = HeapAnd("heappush", a, kw);
            heap.Items.Add(item);
            SiftDown(heap, 0, heap.Items.Count - 1, max: false);
            return Py.None;
        });
        m.Dict["heappop"] = Def.Func("heappop", (a, kw) => Pop(HeapOnly("heappop", a, kw), max: false));
        m.Dict["heapreplace"] = Def.Func("heapreplace", (a, kw) => { var (h, x) = HeapAnd("heapreplace", a, kw); return Replace(h, x, max: false); });
        m.Dict["heappushpop"] = Def.Func("heappushpop", (a, kw) =>
        {
            var (heap, item) = HeapAnd("heappushpop", a, kw);
            if (heap.Items.Count == 0) return item;
            if (!Ops.LessThan(heap.Items[0], item)) return item;
            if (heap.Items.Count == 0) throw Err.New(ExcTypes.IndexError, "index out of range");
            var top = heap.Items[0];
            heap.Items[0] = item;
            SiftUp(heap, 0, max: false);
            return top;
        });
        m.Dict["heapify"] = Def.Func("heapify", (a, kw) => { Heapify(HeapOnly("heapify", a, kw), max: false); return Py.None; });
        m.Dict["_heappop_max"] = Def.Func("_heappop_max", (a, kw) => Pop(HeapOnly("_heappop_max", a, kw), max: true));
        m.Dict["_heapreplace_max"] = Def.Func("_heapreplace_max", (a, kw) => { var (h, x) = HeapAnd("_heapreplace_max", a, kw); return Replace(h, x, max: true); });
        m.Dict["_heapify_max"] = Def.Func("_heapify_max", (a, kw) => { Heapify(HeapOnly("_heapify_max", a, kw), max: true); return Py.None; });
        m.Dict["__about__"] = new PyStr("Heap queues: a priority queue kept in a list, smallest item first (pytk's compiled heapq core).");
        return m;
    }

    static PyList AsHeap(string fn, PyObject o, string which = " 1") =>
        o is PyList l ? l : throw Err.Type($"{fn}() argument{which} must be list, not {o.Type.Name}");

    /// <summary>A one-argument function (METH_O in CPython, hence its messages).</summary>
    static PyList HeapOnly(string fn, PyObject[] a, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"_heapq.{fn}() takes no keyword arguments");
        if (a.Length != 1) throw Err.Type($"_heapq.{fn}() takes exactly one argument ({a.Length} given)");
        return AsHeap(fn, a[0], "");
    }

    static (PyList, PyObject) HeapAnd(string fn, PyObject[] a, KwArgs? kw)
    {
        if (kw is { Count: > 0 }) throw Err.Type($"{fn}() takes no keyword arguments");
        if (a.Length != 2) throw Err.Type($"{fn} expected 2 arguments, got {a.Length}");
        return (AsHeap(fn, a[0]), a[1]);
    }

    static bool Before(PyObject a, PyObject b, bool max) => max ? Ops.LessThan(b, a) : Ops.LessThan(a, b);

    static PyObject Pop(PyList heap, bool max)
    {
        var items = heap.Items;
        if (items.Count == 0) throw Err.New(ExcTypes.IndexError, "index out of range");
        var last = items[^1];
        items.RemoveAt(items.Count - 1);
        if (items.Count == 0) return last;
        var top = items[0];
        items[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Items.Count == 0) throw Err.New(ExcTypes.IndexError, "index out of range");
        var top = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max);
        return top;
    }

    static void Heapify(PyList heap, bool max)
    {
        for (int i = heap.Items.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i, max);
    }

    static PyObject Changed() => throw Err.New(ExcTypes.RuntimeError, "list changed size during iteration");

    /// <summary>Moves the item at pos up towards startpos while it comes before its parent.</summary>
    static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        var items = heap.Items;
        int size = items.Count;
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            bool before = Before(items[pos], items[parentpos], max);
            if (size != items.Count) Changed();
            if (!before) break;
            (items[parentpos], items[pos]) = (items[pos], items[parentpos]);
            pos = parentpos;
        }
    }

    /// <summary>Moves the smaller (larger, for max) child up until pos is a leaf, then sifts the item down into place.</summary>
    static void SiftUp(PyList heap, int pos, bool max)
    {
        var items = heap.Items;
        int endpos = items.Count, startpos = pos, limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                bool leftFirst = Before(items[childpos], items[childpos + 1], max);
                if (!leftFirst) childpos++;
                if (endpos != items.Count) Changed();
            }
            (items[childpos], items[pos]) = (items[pos], items[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }
}
