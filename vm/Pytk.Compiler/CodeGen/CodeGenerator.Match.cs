using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// match statements. A pattern consumes the subject on top of the stack; on failure it jumps into a chain of
/// POP_TOPs that removes exactly the values it had pushed, so every failure path leaves the same stack.
/// Names are bound as sub-patterns succeed (CPython binds them only once the whole pattern matched).
/// </summary>
public sealed partial class CodeGenerator
{
    sealed class FailChain(CodeGenerator c)
    {
        readonly SortedDictionary<int, Label> labels = new();
        public Label At(int pops)
        {
            if (!labels.TryGetValue(pops, out var l)) labels[pops] = l = c.NewLabel();
            return l;
        }

        /// <summary>Emits the chain: entering at label n pops n values, then falls through.</summary>
        public void Emit()
        {
            if (labels.Count == 0) return;
            int max = labels.Keys.Max();
            for (int n = max; n >= 1; n--)
            {
                if (labels.TryGetValue(n, out var l)) c.Mark(l);
                c.Emit(Op.POP_TOP);
            }
            if (labels.TryGetValue(0, out var z)) c.Mark(z);
        }
    }


    void Match(A.Match m)
    {
        Expr(m.subject);
        var end = NewLabel();
        for (int i = 0; i < m.cases.Count; i++)
        {
            var c = m.cases[i];
            SetPos(c.pattern);
            // Irrefutable cases must be guarded, last, or both.
            CheckPattern(c.pattern, c.guard is not null || i == m.cases.Count - 1, new List<string>());
            var chain = new FailChain(this);
            Emit(Op.COPY, 1);
            Pattern(c.pattern, 1, chain);
            if (c.guard is not null) Test(c.guard, chain.At(0), false);
            Emit(Op.POP_TOP);
            Body(c.body);
            Jump(Op.JUMP_FORWARD, end);
            chain.Emit();
        }
        Emit(Op.POP_TOP);
        Mark(end);
    }

    void Pattern(A.PatternNode p, int pops, FailChain fail)
    {
        SetPos(p);
        switch (p)
        {
            case A.MatchValue v:
                Expr(v.value);
                Emit(Op.COMPARE_OP, (int)CmpOp.Eq);
                Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops - 1));
                break;
            case A.MatchSingleton s:
                LoadConst(s.value);
                Emit(Op.IS_OP, 0);
                Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops - 1));
                break;
            case A.MatchAs a:
                if (a.pattern is not null)
                {
                    Emit(Op.COPY, 1);
                    Pattern(a.pattern, pops + 1, fail);
                }
                if (a.name is not null) StoreName(a.name); else Emit(Op.POP_TOP);
                break;
            case A.MatchOr o:
                {
                    var ok = NewLabel();
                    foreach (var alt in o.patterns)
                    {
                        var altFail = new FailChain(this);
                        Emit(Op.COPY, 1);
                        Pattern(alt, 1, altFail);
                        Jump(Op.JUMP_FORWARD, ok);
                        altFail.Emit();
                    }
                    Jump(Op.JUMP_FORWARD, fail.At(pops));
                    Mark(ok);
                    Emit(Op.POP_TOP);
                    break;
                }
            case A.MatchSequence s:
                {
                    int star = s.patterns.FindIndex(x => x is A.MatchStar);
                    int n = s.patterns.Count;
                    Emit(Op.MATCH_SEQUENCE);
                    Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops));
                    Emit(Op.GET_LEN);
                    LoadConst(Int(star >= 0 ? n - 1 : n));
                    Emit(Op.COMPARE_OP, (int)(star >= 0 ? CmpOp.Ge : CmpOp.Eq));
                    Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops));
                    if (star >= 0) Emit(Op.UNPACK_EX, star | ((n - star - 1) << 8));
                    else Emit(Op.UNPACK_SEQUENCE, n);
                    for (int i = 0; i < n; i++)
                    {
                        int count = pops - 1 + n - i;
                        if (s.patterns[i] is A.MatchStar ms)
                        {
                            if (ms.name is not null) StoreName(ms.name); else Emit(Op.POP_TOP);
                        }
                        else Pattern(s.patterns[i], count, fail);
                    }
                    break;
                }
            case A.MatchMapping mm:
                {
                    int n = mm.keys.Count;
                    Emit(Op.MATCH_MAPPING);
                    Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops));
                    if (n > 0)
                    {
                        Emit(Op.GET_LEN);
                        LoadConst(Int(n));
                        Emit(Op.COMPARE_OP, (int)CmpOp.Ge);
                        Jump(Op.POP_JUMP_IF_FALSE, fail.At(pops));
                    }
                    foreach (var k in mm.keys) Expr(k);
                    Emit(Op.BUILD_TUPLE, n);           // [subj, keys]
                    Emit(Op.MATCH_KEYS);               // [subj, keys, values|None]
                    Emit(Op.COPY, 1);
                    Jump(Op.POP_JUMP_IF_NONE, fail.At(pops + 2));
                    Emit(Op.UNPACK_SEQUENCE, n);
                    for (int i = 0; i < n; i++) Pattern(mm.patterns[i], pops + 1 + n - i, fail);
                    if (mm.rest is not null)
                    {
                        LoadConst(KnownConstant.MappingRest);
                        Emit(Op.SWAP, 3);
                        Emit(Op.SWAP, 2);
                        Emit(Op.CALL, 2);
                        StoreName(mm.rest);
                    }
                    else { Emit(Op.POP_TOP); Emit(Op.POP_TOP); }
                    break;
                }
            case A.MatchClass mc:
                {
                    Expr(mc.cls);
                    LoadConst(Tuple(mc.kwd_attrs.Select(x => (object?)x).ToArray()));
                    Emit(Op.MATCH_CLASS, mc.patterns.Count);
                    Emit(Op.COPY, 1);
                    Jump(Op.POP_JUMP_IF_NONE, fail.At(pops));
                    int n = mc.patterns.Count + mc.kwd_patterns.Count;
                    Emit(Op.UNPACK_SEQUENCE, n);
                    var subs = mc.patterns.Concat(mc.kwd_patterns).ToList();
                    for (int i = 0; i < n; i++) Pattern(subs[i], pops - 1 + n - i, fail);
                    break;
                }
            case A.MatchStar st: throw Error("can't use starred name here", st);
            default: throw Error($"unsupported pattern {p.GetType().Name}", p);
        }
    }
}
