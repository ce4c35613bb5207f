using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>The non-text formats of dump-ast, delegated to Pytk.Syntax's exporters.</summary>
static class AstExport
{
    /// <summary>The JSON of docs (Pytk.Syntax AstJson): positions are always included, as the schema has them.</summary>
    public static string Json(AstNode tree, bool attributes) => AstJson.Write(tree, 1);

    public static string Dot(AstNode tree, bool attributes) => AstDot.Write(tree, attributes);
}
