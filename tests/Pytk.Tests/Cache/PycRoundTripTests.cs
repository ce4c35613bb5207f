using Pytk.Syntax;
using Assert = Xunit.Assert;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Pytk.Cli;
using Pytk.Tests.Support;
using Pytk.Vm;
using Pytk.Vm.Cache;

namespace Pytk.Tests.Cache;

/// <summary>
/// compile → serialize → deserialize gives the same code object tree: the same `dis` output, the same value in
/// every field of every code object (found by reflection, so a field added to CodeObject and forgotten by the
/// cache fails here), and the same bytes when serialized again; and programs run from a .pyc as from source.
/// </summary>
public class PycRoundTripTests
{
    static string Corpus(string area) => Path.Combine(CliRunner.RepoRoot, "tests", "corpus", area);

    /// <summary>Every source among the corpora of programs, modules and dis, and the shipped Lib.</summary>
    public static TheoryData<string> AllSources() => Sources.Rows(
        Directory.GetFiles(Corpus("programs"), "*.py")
            .Concat(Directory.GetFiles(Corpus("modules"), "*.py", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Corpus("dis"), "*.py", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "vm", "Pytk.Vm", "Lib"), "*.py"))
            .Order(StringComparer.Ordinal));

    static readonly Regex Address = new("0x[0-9a-f]+");

    /// <summary>The disassembly, addresses masked. A program whose int constant is past the decimal digit limit
    /// (a long hex literal) has none, as in CPython's dis; its constants are still compared by DumpCode.</summary>
    static string Dis(CodeObject c)
    {
        try { return Address.Replace(PyCode.Disassemble(c), "0x?"); }
        catch (PyException e) { return "no disassembly: " + Pytk.Vm.Traceback.LastLine(e.Value); }
    }

    [Theory]
    [MemberData(nameof(AllSources))]
    public void RoundTripsExactly(string source)
    {
        if (Sources.CompileUnlessCPythonRejects(source) is not { } code) return; // no code to cache
        var body = CodeWriter.Serialize(code);
        var back = CodeReader.Deserialize(body, 0);
        Assert.True(Dis(back) == Dis(code), $"{source}: dis differs:\n{Support.Corpus.Compare("dis", Dis(code), Dis(back))}");
        Assert.True(Dump(back) == Dump(code), $"{source}: fields differ: {FirstDiff(Dump(code), Dump(back))}");
        Assert.True(CodeWriter.Serialize(back).AsSpan().SequenceEqual(body), $"{source}: serializing again gives other bytes");
    }

    [Fact]
    public void ConstantsSurviveBitExact()
    {
        var code = Pytk.Hosting.CompilerHost.Compile(Encoding.UTF8.GetBytes("x = 1\n"), "<consts>");
        var set = new FrozenSetConstant(new[] { 3, 1, 2, 1000 }.Select(i => (object?)new System.Numerics.BigInteger(i)).ToList());
        code.Consts =
        [
            -0.0, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234), double.PositiveInfinity,
            0.1, System.Numerics.BigInteger.Pow(-2, 101), new System.Numerics.BigInteger(long.MinValue), new System.Numerics.Complex(-0.0, 1e-320),
            "caf\u00e9 \U0001F600 \ud800 lone", new byte[] { 0, 255, 10 }, new TupleConstant([]),
            new TupleConstant([new TupleConstant([System.Numerics.BigInteger.One]), EllipsisConstant.Instance, null, true, false]), set, .. code.Consts,
        ];
        var back = CodeReader.Deserialize(CodeWriter.Serialize(code), 0);
        Assert.Equal(Dump(code), Dump(back));
        Assert.Equal(0x7FF8_0000_0000_1234, BitConverter.DoubleToInt64Bits((double)back.Consts[1]!));
        Assert.Equal("-0.0", PyRepr.Repr(back.Consts[0]));
        Assert.Equal("caf\u00e9 \U0001F600 \ud800 lone", (string)back.Consts[7]!);
        Assert.Equal(PyRepr.Repr(set), PyRepr.Repr(back.Consts[11]));
    }

    /// <summary>
    /// The magic is made from the opcode declarations (Opcodes.def, through the hash gen_opcodes.py takes of them)
    /// and the format version: the live table must give the hash the magic was made from, and a change to either
    /// gives another magic, so a file written before it is refused as foreign.
    /// </summary>
    [Fact]
    public void MagicFollowsTheOpcodeDeclarations()
    {
        Assert.Equal(PycFormat.MagicFor(PycFormat.FormatVersion, OpTable.ComputeDeclarationHash(OpTable.Rows)), PycFormat.Magic);
        var rows = OpTable.Rows.ToArray();
        rows[^1] = rows[^1] with { Effect = (_, _) => 5 };
        ushort changed = PycFormat.MagicFor(PycFormat.FormatVersion, OpTable.ComputeDeclarationHash(rows));
        Assert.NotEqual(PycFormat.Magic, changed);
        Assert.NotEqual(PycFormat.Magic, PycFormat.MagicFor(PycFormat.FormatVersion + 1, OpTable.DeclarationHash));
        Assert.True(PycFormat.Magic >= 0x8000 && changed >= 0x8000, "pytk's magic is kept apart from CPython's");

        var file = PycFormat.Build(InvalidationMode.UncheckedHash, 1, 2, 3, [1, 2, 3]);
        Assert.NotNull(PycFormat.ReadHeader(file, out _));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(file, changed);
        Assert.Null(PycFormat.ReadHeader(file, out var problem));
        Assert.Equal("bad magic number", problem);
    }

    /// <summary>
    /// The body layout (CodeWriter) is pinned to the format version: a fixed code object with every kind of field
    /// and constant serializes to the bytes recorded for the current PycFormat.FormatVersion in pyc-layout.txt.
    /// Changing the layout without bumping the version (so old files would be misread) fails here.
    /// </summary>
    [Fact]
    public void TheBodyLayoutIsPinnedToTheFormatVersion()
    {
        var inner = new CodeObject
        {
            Name = "inner", QualName = "outer.<locals>.inner", Filename = "layout.py", FirstLine = 3,
            Code = [new Instr(Op.NOP, 0), new Instr(Op.NOP, 300), new Instr(Op.NOP, 70000)],
            Positions = [new(3, 3, 4, 9), new(4, 5, 0, 1), new(5, 5, 2, 2)],
            Consts = [null], FreeVars = ["x"], Flags = CodeFlags.Optimized | CodeFlags.Nested, StackSize = 1,
        };
        // a frozenset constant is stored in the order its items were built (here CPython's layout of {3, 1, 2})
        var set = new FrozenSetConstant([new System.Numerics.BigInteger(1), new System.Numerics.BigInteger(2), new System.Numerics.BigInteger(3)]);
        var outer = new CodeObject
        {
            Name = "outer", QualName = "outer", Filename = "layout.py", FirstLine = 1,
            Code = [new Instr(Op.NOP, 1), new Instr(Op.NOP, 2)],
            Positions = [new(1, 1, 0, 5), new(2, 2, 0, 5)],
            Consts =
            [
                null, true, false, EllipsisConstant.Instance, new System.Numerics.BigInteger(-7), System.Numerics.BigInteger.Pow(3, 70),
                -0.0, new System.Numerics.Complex(1.5, -2), "caf\u00e9 \ud800", new byte[] { 0, 255 },
                new TupleConstant([System.Numerics.BigInteger.One, "a"]), set, inner,
            ],
            Names = ["print"], VarNames = ["a", "b"], CellVars = ["x"], CellToArg = [0],
            ArgCount = 1, PosOnlyArgCount = 1, KwOnlyArgCount = 1, StackSize = 4,
            Flags = CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.VarArgs,
            ExceptionTable = [new ExceptionEntry(0, 1, 1, 2, true)], Doc = "doc",
        };
        string hash = Hash64.Of(CodeWriter.Serialize(outer), 0).ToString("x16");
        var recordPath = Path.Combine(CliRunner.RepoRoot, "tests", "Pytk.Tests", "Cache", "pyc-layout.txt");
        var recorded = File.ReadAllLines(recordPath).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2)).ToDictionary(p => int.Parse(p[0]), p => p[1].Trim());
        Assert.True(recorded.ContainsKey(PycFormat.FormatVersion),
            $"pyc-layout.txt has no line for format version {PycFormat.FormatVersion}: add `{PycFormat.FormatVersion} {hash}`");
        Assert.True(recorded[PycFormat.FormatVersion] == hash,
            $"the .pyc body layout changed (hash {hash}, recorded {recorded[PycFormat.FormatVersion]} for format version " +
            $"{PycFormat.FormatVersion}): bump PycFormat.FormatVersion and add `{PycFormat.FormatVersion + 1} {hash}` to pyc-layout.txt");
        Assert.Equal(PycFormat.FormatVersion, recorded.Keys.Max());
    }

    /// <summary>Every eighth program of tests/corpus/programs but those that print their own file name (argv[0]).</summary>
    public static TheoryData<string> RunSample() => Sources.Rows(
        Directory.GetFiles(Corpus("programs"), "*.py").Order(StringComparer.Ordinal).Where((_, i) => i % 8 == 0)
            .Where(py => !File.ReadAllText(py).Contains("argv[0]")));

    [Theory]
    [MemberData(nameof(RunSample))]
    public void ProgramRunsTheSameFromAPycFile(string program)
    {
        var py = Sources.Absolute(program);
        var dir = Directory.CreateTempSubdirectory("pytk-pyc-run").FullName;
        try
        {
            if (Sources.CompileUnlessCPythonRejects(program) is not { } code) return; // nothing to cache
            var fromSource = ProgramRun.Run("run", "-B", py, "arg1").Value;
            var pyc = Path.Combine(dir, Path.GetFileNameWithoutExtension(py) + ".pyc");
            Assert.True(CodeCache.Write(pyc, code, InvalidationMode.UncheckedHash, File.ReadAllBytes(py), 0, 0));
            var fromPyc = ProgramRun.Run("run", pyc, "arg1").Value;
            Assert.True(fromSource.Stdout == fromPyc.Stdout, $"{program}: stdout differs:\n{Support.Corpus.Compare("stdout", fromSource.Stdout, fromPyc.Stdout)}");
            Assert.True(fromSource.ExitCode == fromPyc.ExitCode, $"{program}: exit {fromPyc.ExitCode} != {fromSource.ExitCode}");
            Assert.Equal(LastLine(fromSource.Stderr), LastLine(fromPyc.Stderr));
        }
        finally { Directory.Delete(dir, true); }
    }

    static string LastLine(string s) => s.Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";

    static string FirstDiff(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (int i = 0; i < Math.Min(la.Length, lb.Length); i++)
            if (la[i] != lb[i]) return $"'{la[i]}' vs '{lb[i]}'";
        return "lengths differ";
    }

    /// <summary>Every field CodeObject declares (but the source text, which the cache does not store), recursively.</summary>
    public static string Dump(CodeObject c)
    {
        var sb = new StringBuilder();
        DumpCode(c, sb, "");
        return sb.ToString();
    }

    static void DumpCode(CodeObject c, StringBuilder sb, string indent)
    {
        foreach (var f in typeof(CodeObject).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (f.Name is nameof(CodeObject.SourceLines)) continue;
            sb.Append(indent).Append(f.Name).Append(" = ");
            Value(f.GetValue(c), sb, indent);
            sb.Append('\n');
        }
    }

    static void Value(object? v, StringBuilder sb, string indent)
    {
        switch (v)
        {
            case null: sb.Append("null"); break;
            case CodeObject code: sb.Append("code\n"); DumpCode(code, sb, indent + "  "); break;
            case double f: sb.Append("float ").Append(BitConverter.DoubleToInt64Bits(f)).Append(' ').Append(PyRepr.Repr(f)); break;
            case System.Numerics.Complex x: sb.Append("complex ").Append(BitConverter.DoubleToInt64Bits(x.Real)).Append(' ').Append(BitConverter.DoubleToInt64Bits(x.Imaginary)); break;
            case TupleConstant t:
                sb.Append("tuple(");
                foreach (var item in t.Items) { Value(item, sb, indent); sb.Append(", "); }
                sb.Append(')');
                break;
            case FrozenSetConstant fs:
                sb.Append("frozenset(");
                foreach (var item in fs.Items) { Value(item, sb, indent); sb.Append(", "); }
                sb.Append(')');
                break;
            // Hex, not repr: a big int constant (a long hex literal) may exceed the int-to-decimal digit limit.
            case System.Numerics.BigInteger big: sb.Append("int 0x").Append(big.ToString("x")); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case byte[] bytes: sb.Append(PyRepr.Bytes(bytes)); break;
            case EllipsisConstant: sb.Append("Ellipsis"); break;
            case Instr i: sb.Append(i.Op).Append(':').Append(i.Arg); break;
            case string s: sb.Append('"').Append(s).Append('"'); break;
            case System.Collections.IEnumerable e:
                sb.Append('[');
                foreach (var item in e) { Value(item, sb, indent); sb.Append("; "); }
                sb.Append(']');
                break;
            default: sb.Append(v); break;
        }
    }
}
