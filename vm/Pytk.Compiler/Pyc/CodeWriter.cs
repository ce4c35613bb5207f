using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text.Unicode;
using Pytk.Syntax;

namespace Pytk.Compiler.Pyc;

/// <summary>A constant the cache cannot store (a new kind of constant the compiler started making): the file is not written.</summary>
public sealed class UnsupportedConstException(string what) : Exception($"cannot serialize constant of type {what}");

/// <summary>
/// Serializes a code object tree into the cache body: one byte tag per object, LEB128 varints (zig-zag for
/// signed values), floats as their IEEE bits (so -0.0, nan payloads and every digit survive), strings as
/// UTF-8 (UTF-16 code units when they hold lone surrogates) and written once: a repeated string is a
/// back-reference. <see cref="CodeReader"/> is the inverse; the tags are <see cref="Tag"/>.
/// </summary>
public sealed class CodeWriter
{
    readonly ArrayBufferWriter<byte> buf = new(4096);
    readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    public static byte[] Serialize(CodeObject code)
    {
        var w = new CodeWriter();
        w.Code(code);
        return w.buf.WrittenSpan.ToArray();
    }

    void Byte(byte b) { buf.GetSpan(1)[0] = b; buf.Advance(1); }

    void UInt(ulong v)
    {
        var s = buf.GetSpan(10);
        int n = 0;
        while (v >= 0x80) { s[n++] = (byte)(v | 0x80); v >>= 7; }
        s[n++] = (byte)v;
        buf.Advance(n);
    }

    void Int(long v) => UInt((ulong)((v << 1) ^ (v >> 63)));

    void Bytes(ReadOnlySpan<byte> b)
    {
        UInt((ulong)b.Length);
        b.CopyTo(buf.GetSpan(b.Length));
        buf.Advance(b.Length);
    }

    void Double(double d)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buf.GetSpan(8), BitConverter.DoubleToInt64Bits(d));
        buf.Advance(8);
    }

    /// <summary>A string: a back-reference when written before, else its text.</summary>
    void Str(string s)
    {
        if (strings.TryGetValue(s, out int index)) { Byte(Tag.StrRef); UInt((ulong)index); return; }
        strings[s] = strings.Count;
        var utf8 = ArrayPool<byte>.Shared.Rent(s.Length * 3 + 1);
        try
        {
            if (Utf8.FromUtf16(s, utf8, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                Byte(Tag.Str);
                Bytes(utf8.AsSpan(0, written));
                return;
            }
        }
        finally { ArrayPool<byte>.Shared.Return(utf8); }
        Byte(Tag.StrUtf16);
        UInt((ulong)s.Length);
        foreach (char c in s) UInt(c);
    }

    void Strs(string[] a)
    {
        UInt((ulong)a.Length);
        foreach (var s in a) Str(s);
    }

    void Object(object? o)
    {
        switch (o)
        {
            case null: Byte(Tag.None); break;
            case bool b: Byte(b ? Tag.True : Tag.False); break;
            case EllipsisConstant: Byte(Tag.Ellipsis); break;
            case int i: Byte(Tag.Int); Int(i); break;
            case long l: Byte(Tag.Int); Int(l); break;
            case BigInteger i when i >= long.MinValue && i <= long.MaxValue: Byte(Tag.Int); Int((long)i); break;
            case BigInteger i: Byte(Tag.BigInt); Bytes(i.ToByteArray()); break;
            case double d: Byte(Tag.Float); Double(d); break;
            case Complex c: Byte(Tag.Complex); Double(c.Real); Double(c.Imaginary); break;
            case string s: Str(s); break;
            case SurrogateStr ss: Str(ss.ToString()); break;
            case byte[] b: Byte(Tag.Bytes); Bytes(b); break;
            case TupleConstant t:
                Byte(Tag.Tuple);
                UInt((ulong)t.Items.Count);
                foreach (var x in t.Items) Object(x);
                break;
            case FrozenSetConstant s:
                Byte(Tag.FrozenSet);
                UInt((ulong)s.Items.Count);
                foreach (var x in s.Items) Object(x);
                break;
            case CodeObject c: Code(c); break;
            case KnownConstant k: Byte(Tag.Known); Str(k.Name); break;
            default: throw new UnsupportedConstException(o.GetType().Name);
        }
    }

    void Code(CodeObject c)
    {
        Byte(Tag.Code);
        Str(c.Name); Str(c.QualName); Str(c.Filename);
        Int(c.FirstLine);
        UInt((uint)c.Flags);
        UInt((ulong)c.ArgCount); UInt((ulong)c.PosOnlyArgCount); UInt((ulong)c.KwOnlyArgCount); UInt((ulong)c.StackSize);
        UInt((ulong)c.Code.Length);
        foreach (var ins in c.Code) { Byte((byte)ins.Op); Int(ins.Arg); }
        // positions: line as a delta from the previous instruction's, the rest relative to the line/column
        UInt((ulong)c.Positions.Length);
        int prev = c.FirstLine;
        foreach (var p in c.Positions)
        {
            Int(p.Line - prev); Int(p.EndLine - p.Line); Int(p.Col); Int(p.EndCol - p.Col);
            prev = p.Line;
        }
        UInt((ulong)c.Consts.Length);
        foreach (var k in c.Consts) Object(k);
        Strs(c.Names); Strs(c.VarNames); Strs(c.CellVars); Strs(c.FreeVars);
        UInt((ulong)c.ExceptionTable.Length);
        foreach (var e in c.ExceptionTable) { UInt((ulong)e.Start); UInt((ulong)e.End); UInt((ulong)e.Target); UInt((ulong)e.Depth); Byte(e.Lasti ? (byte)1 : (byte)0); }
        UInt((ulong)c.CellToArg.Length);
        foreach (int a in c.CellToArg) Int(a);
        Object(c.Doc);
    }
}

/// <summary>The object tags of the cache body.</summary>
static class Tag
{
    public const byte None = (byte)'N', True = (byte)'T', False = (byte)'F', Ellipsis = (byte)'.',
        Int = (byte)'i', BigInt = (byte)'l', Float = (byte)'g', Complex = (byte)'y',
        Str = (byte)'s', StrUtf16 = (byte)'u', StrRef = (byte)'r', Bytes = (byte)'b',
        Tuple = (byte)'(', FrozenSet = (byte)'>', Code = (byte)'c', Known = (byte)'k';
}
