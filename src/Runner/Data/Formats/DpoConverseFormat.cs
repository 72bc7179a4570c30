using System.Text.Json;
using NovaForge.Runner.Data.Mapping;

namespace NovaForge.Runner.Data.Formats;

/// <summary>
/// DPO: Converse whose last assistant turn carries two <c>candidates</c>, labelled <c>preferred</c> (chosen) and
/// <c>non-preferred</c> (rejected), as the Nova user guide describes (the SDK has no DPO transformer).
/// </summary>
public sealed class DpoConverseFormat : IRowFormat
{
    public static DpoConverseFormat Instance { get; } = new();

    public string Name => "dpo";

    public IReadOnlyList<RowField> Required { get; } = [RowField.Query, RowField.Chosen, RowField.Rejected];

    public IReadOnlyList<RowField> Optional { get; } = [RowField.System];

    public bool ForbidsReservedKeywords => true;

    public void Write(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        if (row.IsConversation)
        {
            writer.WriteConverseAsIs(row);
            return;
        }

        writer.WriteStartObject();
        writer.WriteConverseHeader(row);
        writer.WriteStartArray("messages");
        writer.WriteConverseTurn("user", row[RowField.Query]);
        writer.WriteStartObject();
        writer.WriteString("role", "assistant");
        writer.WriteStartArray("candidates");
        WriteCandidate(writer, row, RowField.Chosen, "preferred");
        WriteCandidate(writer, row, RowField.Rejected, "non-preferred");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter writer, MappedRow row, RowField field, string label)
    {
        writer.WriteStartObject();
        writer.WriteContent(row[field]);
        writer.WriteString("preferenceLabel", label);
        writer.WriteEndObject();
    }
}
