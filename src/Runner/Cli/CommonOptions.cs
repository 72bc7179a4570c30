using System.CommandLine;

namespace NovaForge.Runner.Cli;

/// <summary>Options several commands share, so they are spelled and described the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text for people, json for tools.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a value in the pipeline: PATH=VALUE, e.g. runtime.kind=local or stages.sft.overrides.lr=1e-5. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Argument<string> Pipeline() => new("pipeline")
    {
        Description = "The pipeline file (YAML).",
    };
}
