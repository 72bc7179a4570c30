using NovaForge.Runner.Runtimes;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>Makes the reward function a stage names: its Python file run with python3, or a built-in.</summary>
public static class RewardFunctions
{
    /// <summary>
    /// The function, or the diagnostic saying why it cannot run locally. <paramref name="references"/> are the data's
    /// reference answers, from which exact_label takes its labels when the pipeline lists none.
    /// </summary>
    public static (IRewardFunction? Function, Diagnostic? Problem) Create(FunctionSpec spec, IEnumerable<string> references, Func<string, string?> environment, Action<string>? onOutput = null)
    {
        if (spec.PythonFile is { } file)
        {
            var process = new PythonFunctionProcess(Options(spec, file, environment, onOutput));
            return (new PythonRewardFunction(process, spec.BatchSize), null);
        }

        if (spec.Builtin == ExactLabelReward.BuiltinName)
        {
            var reward = new ExactLabelReward(spec.Labels.Count > 0 ? spec.Labels : references);
            return reward.Labels.Count > 0 ? (reward, null) : (null, DiagnosticFactory.ExactLabelNoLabels());
        }

        return (null, DiagnosticFactory.FunctionNotRunnableLocally(spec.Builtin is { } builtin ? $"the built-in function '{builtin}'" : $"the Lambda '{spec.LambdaArn}'"));
    }

    public static FunctionProcessOptions Options(FunctionSpec spec, string file, Func<string, string?> environment, Action<string>? onOutput) => new()
    {
        File = file,
        Handler = spec.Handler,
        WorkingDirectory = spec.WorkingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".",
        Timeout = TimeSpan.FromSeconds(Math.Max(1, spec.TimeoutSeconds)),
        Environment = environment,
        OnOutput = onOutput,
    };
}
