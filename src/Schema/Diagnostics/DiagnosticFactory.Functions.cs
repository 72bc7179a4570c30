namespace NovaForge.Schema.Diagnostics;

/// <summary>
/// NF80xx: user functions (reward functions, BYOM processors) run locally with python3 under the Lambda contract.
/// Each names the file (and line, when the user's code raised) and the sample it failed on.
/// </summary>
public static partial class DiagnosticFactory
{
    private const string RewardContract = "A reward handler takes a list of samples {id, messages, reference_answer} and returns a list of {\"id\": <the sample's id>, \"aggregate_reward_score\": <number>, \"metrics_list\": [{\"name\", \"value\", \"type\"}]}.";

    public static Diagnostic PythonNotFound(string file) =>
        Error("NF8001", $"cannot run '{Path.GetFileName(file)}': no Python interpreter (python3 or python) was found", "Install Python 3, or set NOVAFORGE_PYTHON to the interpreter's path.", At(file));

    public static Diagnostic FunctionLoadFailed(string file, string type, string message, int? line) =>
        Error("NF8002", $"cannot load '{Path.GetFileName(file)}': {type}: {message}", "Run 'python3 FILE' to see the error; the file must import cleanly.", At(file, line));

    public static Diagnostic HandlerMissing(string file, string handler) =>
        Error("NF8003", $"'{Path.GetFileName(file)}' has no function '{handler}'", "Define 'def lambda_handler(event, context):' in the file, or set 'handler:' to the function's name.", At(file));

    public static Diagnostic FunctionRaised(string file, string role, string sampleId, string type, string message, int? line) =>
        Error("NF8004", $"the {role} raised {type}: {message} (sample '{sampleId}')", "Fix the handler for this sample; 'novaforge reward test' runs it on a few rows without training.", At(file, line));

    public static Diagnostic FunctionTimedOut(string file, string role, double seconds, string sampleId, int batchSize) =>
        Error("NF8005", Invariant($"the {role} did not answer within {seconds:0.#} s for a batch of {batchSize} samples starting with sample '{sampleId}'"), "Make the handler faster, or raise 'timeout_seconds' (or lower 'batch_size') on the function.", At(file));

    public static Diagnostic FunctionCrashed(string file, string role, string sampleId, string output) =>
        Error("NF8006", $"the {role}'s Python process exited while scoring sample '{sampleId}'{(output.Length > 0 ? ": " + LastLine(output) : string.Empty)}", "Does the handler call exit() or crash the interpreter? Run it with python3 to see.", At(file));

    public static Diagnostic LambdaErrorReturned(string file, string role, string sampleId, string errorMessage) =>
        Error("NF8007", $"the {role} returned a Lambda error for the batch starting with sample '{sampleId}': {errorMessage}", "A dict with 'errorMessage' fails the whole batch, as on AWS Lambda; return a result per sample instead.", At(file));

    public static Diagnostic FunctionOutputNotJson(string file, string role, string sampleId, string message) =>
        Error("NF8008", $"the {role}'s output for the batch starting with sample '{sampleId}' is not JSON: {message}", "Return plain lists, dicts, strings and finite numbers (no NaN, sets or custom objects).", At(file));

    public static Diagnostic RewardOutputNotList(string file, string sampleId, string actual) =>
        Error("NF8010", $"the reward function returned {actual} for the batch starting with sample '{sampleId}', not a list", RewardContract, At(file));

    public static Diagnostic RewardItemMalformed(string file, int position, string problem) =>
        Error("NF8011", Invariant($"item {position} of the reward function's output {problem}"), RewardContract, At(file));

    public static Diagnostic RewardUnknownId(string file, string id) =>
        Error("NF8012", $"the reward function returned a score for id '{id}', which was not in its input", "Copy each sample's 'id' into its result unchanged.", At(file));

    public static Diagnostic RewardDuplicateId(string file, string id) =>
        Error("NF8013", $"the reward function returned two scores for sample '{id}'", "Return exactly one result per sample.", At(file));

    public static Diagnostic RewardMissingIds(string file, IReadOnlyList<string> ids) =>
        Error("NF8014", Invariant($"the reward function returned no score for sample '{ids[0]}'{(ids.Count > 1 ? $" and {ids.Count - 1} more" : string.Empty)}"), "Return one result per input sample, each with the sample's 'id'.", At(file));

    public static Diagnostic RewardScoreInvalid(string file, string id, string problem) =>
        Error("NF8015", $"sample '{id}': aggregate_reward_score {problem}", "Set 'aggregate_reward_score' to a finite number, e.g. 1.0 or -1.0.", At(file));

    public static Diagnostic RewardMetricsMalformed(string file, string id, string problem) =>
        Error("NF8016", $"sample '{id}': metrics_list {problem}", "metrics_list is optional; when given, it is a list of {\"name\": str, \"value\": number, \"type\": \"Metric\" or \"Reward\"}.", At(file));

    public static Diagnostic ExactLabelNoLabels() =>
        Error("NF8017", "the built-in reward exact_label has no labels: none are listed and the data has no reference answers", "List them: 'reward: { builtin: exact_label, labels: [A, B, C] }', or map 'reference_answer' (or 'response') in the dataset.");

    public static Diagnostic FunctionNotRunnableLocally(string what) =>
        Error("NF8018", $"{what} cannot run on the local runtime", "Give the function's source as 'python: FILE' (deployed as the Lambda on sagemaker), or use 'builtin: exact_label'.");

    public static Diagnostic ProcessorBadStatus(string file, string step, string sampleId, string status) =>
        Error("NF8020", $"the processor's {step} step returned statusCode {status} for sample '{sampleId}'", "Return {\"statusCode\": 200, \"body\": ...}, as the Nova evaluation container expects.", At(file));

    public static Diagnostic ProcessorBodyMalformed(string file, string step, string sampleId, string problem) =>
        Error("NF8021", $"the processor's {step} step returned a body that {problem} (sample '{sampleId}')", "preprocess returns {\"statusCode\": 200, \"body\": {\"prompt\", \"gold\", \"system\"}}; postprocess returns {\"statusCode\": 200, \"body\": [{\"metric\": str, \"value\": number}, ...]}.", At(file));

    private static SourceSpan? At(string file, int? line = null) => file.Length == 0 ? null : SourceSpan.At(file, line ?? 1, 1);

    private static string LastLine(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
}
