using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// Runs eval jobs on the local model and writes their output in the Nova evaluation container's layout (results
/// JSON, inference_output.jsonl, details parquet), so reports read local and SageMaker results alike: gen_qa (with a
/// BYOM processor when the stage has one), rft_eval (answers scored by the reward function) and llm_judge /
/// rubric_llm_judge (two stages' answers compared by <see cref="LocalJudge"/>). Benchmarks need Nova.
/// </summary>
public sealed class EvalExecutor(Func<string, string?>? environment = null) : ILocalJobExecutor
{
    public bool CanRun(JobRequest request) => request.Kind == "eval";

    public Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var spec = context.Request.Eval ?? new EvalJobSpec { Task = "gen_qa", Strategy = "gen_qa", Metric = "all" };
        var variables = environment ?? Environment.GetEnvironmentVariable;
        return spec.Task switch
        {
            "gen_qa" => GenQaEvaluation.RunAsync(context, spec, variables, cancellation),
            "rft_eval" => RftEvaluation.RunAsync(context, spec, variables, cancellation),
            "llm_judge" or "rubric_llm_judge" => JudgeEvaluation.RunAsync(context, spec, cancellation),
            _ => throw LocalJobFailure.From(DiagnosticFactory.EvalTaskNotLocal(spec.Task)),
        };
    }
}
