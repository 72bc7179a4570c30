using System.Text.Json;
using NovaForge.Runner.Data.Mapping;

namespace NovaForge.Runner.Data.Formats;

/// <summary>
/// SFT in the Converse format, the same for Nova 1 and Nova 2 text:
/// <c>{"schemaVersion":"bedrock-conversation-2024","system":[{"text":S}]?,"messages":[user, assistant]}</c>.
/// </summary>
public sealed class SftConverseFormat : IRowFormat
{
    public static SftConverseFormat Instance { get; } = new();

    public string Name => "sft";

    public IReadOnlyList<RowField> Required { get; } = [RowField.Query, RowField.Response];

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
        writer.WriteConverseTurn("assistant", row[RowField.Response]);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
