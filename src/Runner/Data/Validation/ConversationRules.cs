using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// The SDK's checks for rows that arrive as conversations already. Converse (SFT, DPO): only schemaVersion, system
/// and messages; roles user and assistant strictly alternating from the user and ending with the assistant; text
/// content only, not empty, free of reserved keywords; for DPO the last assistant turn holds one preferred and one
/// non-preferred candidate. RFT: roles system, user, assistant; a system message only first; at least one user
/// message; content, when given, not blank; a reference answer a non-empty string or object; an id a non-empty string.
/// </summary>
public static class ConversationRules
{
    public const string ConverseSchemaVersion = "bedrock-conversation-2024";

    private static readonly HashSet<string> ConverseKeys = new(StringComparer.Ordinal) { "schemaVersion", "system", MappedRow.MessagesKey };
    private static readonly HashSet<string> RftRoles = new(StringComparer.Ordinal) { "system", "user", "assistant" };

    public static void CheckConverse(MappedRow row, bool preference, bool forbidKeywords, ProblemLog problems, OptionalFieldTracker optional)
    {
        var report = new Reporter(row, problems);
        foreach (var key in Keys(row).Where(k => !ConverseKeys.Contains(k)))
        {
            report.Invalid($"unexpected key '{key}' (a Converse row has schemaVersion, system and messages)");
        }

        var version = row.Record["schemaVersion"];
        if (version.HasValue && (version.Kind != DataValueKind.String || version.Text != ConverseSchemaVersion))
        {
            report.Invalid($"schemaVersion must be '{ConverseSchemaVersion}'");
        }

        var system = row.Record["system"];
        optional.Observe(RowField.System, system.HasValue, row, problems);
        if (system.HasValue && system.Kind != DataValueKind.Json)
        {
            report.Invalid("system must be a list of {\"text\": ...} blocks");
        }
        else if (system.HasValue)
        {
            using var blocks = JsonDocument.Parse(system.Text);
            CheckTextBlocks(blocks.RootElement, "system", forbidKeywords, report);
        }

        using var messages = JsonDocument.Parse(row.Record[MappedRow.MessagesKey].Text);
        var turns = messages.RootElement;
        if (turns.ValueKind != JsonValueKind.Array || turns.GetArrayLength() < 2)
        {
            report.Roles("messages needs a user turn and an assistant turn");
            return;
        }

        var count = turns.GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            var turn = turns[i];
            var where = Invariant($"messages[{i}]");
            var expected = i % 2 == 0 ? "user" : "assistant";
            var role = RoleOf(turn);
            if (role != expected)
            {
                report.Roles($"{where} has role '{role}'; expected '{expected}'");
                continue;
            }

            if (preference && i == count - 1)
            {
                CheckCandidates(turn, where, forbidKeywords, report);
            }
            else if (turn.TryGetProperty("content", out var content))
            {
                CheckTextBlocks(content, $"{where}.content", forbidKeywords, report);
            }
            else
            {
                report.Invalid($"{where} has no content");
            }
        }

        if (count % 2 != 0)
        {
            report.Roles("the last turn must be the assistant's");
        }
    }

    public static void CheckOpenAi(MappedRow row, ProblemLog problems, OptionalFieldTracker optional)
    {
        var report = new Reporter(row, problems);
        var id = row.Record["id"];
        optional.Observe(RowField.Id, id.HasValue, row, problems);
        if (id.HasValue && (!id.IsTextLike || id.IsBlank))
        {
            report.Invalid("id, when given, must be a non-empty string");
        }

        var reference = row.Record["reference_answer"];
        optional.Observe(RowField.ReferenceAnswer, reference.HasValue, row, problems);
        if (reference.HasValue && (reference.IsBlank || reference.Text == "{}" || reference.KindName == "array" || reference.Kind is DataValueKind.Number or DataValueKind.Boolean))
        {
            report.Invalid("reference_answer, when given, must be a non-empty string or object");
        }

        using var messages = JsonDocument.Parse(row.Record[MappedRow.MessagesKey].Text);
        var turns = messages.RootElement;
        if (turns.ValueKind != JsonValueKind.Array || turns.GetArrayLength() == 0)
        {
            report.Roles("messages needs at least one message");
            return;
        }

        var users = 0;
        for (var i = 0; i < turns.GetArrayLength(); i++)
        {
            var turn = turns[i];
            var where = Invariant($"messages[{i}]");
            var role = RoleOf(turn);
            if (role is not null && !RftRoles.Contains(role))
            {
                report.Roles($"{where} has role '{role}'; roles are system, user and assistant");
            }

            users += role == "user" ? 1 : 0;
            if (role == "system" && i > 0)
            {
                report.Roles($"{where} is a system message; it must come first");
            }

            if (turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("content", out var content) && (content.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(content.GetString())))
            {
                report.Invalid($"{where}.content, when given, must be non-empty text");
            }
        }

        if (users == 0)
        {
            report.Roles("messages has no user message");
        }
    }

    private static void CheckCandidates(JsonElement turn, string where, bool forbidKeywords, Reporter report)
    {
        if (!turn.TryGetProperty("candidates", out var candidates) || candidates.ValueKind != JsonValueKind.Array)
        {
            report.Invalid($"{where}, the last assistant turn, needs 'candidates' (preferred and non-preferred)");
            return;
        }

        var labels = new List<string?>();
        for (var i = 0; i < candidates.GetArrayLength(); i++)
        {
            var candidate = candidates[i];
            labels.Add(candidate.ValueKind == JsonValueKind.Object && candidate.TryGetProperty("preferenceLabel", out var label) ? label.ToString() : null);
            if (candidate.ValueKind == JsonValueKind.Object && candidate.TryGetProperty("content", out var content))
            {
                CheckTextBlocks(content, Invariant($"{where}.candidates[{i}].content"), forbidKeywords, report);
            }
        }

        if (labels.Count != 2 || !labels.Contains("preferred") || !labels.Contains("non-preferred"))
        {
            report.Invalid($"{where}.candidates must be one 'preferred' and one 'non-preferred' candidate");
        }
    }

    /// <summary>A list of <c>{"text": ...}</c> blocks: other kinds are refused, the text must not all be blank, keywords are checked.</summary>
    private static void CheckTextBlocks(JsonElement blocks, string where, bool forbidKeywords, Reporter report)
    {
        if (blocks.ValueKind != JsonValueKind.Array)
        {
            report.Invalid($"{where} must be a list of {{\"text\": ...}} blocks");
            return;
        }

        var text = 0;
        var unsupported = false;
        foreach (var block in blocks.EnumerateArray())
        {
            var other = block.ValueKind == JsonValueKind.Object ? block.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "text") : "non-object";
            if (other is not null)
            {
                report.Unsupported(other);
                unsupported = true;
                continue;
            }

            if (!block.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
            {
                report.Invalid($"{where} has a block without text");
                continue;
            }

            var content = value.GetString()!;
            text += content.Trim().Length;
            if (forbidKeywords && ReservedKeywords.Find(content) is { } keyword)
            {
                report.Keyword(where, keyword);
            }
        }

        if (text == 0 && !unsupported)
        {
            report.Empty(where);
        }
    }

    private static string? RoleOf(JsonElement turn) =>
        turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String ? role.GetString() : null;

    private static IEnumerable<string> Keys(MappedRow row) => row.Record.Columns.Names.Where(c => row.Record[c].Kind != DataValueKind.Missing);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds the row's diagnostics, all located at the row's first line (a JSONL row is one line).</summary>
    private readonly struct Reporter(MappedRow row, ProblemLog problems)
    {
        public void Roles(string problem) => problems.Report(DiagnosticFactory.RoleOrder(row.Position.At(), row.Record.Row, problem));

        public void Invalid(string problem) => problems.Report(DiagnosticFactory.ConversationInvalid(row.Position.At(), row.Record.Row, problem));

        public void Unsupported(string kind) => problems.Report(DiagnosticFactory.ContentNotSupported(row.Position.At(), row.Record.Row, kind));

        public void Keyword(string where, string keyword) => problems.Report(DiagnosticFactory.ReservedKeyword(row.Position.At(), row.Record.Row, where, MappedRow.MessagesKey, keyword));

        public void Empty(string where) => problems.Report(DiagnosticFactory.FieldEmpty(row.Position.At(), row.Record.Row, where, MappedRow.MessagesKey));
    }
}
