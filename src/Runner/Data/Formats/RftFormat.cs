using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;

namespace NovaForge.Runner.Data.Formats;

/// <summary>
/// RFT (Nova 2 Lite), the OpenAI-style rows the SDK's transformer writes:
/// <c>{"id", "messages":[{"role":"system","content":S},{"role":"user","content":Q}], "reference_answer"?, ...extra}</c>.
/// The system message defaults to the SDK's prompt; the id defaults to the output row number, so the reward function
/// can always answer by id. A reference answer that is a JSON object stays an object.
/// </summary>
public sealed class RftFormat : IRowFormat
{
    public const string DefaultSystemPrompt = "You are a helpful AI assistant.";

    /// <summary>Keys of the row itself, which extra columns must not overwrite.</summary>
    public static IReadOnlySet<string> ReservedKeys { get; } = new HashSet<string>(StringComparer.Ordinal) { "id", "messages", "reference_answer", "tools" };

    public static RftFormat Instance { get; } = new();

    public string Name => "rft";

    public IReadOnlyList<RowField> Required { get; } = [RowField.Query];

    public IReadOnlyList<RowField> Optional { get; } = [RowField.Id, RowField.ReferenceAnswer];

    public bool ForbidsReservedKeywords => false;

    public void Write(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        if (row.IsConversation)
        {
            WriteAsIs(writer, row, rowNumber);
            return;
        }

        writer.WriteStartObject();
        var id = row[RowField.Id];
        writer.WriteString("id", id.IsBlank ? rowNumber.ToString(CultureInfo.InvariantCulture) : id.Text);
        writer.WriteStartArray("messages");
        var system = row[RowField.System];
        WriteMessage(writer, "system", system.IsBlank ? DefaultSystemPrompt : system.Text);
        WriteMessage(writer, "user", row[RowField.Query].Text);
        writer.WriteEndArray();
        var reference = row[RowField.ReferenceAnswer];
        if (!reference.IsBlank)
        {
            writer.WritePropertyName("reference_answer");
            if (reference.Kind == DataValueKind.Json)
            {
                reference.WriteTo(writer);
            }
            else
            {
                writer.WriteStringValue(reference.Text);
            }
        }

        foreach (var column in row.Map.ExtraColumns)
        {
            writer.WritePropertyName(column);
            row.Record[column].WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>A row that arrived in this format: the id first (the row number when it has none), then its keys as they were.</summary>
    private static void WriteAsIs(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        writer.WriteStartObject();
        var id = row.Record["id"];
        writer.WriteString("id", id.IsBlank ? rowNumber.ToString(CultureInfo.InvariantCulture) : id.Text);
        foreach (var column in row.Record.Columns.Names.Where(c => c != "id" && row.Record[c].Kind != DataValueKind.Missing))
        {
            writer.WritePropertyName(column);
            row.Record[column].WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string role, string content)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", content);
        writer.WriteEndObject();
    }
}
