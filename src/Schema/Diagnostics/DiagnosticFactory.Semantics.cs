namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic DuplicateStageId(string path, string id) =>
        Error("NF3001", $"stage id '{id}' is used twice", "Give every stage a unique id.", path: path);

    public static Diagnostic UnknownStage(string path, string id, IEnumerable<string> known) =>
        Error("NF3002", $"there is no stage '{id}'.{DidYouMean(Suggest.Closest(id, known))}", $"Use 'base' or the id of an earlier stage: {OneOf(known)}.", path: path);

    public static Diagnostic NotATrainingStage(string path, string id, string kind) =>
        Error("NF3003", $"stage '{id}' is {(kind.StartsWith('e') ? "an" : "a")} {kind} stage and produces no model", "'from' names 'base' or a training stage (sft, dpo, rft, cpt).", path: path);

    public static Diagnostic StageCycle(string path, IEnumerable<string> cycle) =>
        Error("NF3004", $"stages depend on each other in a cycle: {string.Join(" -> ", cycle)}", "A stage can only use models and answers of stages that do not depend on it.", path: path);

    public static Diagnostic NotAnEvalStage(string path, string id) =>
        Error("NF3005", $"stage '{id}' is not an eval stage", "A judge compares the answers of two eval stages.", path: path);

    public static Diagnostic DeployNeedsTrainedModel(string path) =>
        Error("NF3006", "a deploy stage needs a trained model", "Set 'from' to the training stage whose checkpoint to deploy.", path: path);

    public static Diagnostic UnknownDataset(string path, string name, IEnumerable<string> known) =>
        Error("NF3010", $"there is no dataset '{name}'.{DidYouMean(Suggest.Closest(name, known))}", known.Any() ? $"Defined datasets: {OneOf(known)}." : "Define it under 'datasets:'.", path: path);

    public static Diagnostic UnknownSplitPart(string path, string dataset, string part, IEnumerable<string> parts) =>
        Error("NF3011", $"dataset '{dataset}' has no split part '{part}'.{DidYouMean(Suggest.Closest(part, parts))}", parts.Any() ? $"Its parts: {OneOf(parts)}." : $"Add 'split:' to dataset '{dataset}' to define parts.", path: path);

    public static Diagnostic DatasetRequired(string path, string id, string why) =>
        Error("NF3012", $"stage '{id}' needs a dataset: {why}", "Set 'dataset:' to a dataset name or 'name.part'.", path: path);

    public static Diagnostic DatasetIgnored(string path, string id, string task) =>
        Warning("NF3013", $"stage '{id}' runs the built-in benchmark '{task}', which does not read 'dataset'", "Remove 'dataset', or use task gen_qa to evaluate on your own data.", path: path);

    public static Diagnostic DatasetCycle(string path, IEnumerable<string> cycle) =>
        Error("NF3014", $"datasets mix each other in a cycle: {string.Join(" -> ", cycle)}", "A mix can only use datasets that do not use it.", path: path);

    public static Diagnostic BadSplit(string path, string dataset, string problem) =>
        Error("NF3015", $"dataset '{dataset}': {problem}", "Give every part a row count (>= 1), or every part a fraction (< 1) with fractions summing to at most 1.", path: path);

    public static Diagnostic ColumnMappingRequired(string path, string dataset, string field, string why) =>
        Error("NF3016", $"dataset '{dataset}' does not map '{field}', which {why}", $"Add 'columns: {{ {field}: <column name> }}' to dataset '{dataset}'.", path: path);

    public static Diagnostic FieldNotInUnmappedFile(string path, string dataset, string file, string field, string why, bool conversations) =>
        Error(
            "NF3029",
            conversations
                ? $"dataset '{dataset}' has no 'columns', and the first rows of '{file}' have neither '{field}' nor 'messages' (a conversation), which {why}"
                : $"dataset '{dataset}' has no 'columns', and '{file}' has no column '{field}', which {why}",
            conversations
                ? $"Map a column with 'columns: {{ {field}: <column name> }}', name a column '{field}', or give each row 'messages' in the stage's conversation format."
                : $"Map a column with 'columns: {{ {field}: <column name> }}', or name a column '{field}' in the file.",
            path: path);

    public static Diagnostic DataFileMissing(string path, string file) =>
        Error("NF3017", $"data file '{file}' does not exist", "Paths are relative to the pipeline file.", path: path);

    public static Diagnostic UnknownDataFormat(string path, string file) =>
        Error("NF3018", $"cannot tell the format of '{file}' from its extension", "Set 'format:' to csv, jsonl or parquet.", path: path);

    public static Diagnostic ColumnNotInFile(string path, string column, string file, IEnumerable<string> columns) =>
        Error("NF3019", $"column '{column}' is not in '{file}'.{DidYouMean(Suggest.Closest(column, columns))}", $"Its columns: {OneOf(columns)}.", path: path);

    public static Diagnostic DataFileUnreadable(string path, string file, string problem) =>
        Error("NF3028", $"cannot read the columns of '{file}': {problem}", "Check that the file is the format it claims to be.", path: path);

    public static Diagnostic RuntimeSettingRequired(string path, string setting, string why) =>
        Error("NF3020", $"the sagemaker runtime needs '{setting}': {why}", $"Set 'runtime.{setting}', or run on this machine with --set runtime.kind=local.", path: path);

    public static Diagnostic StorageNotS3(string path, string storage) =>
        Error("NF3021", $"storage '{storage}' is not an S3 URI; sagemaker jobs read and write S3", "Use 's3://bucket/prefix'.", path: path);

    public static Diagnostic HyperpodClusterRequired(string path) =>
        Error("NF3022", "platform 'hyperpod' needs the cluster", "Add 'runtime.hyperpod: { cluster: NAME }'.", path: path);

    public static Diagnostic IgnoredOnLocal(string path, string what) =>
        Info("NF3023", $"{what} is ignored on the local runtime", "It applies when the pipeline runs on sagemaker.", path: path);




    public static Diagnostic JudgeRequired(string path, string task) =>
        Error("NF3033", $"task {task} compares two stages' answers and needs 'judge'", "Add 'judge: { baseline: STAGE, challenger: STAGE }' naming two eval stages.", path: path);

    public static Diagnostic JudgeNotAllowed(string path, string task) =>
        Error("NF3034", $"'judge' is only for llm_judge and rubric_llm_judge, not {task}", "Remove 'judge' or change the task.", path: path);


    public static Diagnostic FunctionFileMissing(string path, string file) =>
        Error("NF3040", $"function file '{file}' does not exist", "Paths are relative to the pipeline file.", path: path);

    public static Diagnostic FunctionNotPython(string path, string file) =>
        Error("NF3041", $"'{file}' is not a Python file (.py)", "Reward and processor functions are Python files with a Lambda-style handler.", path: path);

    public static Diagnostic UnknownBuiltin(string path, string name, IEnumerable<string> known) =>
        Error("NF3042", $"there is no built-in function '{name}'.{DidYouMean(Suggest.Closest(name, known))}", $"Built-ins: {OneOf(known)}.", path: path);

    public static Diagnostic LambdaOnLocal(string path) =>
        Error("NF3043", "a Lambda ARN cannot be called on the local runtime", "Give the function's source with 'python: FILE' (the same file is deployed as the Lambda on sagemaker).", path: path);

    public static Diagnostic LambdaRegionMismatch(string path, string lambdaRegion, string region) =>
        Warning("NF3044", $"the Lambda is in {lambdaRegion} but jobs run in {region}", "SageMaker jobs call the Lambda across regions only if its policy allows; deploy it in the jobs' region.", path: path);

    public static Diagnostic UnsupportedEndpointSetting(string path, string setting, string value, string model, string instanceType, string supported) =>
        Error("NF3050", $"{setting}={value} is not supported for {model} on {instanceType}", $"Supported (context length, concurrency) tiers: {supported}.", path: path);

    public static Diagnostic EndpointInstanceUnsupported(string path, string model, string instanceType, IEnumerable<string> supported) =>
        Error("NF3051", $"{model} cannot be hosted on {instanceType}", $"Hosting instance types for {model}: {OneOf(supported)}.", path: path);

    public static Diagnostic ModelUnitsRequired(string path) =>
        Error("NF3052", "bedrock-provisioned deployments need 'model_units'", "Add 'model_units: 1' (or more) under 'deploy'.", path: path);

    public static Diagnostic BadEnvironmentValue(string path, string name, string expected) =>
        Error("NF3053", $"{name} must be {expected}", "Fix the value.", path: path);

    public static Diagnostic BudgetExceeded(string path, string what, string planned, string limit) =>
        Error("NF3060", $"the run would submit {planned} {what}, over the budget of {limit}", "Raise the budget, lower max_runtime or instance counts, or run fewer stages (--only, --to).", path: path);
}
