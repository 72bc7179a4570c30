namespace NovaForge.Schema.Model;

/// <summary>Infers a dataset's format from its file extension.</summary>
public static class DataFormats
{
    public static DataFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" or ".tsv" => DataFormat.Csv,
        ".jsonl" or ".ndjson" or ".json" => DataFormat.Jsonl,
        ".parquet" or ".pq" => DataFormat.Parquet,
        _ => null,
    };

    /// <summary>The effective format and delimiter of a dataset with a source file.</summary>
    public static (DataFormat? Format, string Delimiter) Of(DatasetDefinition dataset) =>
        (dataset.Format ?? (dataset.Source is null ? null : FromExtension(dataset.Source)),
         dataset.Delimiter ?? (Path.GetExtension(dataset.Source ?? string.Empty).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ","));
}
