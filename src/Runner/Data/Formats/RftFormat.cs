using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation.Conversations;

namespace NovaForge.Runner.Data.Formats;

/// <summary>
/// RFT (Nova 2 Lite), the OpenAI-style rows the SDK's transformer writes:
/// <c>{"id", "messages":[{"role":"system","content":S},{"role":"user","content":Q}], "reference_answer"?, ...extra}</c>.
/// The system message defaults to the SDK's prompt; the id defaults to the output row number, so the reward function
/// can always answer by id. A reference answer that is a JSON object stays an object. Rows that are conversations
/// already keep their keys; their roles are written in lower case, developer as system.
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

    /// <summary>
    /// A row that arrived in this format: the id first (the row number when it has none), then its keys as they were,
    /// except that message roles are written as <see cref="RftRoles.Normalize"/> spells them.
    /// </summary>
    private static void WriteAsIs(Utf8JsonWriter writer, MappedRow row, long rowNumber)
    {
        writer.WriteStartObject();
        var id = row.Record["id"];
        writer.WriteString("id", id.IsBlank ? rowNumber.ToString(CultureInfo.InvariantCulture) : id.Text);
        foreach (var column in row.Record.Columns.Names.Where(c => c != "id" && row.Record[c].Kind != DataValueKind.Missing))
        {
            writer.WritePropertyName(column);
            if (column == MappedRow.MessagesKey)
            {
                WriteMessages(writer, row.Record[column]);
            }
            else
            {
                row.Record[column].WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The messages as they were when every role is spelled as prepared rows spell it; otherwise rewritten with the roles normalized.</summary>
    private static void WriteMessages(Utf8JsonWriter writer, DataValue messages)
    {
        using var document = JsonDocument.Parse(messages.Text);
        if (document.RootElement.EnumerateArray().All(m => m.Get("role").StringOrNull() is not { } role || RftRoles.Normalize(role) == role))
        {
            messages.WriteTo(writer);
            return;
        }

        writer.WriteStartArray();
        foreach (var message in document.RootElement.EnumerateArray())
        {
            writer.WriteStartObject();
            foreach (var property in message.EnumerateObject())
            {
                if (property.NameEquals("role") && property.Value.ValueKind == JsonValueKind.String)
                {
                    writer.WriteString("role", RftRoles.Normalize(property.Value.GetString()!));
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string role, string content)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", content);
        writer.WriteEndObject();
    }
}
