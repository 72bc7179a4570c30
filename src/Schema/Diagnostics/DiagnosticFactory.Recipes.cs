namespace NovaForge.Schema.Diagnostics;

/// <summary>NF31xx: recipe selection and overrides (semantic); NF40xx: recipe templates and rendering.</summary>
public static partial class DiagnosticFactory
{
    public static Diagnostic KindNotAvailableForModel(string path, string stage, string kind, string model, IEnumerable<string> models) =>
        Error("NF3101", $"stage '{stage}': {kind} is only available for {Join(models)}, not {model}", "Change the pipeline's model, or remove the stage.", path: path);

    public static Diagnostic MethodNotAvailable(string path, string stage, string kind, string method, string model, IEnumerable<string> methods) =>
        Error("NF3102", $"stage '{stage}': {kind} with method '{method}' is not available for {model}", $"Use method: {OneOf(methods)}.", path: path);

    public static Diagnostic MethodNotApplicable(string path, string stage, string kind) =>
        Error("NF3103", $"stage '{stage}': {kind} has no LoRA or full-rank choice", "Remove 'method'.", path: path);

    public static Diagnostic PlatformNotAvailable(string path, string stage, string what, string platform, IEnumerable<string> platforms) =>
        Error("NF3104", $"stage '{stage}': {what} runs on {Join(platforms)} only, not on {platform}", $"Set runtime.platform: {platforms.First()}, or remove the stage.", path: path);

    public static Diagnostic InstanceTypeNotAllowed(string path, string stage, string type, string what, string platform, IEnumerable<string> allowed) =>
        Error("NF3105", $"stage '{stage}': {type} is not supported for {what} on {platform}", $"Use one of: {OneOf(allowed)}.", path: path);

    public static Diagnostic InstanceCountNotAllowed(string path, string stage, int count, string recipe, string platform, IEnumerable<int> allowed) =>
        Error("NF3106", Invariant($"stage '{stage}': {count} instances are not allowed for recipe {recipe} on {platform}"), $"Use one of: {OneOf(allowed.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)))}.", path: path);

    public static Diagnostic EvalTaskNotAvailableForModel(string path, string stage, string task, string model, IEnumerable<string> available) =>
        Error("NF3107", $"stage '{stage}': eval task '{task}' is not available for {model}", $"Tasks available for {model}: {OneOf(available, 20)}.", path: path);

    public static Diagnostic EvalStrategyNotAllowed(string path, string stage, string strategy, string task, IEnumerable<string> allowed) =>
        Error("NF3108", $"stage '{stage}': strategy '{strategy}' is not available for task '{task}'", $"Use {OneOf(allowed)}, or remove 'strategy' to use the task's own.", path: path);

    public static Diagnostic EvalMetricNotAllowed(string path, string stage, string metric, string task, string allowed) =>
        Error("NF3109", $"stage '{stage}': metric '{metric}' is not available for task '{task}'", $"Use '{allowed}', or remove 'metric'.", path: path);

    public static Diagnostic EvalSubtaskUnknown(string path, string stage, string subtask, string task, IEnumerable<string> subtasks) =>
        Error("NF3110", $"stage '{stage}': task '{task}' has no subtask '{subtask}'.{DidYouMean(Suggest.Closest(subtask, subtasks))}", $"Use one of: {OneOf(subtasks, 8)}, or remove 'subtask' to run them all.", path: path);

    public static Diagnostic EvalSubtaskNotSupported(string path, string stage, string task) =>
        Error("NF3111", $"stage '{stage}': task '{task}' has no subtasks", "Remove 'subtask'.", path: path);

    public static Diagnostic EvalProcessorNotAllowed(string path, string stage, string task) =>
        Error("NF3112", $"stage '{stage}': a processor only runs with task 'gen_qa', not '{task}'", "Remove 'processor', or use task: gen_qa.", path: path);

    public static Diagnostic EvalRewardMissing(string path, string stage) =>
        Error("NF3113", $"stage '{stage}': task 'rft_eval' scores answers with a reward function, and none is given", "Add 'reward:' with a python file, a lambda ARN or a builtin.", path: path);

    public static Diagnostic EvalRewardNotAllowed(string path, string stage, string task) =>
        Error("NF3114", $"stage '{stage}': a reward function is only used by task 'rft_eval', not '{task}'", "Remove 'reward', or use task: rft_eval.", path: path);

    public static Diagnostic UnknownOverride(string path, string stage, string key, string recipe, IEnumerable<string> known) =>
        Error("NF3120", $"stage '{stage}': recipe {recipe} has no parameter '{key}'.{DidYouMean(Suggest.Closest(key, known))}", $"Parameters of this recipe: {OneOf(known.Order(StringComparer.Ordinal), 40)}.", path: path);

    public static Diagnostic OverrideWrongType(string path, string stage, string key, string expected, string actual) =>
        Error("NF3121", $"stage '{stage}': '{key}' must be {expected}, got {actual}", expected.Contains("number", StringComparison.Ordinal) || expected.Contains("integer", StringComparison.Ordinal) ? "Write the number without quotes." : $"Give {expected}.", path: path);

    public static Diagnostic OverrideOutOfRange(string path, string stage, string key, string value, double? minimum, double? maximum) =>
        Error("NF3122", $"stage '{stage}': {key} {value} is out of range [{Format(minimum) ?? "-inf"}, {Format(maximum) ?? "inf"}]", "Choose a value inside the range this recipe allows.", path: path);

    public static Diagnostic OverrideNotInEnum(string path, string stage, string key, string value, IEnumerable<string> allowed) =>
        Error("NF3123", $"stage '{stage}': {key} {value} is not allowed by this recipe", $"Use one of: {OneOf(allowed)}.", path: path);

    public static Diagnostic OverrideNotMultiple(string path, string stage, string key, string value, double multipleOf) =>
        Error("NF3124", $"stage '{stage}': {key} {value} is not a multiple of {Format(multipleOf)}", $"Use a multiple of {Format(multipleOf)}.", path: path);

    public static Diagnostic OverrideSetTwice(string path, string stage, string name, string firstPath) =>
        Error("NF3125", $"stage '{stage}': '{name}' is set twice (first at {firstPath})", "Keep one of the two.", path: path);

    public static Diagnostic OverrideWrongBlock(string path, string stage, string key, string block, string group) =>
        Error("NF3126", $"stage '{stage}': '{key}' is not {Article(group)} {group} setting and cannot go under '{block}'", $"Move '{key}' to the stage's 'overrides'.", path: path);

    public static Diagnostic SaveStepsAboveMaxSteps(string path, string stage, long saveSteps, long maxSteps) =>
        Error("NF3127", Invariant($"stage '{stage}': save_steps {saveSteps} is greater than max_steps {maxSteps}, so no checkpoint would be saved on schedule"), "Make save_steps at most max_steps, or remove it to save at max_steps.", path: path);

    public static Diagnostic MinLrNotBelowLr(string path, string stage, string minLr, string lr) =>
        Error("NF3128", $"stage '{stage}': min_lr {minLr} must be lower than lr {lr}", "Lower min_lr or raise lr.", path: path);

    public static Diagnostic EpochsOnStepBasedModel(string path, string stage, string key, string model) =>
        Error("NF3129", $"stage '{stage}': {model} recipes count optimizer steps, not epochs; '{key}' has no place in them", "Use max_steps instead (steps = epochs x rows / global_batch_size).", path: path);

    public static Diagnostic MaxNewTokensNotBelowMaxLength(string path, string stage, long maxNewTokens, long maxLength) =>
        Error("NF3130", Invariant($"stage '{stage}': max_new_tokens {maxNewTokens} must be less than max_length {maxLength}, which also holds the prompt"), "Lower max_new_tokens or raise max_length.", path: path);

    public static Diagnostic WarmupNotBelowMaxSteps(string path, string stage, long warmupSteps, long maxSteps) =>
        Warning("NF3131", Invariant($"stage '{stage}': warmup_steps {warmupSteps} is not below max_steps {maxSteps}; the learning rate never leaves warmup"), "About 15% of max_steps is the usual warmup.", path: path);

    // Template problems name the stage being rendered (when there is one): one broken template breaks every stage using it.
    public static Diagnostic TemplateNotFound(SourceSpan at, string? stage, string template) =>
        Error("NF4001", $"{StagePrefix(stage)}recipe template '{template}' does not exist", "Templates are embedded from recipes/templates/; check the include name.", at);

    public static Diagnostic TemplatePathRejected(SourceSpan at, string? stage, string template) =>
        Error("NF4002", $"{StagePrefix(stage)}recipe template path '{template}' is not allowed", "Templates may include only other templates under recipes/templates/, by a relative name without '..'.", at);

    public static Diagnostic TemplateSyntax(SourceSpan at, string? stage, string problem) =>
        Error("NF4003", $"{StagePrefix(stage)}recipe template syntax error: {problem}", "Fix the template; see https://github.com/scriban/scriban/blob/master/doc/language.md.", at);

    public static Diagnostic TemplateRuntime(SourceSpan at, string? stage, string problem) =>
        Error("NF4004", $"{StagePrefix(stage)}recipe template error: {problem}", "A template may read only the values model (p, has, run, eval, recipe); check the name.", at);

    public static Diagnostic TemplateLimit(SourceSpan at, string? stage, string problem) =>
        Error("NF4005", $"{StagePrefix(stage)}recipe template stopped: {problem}", "Templates must not loop or recurse without bound.", at);

    /// <summary>Reported at the template line that wrote the offending output line, where that is known.</summary>
    public static Diagnostic RenderedRecipeInvalid(SourceSpan at, string? stage, string template, int outputLine, string problem) =>
        Error("NF4006", Invariant($"{StagePrefix(stage)}the recipe rendered from '{template}' is not valid YAML at its line {outputLine}: {problem}"), "Fix the template's indentation or quoting at this line.", at);

    private static string StagePrefix(string? stage) => stage is null ? string.Empty : $"stage '{stage}': ";

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
