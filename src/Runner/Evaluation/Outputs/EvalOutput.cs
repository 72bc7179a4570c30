using NovaForge.Runner.Evaluation.Judge;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// An evaluation output folder as found on disk: the results file (the newest results_*.json below it), the
/// per-example rows (details parquet files when present, they carry logprobs and per-example metrics; else
/// inference_output.jsonl) and NovaForge's judge_output.jsonl. Rows are read lazily, as a stream.
/// </summary>
public sealed class EvalOutput
{
    private EvalOutput(string folder, string? resultsFile, IReadOnlyList<string> detailsFiles, IReadOnlyList<string> inferenceFiles, string? judgmentsFile)
    {
        Folder = folder;
        ResultsFile = resultsFile;
        DetailsFiles = detailsFiles;
        InferenceFiles = inferenceFiles;
        JudgmentsFile = judgmentsFile;
    }

    public string Folder { get; }

    public string? ResultsFile { get; }

    public IReadOnlyList<string> DetailsFiles { get; }

    public IReadOnlyList<string> InferenceFiles { get; }

    public string? JudgmentsFile { get; }

    public bool HasExamples => DetailsFiles.Count > 0 || InferenceFiles.Count > 0;

    public bool IsEmpty => ResultsFile is null && !HasExamples && JudgmentsFile is null;

    /// <summary>Finds the files below <paramref name="folder"/> (recursively, as the SDK's rglob does).</summary>
    public static EvalOutput Open(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        var resultsFile = files.Where(f => Matches(f, "results_", ".json")).OrderBy(Path.GetFileName, StringComparer.Ordinal).LastOrDefault();
        return new EvalOutput(
            folder,
            resultsFile,
            [.. files.Where(f => Matches(f, "details_", ".parquet"))],
            [.. files.Where(f => Path.GetFileName(f) == EvalOutputLayout.InferenceOutputFileName)],
            files.FirstOrDefault(f => Path.GetFileName(f) == EvalOutputLayout.JudgmentsFileName));
    }

    public EvalResults? ReadResults() => ResultsFile is null ? null : EvalResults.Read(ResultsFile);

    public IEnumerable<EvalExample> Examples() =>
        DetailsFiles.Count > 0 ? DetailsFiles.SelectMany(DetailsParquetFile.Read) : InferenceFiles.SelectMany(InferenceOutputFile.Read);

    public IReadOnlyList<JudgmentRow> Judgments() => JudgmentsFile is { } file ? [.. Judge.JudgmentsFile.Read(file)] : [];

    private static bool Matches(string file, string prefix, string extension)
    {
        var name = Path.GetFileName(file);
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal);
    }
}
