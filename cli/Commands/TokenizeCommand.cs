namespace Pytk.Cli;

/// <summary>`pytk tokenize [-e] [FILE|-]`: placeholder until the tokenizer lands.</summary>
public static class TokenizeCommand
{
    public static int Run(CliContext ctx, string[] args)
    {
        throw new UsageException("tokenize is not implemented yet");
    }
}
