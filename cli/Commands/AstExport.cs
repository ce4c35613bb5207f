using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>The non-text formats of dump-ast, delegated to Pytk.Syntax's exporters.</summary>
static class AstExport
{
    public static string Dot(AstNode tree, bool attributes) => AstDot.Write(tree, attributes);
}
