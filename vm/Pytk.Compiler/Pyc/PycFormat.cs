using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Pytk.Compiler.Pyc;

/// <summary>How a cache file is checked against its source (PEP 552's three modes).</summary>
public enum InvalidationMode { Timestamp, CheckedHash, UncheckedHash }

/// <summary>
/// The header of a pytk cache file, in PEP 552's shape plus two fields of pytk's own:
/// <code>
///  0  magic      u16 + "\r\n"   changes whenever the bytecode format changes (see <see cref="PycFormat.Magic"/>)
///  4  flags      u32            bit 0: hash-based, bit 1: check the source (PEP 552)
///  8  mtime|hash u64            source mtime in 100 ns ticks (timestamp mode) or source hash (hash modes)
/// 16  size       u64            source size in bytes
/// 24  toolchain  u64            the pytk build that compiled it (a different compiler recompiles)
/// 32  checksum   u64            hash of the body, so a corrupt or truncated file is never run
/// 40  body                      the serialized code object tree (<see cref="CodeWriter"/>)
/// </code>
/// mtime is kept at full resolution (CPython keeps seconds), so an edit within the same second is seen.
/// </summary>
public readonly record struct PycHeader(uint Flags, ulong MtimeOrHash, ulong Size, ulong Toolchain, ulong Checksum)
{
    public bool HashBased => (Flags & 1) != 0;
    public bool CheckSource => (Flags & 2) != 0;
    public InvalidationMode Mode => !HashBased ? InvalidationMode.Timestamp : CheckSource ? InvalidationMode.CheckedHash : InvalidationMode.UncheckedHash;

    public static uint FlagsFor(InvalidationMode m) => m switch { InvalidationMode.Timestamp => 0u, InvalidationMode.CheckedHash => 3u, _ => 1u };
}

public static class PycFormat
{
    /// <summary>Bump when the body layout or the compiler's output for the same opcodes changes meaning.</summary>
    public const int FormatVersion = 2; // 2: frozensets are written in their build order
    public const int HeaderSize = 40;

    /// <summary>
    /// pytk's magic: the format version and a hash of everything that gives bytecode its meaning (the opcode
    /// declarations' hash, <see cref="OpTable.DeclarationHash"/>: numbers, operand kinds, stack effects, flags and
    /// handler kinds; the BINARY_OP and COMPARE_OP argument tables), so changing an opcode's declaration changes it
    /// without anyone remembering to. The high bit keeps it apart from CPython's magics (all below 0x1000), so a
    /// CPython .pyc is recognised as foreign.
    /// </summary>
    public static readonly ushort Magic = MagicFor(FormatVersion, OpTable.DeclarationHash);

    public static ushort MagicFor(int formatVersion, string declarationHash)
    {
        var sb = new StringBuilder().Append("pytk-format-").Append(formatVersion).Append('\n').Append(declarationHash).Append('\n');
        sb.AppendJoin(' ', NbOpInfo.Symbol).Append('\n').AppendJoin(' ', CmpOpInfo.Symbol);
        ulong h = Hash64.Of(Encoding.UTF8.GetBytes(sb.ToString()), 0);
        return (ushort)(0x8000 | (h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48)) & 0x7FFF);
    }

    public static void WriteHeader(Span<byte> dst, PycHeader h)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(dst, Magic);
        dst[2] = (byte)'\r';
        dst[3] = (byte)'\n';
        BinaryPrimitives.WriteUInt32LittleEndian(dst[4..], h.Flags);
        BinaryPrimitives.WriteUInt64LittleEndian(dst[8..], h.MtimeOrHash);
        BinaryPrimitives.WriteUInt64LittleEndian(dst[16..], h.Size);
        BinaryPrimitives.WriteUInt64LittleEndian(dst[24..], h.Toolchain);
        BinaryPrimitives.WriteUInt64LittleEndian(dst[32..], h.Checksum);
    }

    /// <summary>The header, or why the file is not a usable pytk cache file (foreign, truncated, corrupt).</summary>
    public static PycHeader? ReadHeader(ReadOnlySpan<byte> file, out string? problem)
    {
        problem = null;
        if (file.Length < 4 || file[2] != '\r' || file[3] != '\n' || BinaryPrimitives.ReadUInt16LittleEndian(file) != Magic)
        {
            problem = "bad magic number";
            return null;
        }
        if (file.Length < HeaderSize) { problem = "truncated header"; return null; }
        var h = new PycHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(file[4..]),
            BinaryPrimitives.ReadUInt64LittleEndian(file[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(file[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(file[24..]),
            BinaryPrimitives.ReadUInt64LittleEndian(file[32..]));
        if ((h.Flags & ~3u) != 0 || h.Flags == 2) { problem = "invalid flags"; return null; }
        if (Hash64.Of(file[HeaderSize..], BodySeed) != h.Checksum) { problem = "corrupt or truncated body"; return null; }
        return h;
    }

    public const ulong BodySeed = 0x9E3779B97F4A7C15, SourceSeed = 0x243F6A8885A308D3;

    /// <summary>A whole cache file: header then body.</summary>
    public static byte[] Build(InvalidationMode mode, ulong mtimeOrHash, ulong size, ulong toolchain, ReadOnlySpan<byte> body)
    {
        var file = new byte[HeaderSize + body.Length];
        body.CopyTo(file.AsSpan(HeaderSize));
        WriteHeader(file, new PycHeader(PycHeader.FlagsFor(mode), mtimeOrHash, size, toolchain, Hash64.Of(body, BodySeed)));
        return file;
    }
}

/// <summary>
/// A fast 64-bit non-cryptographic hash (xxHash64's mixing constants, 8 bytes per step): detects corruption
/// and source changes; collisions need an adversary, which a cache in the user's own folders does not have.
/// </summary>
public static class Hash64
{
    const ulong P1 = 11400714785074694791, P2 = 14029467366897019727, P3 = 1609587929392839161, P4 = 9650029242287828579, P5 = 2870177450012600261;

    public static ulong Of(ReadOnlySpan<byte> data, ulong seed)
    {
        ulong h = seed + P5 + (ulong)data.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (ulong w0 in words)
        {
            ulong k = BitConverter.IsLittleEndian ? w0 : BinaryPrimitives.ReverseEndianness(w0);
            k = ulong.RotateLeft(k * P2, 31) * P1;
            h = ulong.RotateLeft(h ^ k, 27) * P1 + P4;
        }
        for (int i = words.Length * 8; i < data.Length; i++)
            h = ulong.RotateLeft(h ^ (data[i] * P5), 11) * P1;
        h ^= h >> 33; h *= P2;
        h ^= h >> 29; h *= P3;
        return h ^ (h >> 32);
    }
}
