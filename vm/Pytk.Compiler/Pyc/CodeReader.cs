using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Pytk.Syntax;

namespace Pytk.Compiler.Pyc;

/// <summary>Malformed cache body: the file is treated as corrupt (recompiled), never run.</summary>
public sealed class BadPycException(string message) : Exception(message);

/// <summary>The inverse of <see cref="CodeWriter"/>; every read is bounds-checked, so bad input is an exception, not garbage.</summary>
public sealed class CodeReader
{
    readonly byte[] data;
    int pos;
    readonly List<string> strings = new();
    readonly int opCount = Enum.GetValues<Op>().Length;

    CodeReader(byte[] data, int start) { this.data = data; pos = start; }

    /// <summary>The code object in data[start..]; its filenames are set to <paramref name="filename"/> when given
    /// (the source may have moved since it was compiled, as CPython's _fix_co_filename does).</summary>
    public static CodeObject Deserialize(byte[] data, int start, string? filename = null)
    {
        var r = new CodeReader(data, start);
        if (r.Object() is not CodeObject code) throw new BadPycException("body is not a code object");
        if (r.pos != data.Length) throw new BadPycException("trailing data");
        if (filename is not null) SetFilename(code, filename);
        return code;
    }

    static void SetFilename(CodeObject c, string f)
    {
        c.Filename = f;
        foreach (var k in c.Consts) if (k is CodeObject inner) SetFilename(inner, f);
    }

    byte Byte() => pos < data.Length ? data[pos++] : throw new BadPycException("truncated");

    ulong UInt()
    {
        ulong v = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (shift > 63) throw new BadPycException("varint too long");
            byte b = Byte();
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
        }
    }

    long Long() { ulong u = UInt(); return (long)(u >> 1) ^ -(long)(u & 1); }

    int Int() => checked((int)Long());

    int Count()
    {
        ulong n = UInt();
        if (n > (ulong)(data.Length - pos) * 8 + 16) throw new BadPycException("count beyond the file");
        return (int)n;
    }

    ReadOnlySpan<byte> Span(int n)
    {
        if (n < 0 || n > data.Length - pos) throw new BadPycException("truncated");
        var s = data.AsSpan(pos, n);
        pos += n;
        return s;
    }

    double Double() => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Span(8)));

    string Str() => StrAfterTag(Byte());

    string StrAfterTag(byte tag)
    {
        string s;
        switch (tag)
        {
            case Tag.StrRef:
                ulong i = UInt();
                return i < (ulong)strings.Count ? strings[(int)i] : throw new BadPycException("bad string reference");
            case Tag.Str: s = Encoding.UTF8.GetString(Span(Count())); break;
            case Tag.StrUtf16:
                var chars = new char[Count()];
                for (int k = 0; k < chars.Length; k++) chars[k] = (char)checked((ushort)UInt());
                s = new string(chars);
                break;
            default: throw new BadPycException($"expected a string, found tag {tag}");
        }
        strings.Add(s);
        return s;
    }

    string[] Strs()
    {
        var a = new string[Count()];
        for (int i = 0; i < a.Length; i++) a[i] = Str();
        return a;
    }

    object? Object()
    {
        byte tag = Byte();
        switch (tag)
        {
            case Tag.None: return null;
            case Tag.True: return true;
            case Tag.False: return false;
            case Tag.Ellipsis: return EllipsisConstant.Instance;
            case Tag.Int: return new BigInteger(Long());
            case Tag.BigInt: return new BigInteger(Span(Count()));
            case Tag.Float: return Double();
            case Tag.Complex: { double re = Double(); return new Complex(re, Double()); }
            case Tag.Str or Tag.StrUtf16 or Tag.StrRef: return StrAfterTag(tag);
            case Tag.Bytes: return Span(Count()).ToArray();
            case Tag.Tuple:
            {
                var items = new object?[Count()];
                for (int i = 0; i < items.Length; i++) items[i] = Object();
                return new TupleConstant(items);
            }
            case Tag.FrozenSet:
            {
                var items = new object?[Count()];
                for (int i = 0; i < items.Length; i++) items[i] = Object();
                return new FrozenSetConstant(items);
            }
            case Tag.Code: return Code();
            case Tag.Known: return new KnownConstant(Str());
            default: throw new BadPycException($"unknown tag {tag}");
        }
    }

    CodeObject Code()
    {
        var c = new CodeObject { Name = Str(), QualName = Str(), Filename = Str(), FirstLine = Int() };
        c.Flags = (CodeFlags)checked((int)UInt());
        c.ArgCount = Int32(); c.PosOnlyArgCount = Int32(); c.KwOnlyArgCount = Int32(); c.StackSize = Int32();
        var code = new Instr[Count()];
        for (int i = 0; i < code.Length; i++)
        {
            byte op = Byte();
            if (op >= opCount) throw new BadPycException($"unknown opcode {op}");
            code[i] = new Instr((Op)op, Int());
        }
        c.Code = code;
        var positions = new Position[Count()];
        int prev = c.FirstLine;
        for (int i = 0; i < positions.Length; i++)
        {
            int line = prev + Int(), endLine = line + Int(), col = Int(), endCol = col + Int();
            positions[i] = new Position(line, endLine, col, endCol);
            prev = line;
        }
        if (positions.Length != code.Length) throw new BadPycException("positions do not match instructions");
        c.Positions = positions;
        var consts = new object?[Count()];
        for (int i = 0; i < consts.Length; i++) consts[i] = Object();
        c.Consts = consts;
        c.Names = Strs(); c.VarNames = Strs(); c.CellVars = Strs(); c.FreeVars = Strs();
        var table = new ExceptionEntry[Count()];
        for (int i = 0; i < table.Length; i++) table[i] = new ExceptionEntry(Int32(), Int32(), Int32(), Int32(), Byte() != 0);
        c.ExceptionTable = table;
        var cellToArg = new int[Count()];
        for (int i = 0; i < cellToArg.Length; i++) cellToArg[i] = Int();
        c.CellToArg = cellToArg;
        c.Doc = Object();
        Check(c);
        return c;
    }

    int Int32() => checked((int)UInt());

    /// <summary>Operands must index their tables: a file that passes the checksum but lies still cannot crash the VM.</summary>
    static void Check(CodeObject c)
    {
        int derefs = c.CellVars.Length + c.FreeVars.Length;
        foreach (var ins in c.Code)
        {
            int limit = OpTable.Info(ins.Op).Operand switch
            {
                Operand.Const => c.Consts.Length,
                Operand.Name => c.Names.Length,
                Operand.Local => c.VarNames.Length,
                Operand.Deref => derefs,
                Operand.Jump => c.Code.Length + 1,
                _ => int.MaxValue,
            };
            if ((uint)ins.Arg >= (uint)limit && limit != int.MaxValue) throw new BadPycException($"{ins.Op} operand {ins.Arg} out of range");
        }
        foreach (var e in c.ExceptionTable)
            if (e.Start > e.End || e.End > c.Code.Length || e.Target >= c.Code.Length) throw new BadPycException("bad exception table");
        if (c.CellToArg.Length != c.CellVars.Length) throw new BadPycException("bad cell table");
    }
}
