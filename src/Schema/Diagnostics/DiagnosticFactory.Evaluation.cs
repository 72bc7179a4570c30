namespace NovaForge.Schema.Diagnostics;

/// <summary>NF90xx: evaluation outputs, scoring input files and reports.</summary>
public static partial class DiagnosticFactory
{
    public static Diagnostic EvalInputNotFound(string file) =>
        Error("NF9001", $"'{file}' does not exist", "Check the path; relative paths are resolved from the current directory.", SourceSpan.At(file, 1, 1));

    public static Diagnostic EvalInputMalformedJson(string file, int line, int column, string problem) =>
        Error("NF9002", $"line {line} is not a JSON object: {problem}", "Each line of a JSONL file must be one complete JSON object; check for a missing quote, comma or brace, or a record split over two lines.", SourceSpan.At(file, line, Math.Max(column, 1)));

    public static Diagnostic EvalInputMissingField(string file, int line, string role, IEnumerable<string> tried, IEnumerable<string> present) =>
        Error("NF9003", $"line {line} has no {role} field (looked for {string.Join(", ", tried.Select(t => $"'{t}'"))})", $"Name the field with --{role}-field NAME; this row has: {OneOf(present.Order(StringComparer.Ordinal))}.", SourceSpan.At(file, line, 1));

    public static Diagnostic EvalInputWrongType(string file, int line, string field, string expected, string actual) =>
        Error("NF9004", $"line {line}: field '{field}' is {actual}, expected {expected}", "Predictions and references are strings; several references may be given as a list of strings.", SourceSpan.At(file, line, 1));

    public static Diagnostic EvalInputUnsupportedFormat(string file, string extension) =>
        Error("NF9005", $"cannot read '{extension}' files", "Give a .jsonl (one JSON object per line) or a .csv file with a header row.", SourceSpan.At(file, 1, 1));

    public static Diagnostic EvalInputMalformedCsv(string file, int line, string problem) =>
        Error("NF9006", $"line {line} is not valid CSV: {problem}", "Check the quoting on this line: a field containing commas, quotes or line breaks must be enclosed in double quotes, with inner quotes doubled.", SourceSpan.At(file, line, 1));

    public static Diagnostic EvalInputEmpty(string file) =>
        Warning("NF9007", "the file has no rows to score", "Check that this is the right file; blank lines are skipped.", SourceSpan.At(file, 1, 1));

    public static Diagnostic LabelOptionsConflict(IEnumerable<string> given) =>
        Error("NF9008", $"choose one way to extract labels; got {string.Join(" and ", given)}", "Use --labels A,B,C, or --label-regex RE, or --label-json-field NAME (with --labels A,B,C to name the field's values).");

    public static Diagnostic LabelRegexInvalid(string pattern, string problem) =>
        Error("NF9009", $"--label-regex '{pattern}' is not a valid regular expression: {problem}", "Use .NET regular expression syntax; put the label in a group named 'label' or in the first group, e.g. 'class: (\\w+)'.");

    public static Diagnostic EvalOutputFolderNotFound(string stage, string folder) =>
        Error("NF9010", $"stage '{stage}': evaluation output folder '{folder}' does not exist", "Run the stage first, or check the folder the runtime downloaded its results to.", SourceSpan.At(folder, 1, 1));

    public static Diagnostic EvalOutputEmpty(string stage, string folder) =>
        Warning("NF9011", $"stage '{stage}': no results_*.json, inference_output.jsonl, details parquet or judge_output.jsonl under '{folder}'", "Did the evaluation job finish? SageMaker writes its results into output.tar.gz; extract it into this folder.", SourceSpan.At(folder, 1, 1));

    public static Diagnostic EvalResultsMalformed(string file, string problem) =>
        Error("NF9012", $"the results file is not valid: {problem}", "A results file is JSON shaped {\"results\": {\"<task>\": {\"<metric>\": number, ...}}}; was it truncated?", SourceSpan.At(file, 1, 1));

    public static Diagnostic EvalDetailsUnreadable(string file, string problem) =>
        Error("NF9013", $"cannot read the details parquet: {problem}", "The file may be truncated or not a Parquet file; download it again.", SourceSpan.At(file, 1, 1));

    public static Diagnostic JudgmentInvalid(string file, int line, string problem) =>
        Error("NF9014", $"line {line}: {problem}", "A judgment row has prompt, response_a, response_b and preference_ab / preference_ba, each one of A, B, tie or error.", SourceSpan.At(file, line, 1));

    public static Diagnostic ReportStagesMissing() =>
        Error("NF9015", "there are no evaluation stages to report on", "Add an eval stage to the pipeline, or run one.");

    public static Diagnostic ByomMetricNotNumeric(string file, int line, string metric) =>
        Warning("NF9016", $"line {line}: metric '{metric}' is not a number and is skipped (here and on later lines)", "Per-example metrics, like a BYOM postprocess function's, are numbers: {\"metrics\": {\"NAME\": 0.5}}.", SourceSpan.At(file, line, 1));

    public static Diagnostic EvalInputUnreadable(string file, string reason) =>
        Error("NF9017", $"cannot read '{file}': {reason}", "Check the file's permissions and that it is not a directory.", SourceSpan.At(file, 1, 1));

    public static Diagnostic SegmentFieldNotFound(string file, string field) =>
        Warning("NF9018", $"no row has the metadata field '{field}' named by --segment-by, so it has no table", "Check the spelling: segments are the fields of a JSONL row's metadata object, or a CSV file's columns beside the prediction and reference.", SourceSpan.At(file, 1, 1));
}
