using System.Text.Json;
using NovaForge.Runner.Data.Mapping;

namespace NovaForge.Runner.Data.Formats;

/// <summary>Continued pre-training: <c>{"text": T}</c>.</summary>
public sealed class CptFormat : IRowFormat
{
    public static CptFormat Instance { get; } = new();

    public string Name => "cpt";

    public IReadOnlyList<RowField> Required { get; } = [RowField.Text];

    public IReadOnlyList<RowField> Optional { get; } = [];

    public bool ForbidsReservedKeywords => false;

    public void Write(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        writer.WriteStartObject();
        writer.WriteText("text", row[RowField.Text]);
        writer.WriteEndObject();
    }
}
