using System.CommandLine;
using NovaForge.Schema.Interpolation;

namespace NovaForge.Runner.Cli;

/// <summary>Options several commands share, so they are spelled and described the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text for people, json for tools.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<string[]> Set()
    {
        var set = new Option<string[]>("--set")
        {
            Description = "Override a value in the pipeline: PATH=VALUE, e.g. runtime.kind=local or stages.sft.overrides.lr=1e-5. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.OneOrMore,
        };
        set.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (CommandLineSets.SyntaxProblem(token.Value) is { } problem)
                {
                    result.AddError($"--set '{token.Value}': {problem}. Write --set PATH=VALUE, e.g. --set stages.sft.overrides.lr=1e-5.");
                }
            }
        });
        return set;
    }

    public static Argument<string> Pipeline() => new("pipeline")
    {
        Description = "The pipeline file (YAML).",
    };
}
