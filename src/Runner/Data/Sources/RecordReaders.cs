using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Sources;

/// <summary>Opens the reader for a source file's format.</summary>
public static class RecordReaders
{
    /// <summary>The reader, positioned before the first row; null when the file cannot be opened (a fatal problem is logged).</summary>
    public static IRecordReader? Open(DataSourceFile source, ProblemLog problems) => source.Format switch
    {
        DataFormat.Csv => CsvRecordReader.Open(source, problems),
        DataFormat.Jsonl => JsonlRecordReader.Open(source, problems),
        _ => ParquetRecordReader.Open(source, problems),
    };
}
