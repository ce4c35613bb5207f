using Pytk.Syntax;

namespace Pytk.Cli;

/// <summary>The non-text formats of dump-ast, delegated to Pytk.Syntax's exporters.</summary>
static class AstExport
{
    public static string Json(AstNode tree, bool attributes) =>
        throw new UsageException("--format json is not available yet");

    public static string Dot(AstNode tree, bool attributes) =>
        throw new UsageException("--format dot is not available yet");
}
