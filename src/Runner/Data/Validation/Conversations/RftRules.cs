using System.Text.Json;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;
using static System.FormattableString;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// The SDK's checks for RFT rows that arrive as conversations already (OpenAI style): messages with optional role
/// (<see cref="RftRoles"/>) and content (non-empty text); a system message only first; at least one user message; an id
/// a non-empty string; a reference answer a non-empty string or object; tools declared as the SDK wants
/// (<see cref="ToolDeclarations.Rft"/>); id, reference_answer and tools in all rows or none. Other keys are kept.
/// </summary>
public static class RftRules
{
    public const string ToolsKey = "tools";

    public static void Check(MappedRow row, ProblemLog problems, OptionalFieldTracker optional)
    {
        var report = new RowProblems(row, problems, optional);
        var id = row.Record["id"];
        report.Observe("id", id.HasValue);
        if (id.HasValue && (!id.IsTextLike || id.IsBlank))
        {
            report.Invalid("id, when given, must be a non-empty string");
        }

        var reference = row.Record["reference_answer"];
        report.Observe("reference_answer", reference.HasValue);
        if (reference.HasValue && (reference.IsBlank || reference.Text == "{}" || reference.KindName == "array" || reference.Kind is DataValueKind.Number or DataValueKind.Boolean))
        {
            report.Invalid("reference_answer, when given, must be a non-empty string or object");
        }

        var tools = row.Record[ToolsKey];
        report.Observe(ToolsKey, tools.HasValue);
        if (tools.HasValue)
        {
            using var document = tools.Kind == DataValueKind.Json ? JsonDocument.Parse(tools.Text) : null;
            ToolDeclarations.Rft(document?.RootElement ?? default, report);
        }

        using var messages = JsonDocument.Parse(row.Record[MappedRow.MessagesKey].Text);
        CheckMessages(messages.RootElement, report);
    }

    private static void CheckMessages(JsonElement messages, RowProblems report)
    {
        if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            report.Roles("messages needs at least one message");
            return;
        }

        var users = 0;
        for (var i = 0; i < messages.GetArrayLength(); i++)
        {
            var message = messages[i];
            var where = Invariant($"messages[{i}]");
            if (message.ValueKind != JsonValueKind.Object)
            {
                report.Invalid($"{where} must be an object such as {{\"role\": \"user\", \"content\": ...}}");
                continue;
            }

            var role = message.Get("role");
            var normalized = role.IsString() ? RftRoles.Normalize(role.GetString()!) : null;
            if (role.Exists() && normalized is null)
            {
                report.Roles($"{where} has role {(role.IsString() ? $"'{role.GetString()}'" : role.Describe())}; roles are system, developer, user, assistant, tool and bot");
            }

            users += normalized == RftRoles.User ? 1 : 0;
            if (normalized == RftRoles.System && i > 0)
            {
                report.Roles($"{where} is a system message; it must come first");
            }

            var content = message.Get("content");
            if (content.Exists() && !content.IsFilledString())
            {
                report.Invalid($"{where}.content, when given, must be non-empty text");
            }
        }

        if (users == 0)
        {
            report.Roles("messages has no user message");
        }
    }
}
