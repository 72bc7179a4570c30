namespace NovaForge.Schema.Diagnostics;

/// <summary>NF81xx: the local runtime's model, jobs and endpoints.</summary>
public static partial class DiagnosticFactory
{
    public static Diagnostic PreparedRowMalformed(string file, int line, string problem) =>
        Error("NF8101", $"row {line} of the prepared data {problem}", "The prepared file is written by the runner from your dataset; delete the .novaforge/prepared folder and run again. If it persists, report it.", SourceSpan.At(file, line, 1));

    public static Diagnostic CheckpointUnreadable(string path, string reason) =>
        Error("NF8102", $"cannot load the local checkpoint '{path}': {reason}", "The upstream stage's output is missing or damaged; rerun it (delete its job folder under .novaforge/jobs, or change nothing and run with --force).");

    public static Diagnostic NoData(string stage, string channel) =>
        Error("NF8103", $"stage '{stage}' has no {channel} data", "Give the stage a dataset with at least one row.");

    public static Diagnostic EndpointNotFound(string endpoint, string pipeline) =>
        Error("NF8104", $"the local endpoint '{endpoint}' does not exist yet", $"Run the pipeline first: novaforge run {pipeline}");

    public static Diagnostic NoDeployStage(string pipeline) =>
        Error("NF8105", $"pipeline '{pipeline}' has no deploy stage", "Add a stage with 'kind: deploy', or name the stage to serve with --stage.");

    public static Diagnostic StageOptionUnknown(string option, string id, IEnumerable<string> known) =>
        Error("NF8106", $"there is no stage '{id}'.{DidYouMean(Suggest.Closest(id, known))}", $"{option} takes a stage id: {OneOf(known)}.");

    public static Diagnostic ModelCannotAnswer(string path) =>
        Error("NF8107", $"the local model in '{path}' has no responses to give: it was never fine-tuned (continued pre-training alone learns no answers)", "Deploy or evaluate a stage trained with sft, dpo or rft.");

    public static Diagnostic EvalTaskNotLocal(string task) =>
        Error("NF8108", $"the local model cannot run the benchmark '{task}'", "On the local runtime use task gen_qa (your dataset), rft_eval or llm_judge; benchmarks run on sagemaker.");

    public static Diagnostic JudgeOutputMissing(string which, string path) =>
        Error("NF8109", $"the {which} stage's evaluation output '{path}' is missing", "Run that eval stage first; the judge compares the answers it wrote.");

    public static Diagnostic ServeBindFailed(int port, string reason) =>
        Error("NF8110", Invariant($"cannot listen on 127.0.0.1:{port}: {reason}"), "Choose another port with --port, or --port 0 for any free one.");

    public static Diagnostic RewardTestNeedsReward(string path, string stage) =>
        Error("NF8111", $"stage '{stage}' has no reward function to test", "Name an rft stage (or an eval stage with task rft_eval).", path: path);

    public static Diagnostic RewardTestNoRows(string stage) =>
        Error("NF8112", $"stage '{stage}' has no data rows to test the reward on", "Check the stage's dataset.");
}
