using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Sources;

/// <summary>A data file to read: where it is, how to show it in messages, its format and (for CSV) its delimiter.</summary>
public sealed record DataSourceFile(string FullPath, string DisplayPath, DataFormat Format, string Delimiter = ",")
{
    /// <summary>The format a file's extension implies, or null.</summary>
    public static DataFormat? InferFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" or ".tsv" => DataFormat.Csv,
        ".jsonl" or ".ndjson" => DataFormat.Jsonl,
        ".parquet" or ".pq" => DataFormat.Parquet,
        _ => null,
    };

    /// <summary>The delimiter to use when none is set: a tab for .tsv files, a comma otherwise.</summary>
    public static string DefaultDelimiter(string path) =>
        Path.GetExtension(path).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",";
}
