using System.Text.Json;
using NovaForge.Runner.Data.Mapping;

namespace NovaForge.Runner.Data.Formats;

/// <summary>Evaluation (gen_qa, bring your own data): <c>{"query","response","system"?,"metadata"?}</c>; metadata is a string.</summary>
public sealed class GenQaFormat : IRowFormat
{
    public static GenQaFormat Instance { get; } = new();

    public string Name => "eval (gen_qa)";

    public IReadOnlyList<RowField> Required { get; } = [RowField.Query, RowField.Response];

    public IReadOnlyList<RowField> Optional { get; } = [RowField.System, RowField.Metadata];

    public bool ForbidsReservedKeywords => false;

    public void Write(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        writer.WriteStartObject();
        writer.WriteText("query", row[RowField.Query]);
        writer.WriteText("response", row[RowField.Response]);
        var system = row[RowField.System];
        if (!system.IsBlank)
        {
            writer.WriteText("system", system);
        }

        var metadata = row[RowField.Metadata];
        if (!metadata.IsBlank)
        {
            // A metadata object from JSONL or Parquet is passed on as its JSON text: the container wants a string.
            writer.WriteText("metadata", metadata);
        }

        writer.WriteEndObject();
    }
}
