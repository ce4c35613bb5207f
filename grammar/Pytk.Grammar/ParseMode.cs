namespace Pytk.Grammar;

/// <summary>The `mode` argument of compile()/ast.parse(): what the source is and which root node comes back.</summary>
public enum ParseMode
{
    /// <summary>A module: returns Module.</summary>
    Exec,
    /// <summary>One expression: returns Expression.</summary>
    Eval,
    /// <summary>One interactive statement: returns Interactive.</summary>
    Single,
    /// <summary>A PEP 484 function type comment `(args) -> ret`: returns FunctionType.</summary>
    FuncType,
}
