using Pytk.Grammar.Generated;

namespace Pytk.Grammar;

/// <summary>
/// tokenize's names for our token types, derived from the grammar's vocabulary: operators are OP with
/// their own name as exact type, keywords are NAME, anything unrecognised is OP, EOF is ENDMARKER.
/// </summary>
public static class TokenNames
{
    static readonly string[] typeNames;
    static readonly string[] exactNames;

    static TokenNames()
    {
        const int max = 255;
        typeNames = new string[max + 2];
        exactNames = new string[max + 2];
        for (int t = 0; t <= max; t++)
        {
            string name = PythonLexer.DefaultVocabulary.GetSymbolicName(t) ?? "OP";
            (typeNames[t], exactNames[t]) = Classify(t, name);
        }
    }

    static (string Type, string Exact) Classify(int t, string name)
    {
        if (t is PythonLexer.ERRORTOKEN or PythonLexer.LESSGREATER) return ("OP", "OP");
        if (t is >= PythonLexer.FALSE and <= PythonLexer.YIELD) return ("NAME", "NAME");
        if (t is >= PythonLexer.LPAR and <= PythonLexer.COLONEQUAL) return ("OP", name);
        return (name, name);
    }

    public static string TypeName(int type) => type < 0 ? "ENDMARKER" : typeNames[type];
    public static string ExactName(int type) => type < 0 ? "ENDMARKER" : exactNames[type];
}
