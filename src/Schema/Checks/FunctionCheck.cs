using System.Text.RegularExpressions;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Checks;

/// <summary>Reward and processor functions exist where they are said to be, and can run on the chosen runtime.</summary>
public sealed partial class FunctionCheck : IPipelineCheck
{
    /// <summary>The built-in functions the runner provides.</summary>
    public static IReadOnlyList<string> Builtins { get; } = ["exact_label"];

    public void Run(CheckContext context)
    {
        var local = context.Pipeline.Runtime?.Kind != RuntimeKind.Sagemaker;
        foreach (var stage in context.Stages)
        {
            Check(context, stage.Rft?.Reward, context.StagePath(stage, "rft", "reward"), local);
            Check(context, stage.Eval?.Reward, context.StagePath(stage, "eval", "reward"), local);
            Check(context, stage.Eval?.Processor?.Function, context.StagePath(stage, "eval", "processor", "function"), local);
        }
    }

    private static void Check(CheckContext context, FunctionReference? function, Yaml.YamlPath path, bool local)
    {
        if (function is null)
        {
            return;
        }

        if (function.Python is { } file)
        {
            var at = path.Key("python").ToString();
            if (!file.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DiagnosticFactory.FunctionNotPython(at, file));
            }
            else if (context.Options.CheckFiles && !File.Exists(context.ResolveFile(file)))
            {
                context.Report(DiagnosticFactory.FunctionFileMissing(at, file));
            }
        }

        if (function.Builtin is { } builtin && !Builtins.Contains(builtin))
        {
            context.Report(DiagnosticFactory.UnknownBuiltin(path.Key("builtin").ToString(), builtin, Builtins));
        }

        if (function.Lambda is { } arn)
        {
            var at = path.Key("lambda").ToString();
            if (local)
            {
                context.Report(DiagnosticFactory.LambdaOnLocal(at));
            }
            else if (LambdaRegion().Match(arn) is { Success: true } match && context.Pipeline.Runtime?.Region is { } region && match.Groups[1].Value != region)
            {
                context.Report(DiagnosticFactory.LambdaRegionMismatch(at, match.Groups[1].Value, region));
            }
        }
    }

    [GeneratedRegex("^arn:aws[a-z-]*:lambda:([a-z0-9-]+):")]
    private static partial Regex LambdaRegion();
}
