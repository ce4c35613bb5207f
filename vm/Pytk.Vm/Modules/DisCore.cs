namespace Pytk.Vm;

/// <summary>
/// Code objects as Python sees them (co_code, co_lines(), co_positions(), co_exceptiontable, replace()) and
/// `_dis`, the one accessor the shipped `dis` module reads pytk's instruction table and instructions through.
///
/// co_code holds one 2-byte code unit per instruction (opcode, low byte of the argument), so offsets are
/// 2 × instruction index as in f_lasti and tracebacks; pytk has no EXTENDED_ARG, so an argument above 255
/// is only whole in the instructions `dis` gets from <see cref="Instructions"/>.
/// </summary>
public static class DisCore
{
    public static void RegisterCode()
    {
        var c = Types.Code;
        Def.Prop(c, "co_code", o => new PyBytes(CodeBytes((PyCode)o)));
        Def.Prop(c, "_co_code_adaptive", o => new PyBytes(CodeBytes((PyCode)o)));
        Def.Prop(c, "co_exceptiontable", o => new PyBytes(ExceptionTableBytes((PyCode)o)));
        Def.Prop(c, "co_linetable", o => new PyBytes([]));
        Def.Prop(c, "co_lnotab", o => new PyBytes([]));
        Def.M0(c, "co_lines", o => Ops.Iter(new PyList(Lines((PyCode)o))));
        Def.M0(c, "co_positions", o =>
        {
            var code = (PyCode)o;
            var items = new List<PyObject>(code.Code.Length);
            for (int i = 0; i < code.Code.Length; i++)
            {
                var p = i < code.Positions.Length ? code.Positions[i] : default;
                items.Add(p.Line <= 0 ? PyTuple.Of(Py.None, Py.None, Py.None, Py.None)
                    : PyTuple.Of(PyInt.From(p.Line), PyInt.From(p.EndLine), PyInt.From(p.Col), PyInt.From(p.EndCol)));
            }
            return Ops.Iter(new PyList(items));
        });
        Def.Method(c, "replace", (a, kw) => Replace((PyCode)a[0], a.Length > 1 ? throw Err.Type("replace() takes no positional arguments") : kw));
        Def.Method(c, "__replace__", (a, kw) => Replace((PyCode)a[0], kw));
        Def.M1(c, "__eq__", (x, y) => Py.Bool(ReferenceEquals(x, y)));
        Def.M0(c, "__hash__", x => PyInt.From(Ops.IdHash(x)));
        // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
        Def.Static(Types.Function, "__new__", (a, kw) =>
        {
            var code = Def.Arg(a, kw, 1, "code") as PyCode ?? throw Err.Type("function() argument 'code' must be code, not " + (Def.Arg(a, kw, 1, "code")?.Type.Name ?? "nothing"));
            var globals = Def.Arg(a, kw, 2, "globals") as PyDict ?? throw Err.Type("function() argument 'globals' must be dict");
            var fn = new PyFunction(code, globals.AsNamespace() ?? throw Err.Type("function() globals must have str keys"));
            if (Def.Arg(a, kw, 3, "name") is PyStr name) fn.Name = name.Value;
            if (Def.Arg(a, kw, 4, "argdefs") is PyTuple defs) fn.Defaults = defs.Items;
            if (Def.Arg(a, kw, 5, "closure") is PyTuple cells) fn.Closure = cells.Items.Cast<PyCell>().ToArray();
            if (fn.Closure.Length != code.FreeVars.Length)
                throw Err.Value($"{code.Name} requires closure of length {code.FreeVars.Length}, not {fn.Closure.Length}");
            fn.Doc = code.Doc;
            return fn;
        });
        Def.Prop(Types.Function, "__code__", o => ((PyFunction)o).Code, (o, v) =>
        {
            var f = (PyFunction)o;
            if (v is not PyCode code) throw Err.Type("__code__ must be set to a code object");
            if (code.FreeVars.Length != f.Closure.Length)
                throw Err.Value($"{f.Name}() requires a code object with {f.Closure.Length} free vars, not {code.FreeVars.Length}");
            f.Code = code;
        });
    }

    public static byte[] CodeBytes(PyCode code)
    {
        var bytes = new byte[code.Code.Length * 2];
        for (int i = 0; i < code.Code.Length; i++)
        {
            bytes[2 * i] = (byte)code.Code[i].Op;
            bytes[2 * i + 1] = (byte)code.Code[i].Arg;
        }
        return bytes;
    }

    /// <summary>CPython's exception-table encoding (6-bit varints of start, size, target, depth·2+lasti, in code units).</summary>
    static byte[] ExceptionTableBytes(PyCode code)
    {
        var outBytes = new List<byte>();
        void Varint(int v, bool first)
        {
            var chunks = new List<int>();
            do { chunks.Add(v & 63); v >>= 6; } while (v > 0);
            for (int i = chunks.Count - 1; i >= 0; i--)
            {
                int b = chunks[i] | (i > 0 ? 64 : 0);
                if (first && i == chunks.Count - 1) b |= 128;
                outBytes.Add((byte)b);
            }
        }
        foreach (var e in code.ExceptionTable)
        {
            Varint(e.Start, true);
            Varint(e.End - e.Start, false);
            Varint(e.Target, false);
            Varint(e.Depth * 2 + (e.Lasti ? 1 : 0), false);
        }
        return outBytes.ToArray();
    }

    /// <summary>co_lines(): (start, end, line) over byte offsets, one range per run of instructions on one line.</summary>
    static List<PyObject> Lines(PyCode code)
    {
        var rows = new List<PyObject>();
        int n = code.Code.Length, start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i < n && code.LineAt(i) == code.LineAt(start)) continue;
            int line = code.LineAt(start);
            rows.Add(PyTuple.Of(PyInt.From(2 * start), PyInt.From(2 * i), line > 0 ? PyInt.From(line) : Py.None));
            start = i;
        }
        return rows;
    }

    static PyObject Replace(PyCode old, KwArgs? kw)
    {
        var d = old.Data.Clone();
        d.Code = (Instr[])old.Code.Clone();
        var consts = old.Consts;
        if (kw is null) return new PyCode(d, consts);
        foreach (var (key, v) in kw)
        {
            switch (key)
            {
                case "co_name": d.Name = Def.Str(v, "co_name"); break;
                case "co_qualname": d.QualName = Def.Str(v, "co_qualname"); break;
                case "co_filename": d.Filename = Def.Str(v, "co_filename"); break;
                case "co_firstlineno": d.FirstLine = Ops.IndexInt(v); break;
                case "co_argcount": d.ArgCount = Ops.IndexInt(v); break;
                case "co_posonlyargcount": d.PosOnlyArgCount = Ops.IndexInt(v); break;
                case "co_kwonlyargcount": d.KwOnlyArgCount = Ops.IndexInt(v); break;
                case "co_stacksize": d.StackSize = Ops.IndexInt(v); break;
                case "co_flags": d.Flags = (CodeFlags)Ops.IndexInt(v); break;
                case "co_nlocals": break;
                case "co_consts": consts = Tuple(v, key).Items; break;
                case "co_names":
                    d.Names = Strings(v, key);
                    break;
                case "co_varnames": d.VarNames = Strings(v, key); break;
                case "co_cellvars": d.CellVars = Strings(v, key); break;
                case "co_freevars": d.FreeVars = Strings(v, key); break;
                case "co_code":
                    if (v is not PyBytes b || b.Value.Length != 2 * old.Code.Length)
                        throw Err.Value("pytk can replace co_code only by code of the same length (one 2-byte unit per instruction)");
                    for (int i = 0; i < d.Code.Length; i++)
                    {
                        int arg = d.Code[i].Arg;
                        if ((byte)arg != b.Value[2 * i + 1]) arg = b.Value[2 * i + 1];
                        if (!Enum.IsDefined(typeof(Op), b.Value[2 * i])) throw Err.Value($"invalid opcode {b.Value[2 * i]}");
                        d.Code[i] = new Instr((Op)b.Value[2 * i], arg);
                    }
                    break;
                case "co_linetable" or "co_exceptiontable": break;
                default: throw Err.Type($"replace() got an unexpected keyword argument '{key}'");
            }
        }
        d.Consts = Array.ConvertAll(consts, PyCode.Unbox);
        return new PyCode(d, consts);
    }

    static PyTuple Tuple(PyObject v, string name) =>
        v as PyTuple ?? throw Err.Type($"replace() argument '{name}' must be tuple, not {v.Type.Name}");

    static string[] Strings(PyObject v, string name) =>
        Tuple(v, name).Items.Select(x => x is PyStr s ? s.Value : throw Err.Type($"{name} must be a tuple of strings")).ToArray();

    public static PyModule Create()
    {
        _ = Runtime.Builtins;
        var m = new PyModule("_dis");
        // The opcode table as CPython's opcode/dis modules give it (OpcodeMetadata, from the one declaration).
        m.Dict!["opname"] = new PyList(OpcodeMetadata.OpName.Select(n => (PyObject)new PyStr(n)));
        var opmap = new PyDict();
        foreach (var (name, op) in OpcodeMetadata.OpMap) opmap.Set(new PyStr(name), PyInt.From(op));
        m.Dict["opmap"] = opmap;
        static PyList Ops_(IReadOnlyList<int> ops) => new(ops.Select(o => (PyObject)PyInt.From(o)));
        m.Dict["hasarg"] = Ops_(OpcodeMetadata.HasArg);
        m.Dict["hasconst"] = Ops_(OpcodeMetadata.HasConst);
        m.Dict["hasname"] = Ops_(OpcodeMetadata.HasName);
        m.Dict["haslocal"] = Ops_(OpcodeMetadata.HasLocal);
        m.Dict["hasfree"] = Ops_(OpcodeMetadata.HasFree);
        m.Dict["hascompare"] = Ops_(OpcodeMetadata.HasCompare);
        m.Dict["hasjump"] = Ops_(OpcodeMetadata.HasJump);
        m.Dict["hasjabs"] = Ops_(OpcodeMetadata.HasJabs);
        m.Dict["hasjrel"] = Ops_(OpcodeMetadata.HasJrel);
        // stack_effect(opcode, oparg, jump): jump None gives the larger of the two effects, as CPython does.
        m.Dict["stack_effect"] = Def.Func("stack_effect", (a, kw) =>
        {
            int op = Ops.IndexInt(a[0]);
            int? arg = a.Length > 1 && a[1] is not PyNone ? Ops.IndexInt(a[1]) : null;
            bool? jump = a.Length > 2 && a[2] is not PyNone ? Ops.Truth(a[2]) : null;
            try { return PyInt.From(OpcodeMetadata.StackEffect(op, arg, jump)); }
            catch (ArgumentException e) { throw Err.Value(e.Message); }
        });
        // disassemble(code, recursive, lasti) -> the text `pytk dis` prints (lasti: byte offset marked -->)
        m.Dict["disassemble"] = Def.Func("disassemble", (a, kw) =>
        {
            var code = a[0] as PyCode ?? throw Err.Type("disassemble() expects a code object");
            int lasti = a.Length > 2 ? Ops.IndexInt(a[2]) : -1;
            return new PyStr(a.Length > 1 && Ops.Truth(a[1]) ? Disassembler.Disassemble(code.Data, code.ConstReprs())
                : Disassembler.DisassembleOne(code.Data, lasti < 0 ? -1 : lasti / 2, code.ConstReprs()));
        });
        m.Dict["instructions"] = Def.Func("instructions", (a, kw) => Instructions(a[0] as PyCode ?? throw Err.Type("instructions() expects a code object")));
        return m;
    }

    /// <summary>
    /// One row per instruction: (opname, opcode, arg, argval, argrepr, offset, line or None, starts_line,
    /// label or None, jump target offset or None, (line, end_line, col, end_col)).
    /// </summary>
    static PyObject Instructions(PyCode code)
    {
        var labels = Disassembler.Labels(code.Data);
        var reprs = code.ConstReprs();
        var rows = new List<PyObject>();
        int prevLine = int.MinValue;
        for (int i = 0; i < code.Code.Length; i++)
        {
            var ins = code.Code[i];
            var info = OpTable.Info(ins.Op);
            var pos = i < code.Positions.Length ? code.Positions[i] : default;
            bool starts = pos.Line != prevLine;
            prevLine = pos.Line;
            PyObject arg = Py.None, argval = Py.None, target = Py.None;
            string argrepr = "";
            if (info.Operand != Operand.None)
            {
                arg = PyInt.From(ins.Arg);
                argrepr = Disassembler.ArgRepr(code.Data, info, ins.Arg, labels, reprs);
                argval = info.Operand switch
                {
                    Operand.Const => code.Consts[ins.Arg],
                    Operand.Name or Operand.Local or Operand.Deref => new PyStr(argrepr),
                    Operand.Jump => PyInt.From(2 * ins.Arg),
                    _ => arg,
                };
                if (info.Operand == Operand.Jump) target = PyInt.From(2 * ins.Arg);
            }
            var positions = pos.Line <= 0 ? PyTuple.Of(Py.None, Py.None, Py.None, Py.None)
                : PyTuple.Of(PyInt.From(pos.Line), PyInt.From(pos.EndLine), PyInt.From(pos.Col), PyInt.From(pos.EndCol));
            rows.Add(new PyTuple([
                new PyStr(info.Name), PyInt.From((int)ins.Op), arg, argval, new PyStr(argrepr), PyInt.From(2 * i),
                pos.Line > 0 ? PyInt.From(pos.Line) : Py.None, Py.Bool(starts),
                labels.TryGetValue(i, out int lb) ? PyInt.From(lb) : Py.None, target, positions,
            ]));
        }
        return new PyList(rows);
    }
}
