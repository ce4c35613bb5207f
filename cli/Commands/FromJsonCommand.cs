using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>
/// `pytk from-json [--format text|json|dot] [-a] [--indent N] [--lines] [--validate] [FILE|-]`: reads an AST in pytk's JSON
/// schema (docs/ast-json.md; e.g. exported from CPython by conformance/ast_export.py) and prints it the way
/// `dump-ast` does. With --lines every input line is one tree and every output ends with a line holding
/// only U+001E, so one process can check a whole corpus.
/// </summary>
public static class FromJsonCommand
{
    public const string Separator = "\u001e";

    public static int Run(CliContext ctx, CommandArgs args)
    {
        string format = args.Get(Opt.Format, "text"), file = args.OneFile()!;
        int indent = args.Get(Opt.Indent, 3);
        bool attributes = args.Has(Opt.IncludeAttributes), lines = args.Has(Opt.Lines), indentGiven = args.Has(Opt.Indent), validate = args.Has(Opt.Validate);
        TextReader reader;
        try
        {
            reader = file == "-" ? new StreamReader(ctx.In) : new StreamReader(file);
        }
        catch (IOException e)
        {
            ctx.Err.WriteLine($"pytk: error: can't open '{file}': {e.Message}");
            return 1;
        }
        int status = 0;
        using (reader)
        {
            // --lines streams one tree at a time: a whole-stdlib export is hundreds of megabytes.
            for (string? doc = lines ? reader.ReadLine() : reader.ReadToEnd(); doc is not null; doc = lines ? reader.ReadLine() : null)
            {
                if (lines && doc.Length == 0) continue;
                try
                {
                    var tree = AstJson.Read(doc);
                    if (validate)
                    {
                        // Only the problems (AstValidator), one per line: no output means a valid tree.
                        foreach (var problem in AstValidator.Validate(tree)) ctx.Out.WriteLine(problem);
                        if (lines) ctx.Out.WriteLine(Separator);
                        continue;
                    }
                    ctx.Out.WriteLine(format switch
                    {
                        "json" => AstJson.Write(tree, indentGiven ? indent : null),
                        "dot" => AstDot.Write(tree, attributes),
                        _ => AstDump.Dump(tree, indent, includeAttributes: attributes),
                    });
                }
                catch (Exception e) when (e is AstJsonException or AstTooDeepException)
                {
                    ctx.Err.WriteLine($"pytk: error: {e.Message}");
                    status = 1;
                }
                if (lines) ctx.Out.WriteLine(Separator);
            }
        }
        return status;
    }
}
