using System.Text;

namespace Pytk.Cli;

/// <summary>
/// Every help text of `pytk`, generated from the declarations in <see cref="CommandLine"/>: `pytk --help` lists the
/// commands, `pytk help CMD` (= `pytk CMD --help`) shows CMD's synopsis, description and every option it takes
/// (its own, the pass options, `-c`, the global ones), so an option declared is an option documented.
/// </summary>
public static class HelpText
{
    /// <summary>Lines are wrapped at this width (fixed, so the text does not depend on the terminal).</summary>
    const int Width = 100;

    /// <summary>`pytk --help`: the commands with their summaries.</summary>
    public static string Overview()
    {
        var w = new StringBuilder();
        w.Append("usage: pytk COMMAND [options] [FILE]\n");
        w.Append("       pytk [-i] [FILE.py | - | -c CODE | -m MODULE] [ARG...]   (as python3)\n\n");
        w.Append("pytk: a modular Python compiler toolkit (source -> tokens -> AST -> passes -> bytecode -> VM)\n\n");
        w.Append("commands:\n");
        int col = Program.Commands.Max(c => c.Name.Length) + 4;
        foreach (var (name, summary, _) in Program.Commands)
            Row(w, name, summary, col);
        w.Append('\n');
        w.Append("`pytk help COMMAND` (or `pytk COMMAND --help`) shows a command's options; `pytk completion bash|zsh|fish`\n");
        w.Append("prints a shell completion script; `pytk --version` the version.\n");
        return w.ToString();
    }

    /// <summary>`pytk help NAME`: the synopsis, the description and the options, in groups.</summary>
    public static string For(string name)
    {
        var s = CommandLine.SpecOf(name);
        var w = new StringBuilder();
        w.Append($"usage: pytk {name} [options]{(s.Passes ? " [pass options]" : "")}{(s.Synopsis.Length > 0 ? " " + s.Synopsis : "")}\n\n");
        foreach (var paragraph in s.Description.Split('\n'))
            if (paragraph.StartsWith(' ') || paragraph.Length == 0) w.Append(paragraph).Append('\n');
            else Wrap(w, paragraph, 0, 0);
        Group(w, "options", [.. s.Options, .. s.Code && !s.Options.Contains(Opt.Code) ? [Opt.Code] : Array.Empty<OptionSpec>()]);
        if (s.Passes) Group(w, "pass options (docs/passes.md; reports go to stderr)", CommandLine.PassOptionSpecs);
        Group(w, "global options", CommandLine.Global);
        return w.ToString();
    }

    /// <summary>The column of names and values: `-i, --indent N`.</summary>
    public static string Left(OptionSpec o) => string.Join(", ", o.Names) + (o.Value is null ? "" : " " + o.Value);

    static void Group(StringBuilder w, string title, IEnumerable<OptionSpec> options)
    {
        var shown = options.Where(o => !o.Hidden).ToList();
        if (shown.Count == 0) return;
        w.Append('\n').Append(title).Append(":\n");
        // the description column: past the longest name, but never further than 30 (longer names get a line of their own)
        int col = Math.Min(30, shown.Max(o => Left(o).Length) + 4);
        foreach (var o in shown) Row(w, Left(o), o.Text, col);
    }

    static void Row(StringBuilder w, string left, string help, int col)
    {
        string head = "  " + left;
        if (head.Length + 2 > col)
        {
            w.Append(head).Append('\n').Append(' ', col);
            Wrap(w, help, col, col);
            return;
        }
        w.Append(head.PadRight(col));
        Wrap(w, help, col, col);
    }

    /// <summary>Appends <paramref name="text"/> wrapped at <see cref="Width"/>: the first line starts at column
    /// <paramref name="column"/> (the line so far is already written), the others are indented by <paramref name="rest"/>.</summary>
    static void Wrap(StringBuilder w, string text, int column, int rest)
    {
        int pos = column;
        bool wordOnLine = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (wordOnLine && pos + 1 + word.Length > Width)
            {
                w.Append('\n').Append(' ', rest);
                pos = rest;
                wordOnLine = false;
            }
            if (wordOnLine) { w.Append(' '); pos++; }
            w.Append(word);
            pos += word.Length;
            wordOnLine = true;
        }
        w.Append('\n');
    }
}
