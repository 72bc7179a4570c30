using System.Text.Json;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;
using static System.FormattableString;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// The SDK's checks for Converse rows that arrive as conversations already (SFT; DPO uses the same shape, whose last
/// assistant turn holds one preferred and one non-preferred candidate). A row has schemaVersion, system, toolConfig
/// and messages only; roles alternate user, assistant, ... from the user and end with the assistant; each turn's
/// content follows <see cref="ConverseContent"/>; tools are declared in toolConfig (Nova 2) and called and answered in
/// order (<see cref="ToolLedger"/>); system and the optional content kinds are in all rows or none. Media pass every
/// check that can be made on the row, then are reported as unsupported: the rest of the SDK's checks read the objects.
/// </summary>
public static class ConverseRules
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "schemaVersion", "system", RowWriting.ToolConfigKey, MappedRow.MessagesKey };

    public static void Check(MappedRow row, bool preference, bool forbidKeywords, ConversationModel model, ProblemLog problems, OptionalFieldTracker optional)
    {
        var report = new RowProblems(row, problems, optional);
        foreach (var key in row.Record.Columns.Names.Where(c => row.Record[c].Kind != DataValueKind.Missing && !Keys.Contains(c)))
        {
            report.Invalid($"unexpected key '{key}' (a Converse row has schemaVersion, system, toolConfig and messages)");
        }

        var version = row.Record["schemaVersion"];
        if (version.HasValue && (version.Kind != DataValueKind.String || version.Text != RowWriting.ConverseSchemaVersion))
        {
            report.Invalid($"schemaVersion must be '{RowWriting.ConverseSchemaVersion}'");
        }

        var system = row.Record["system"];
        report.Observe("system", system.HasValue);
        if (system.HasValue)
        {
            CheckSystem(system, forbidKeywords, report);
        }

        var declared = Declared(row.Record[RowWriting.ToolConfigKey], model, report);
        var features = new ConverseFeatures();
        var content = new ConverseContent(model, forbidKeywords, new ToolLedger(declared, report), features, report);
        using var messages = JsonDocument.Parse(row.Record[MappedRow.MessagesKey].Text);
        CheckTurns(messages.RootElement, preference, content, report);

        foreach (var kind in ConverseFeatures.OptionalKinds)
        {
            report.Observe(kind, features.Has(kind));
        }

        if (!report.Any && features.FirstMedia is { } media)
        {
            report.Unsupported(media.Where, media.Kind, ConverseContent.ChecksOn(media.Kind));
        }
    }

    private static void CheckTurns(JsonElement turns, bool preference, ConverseContent content, RowProblems report)
    {
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
            var role = turn.Get("role").StringOrNull();
            if (role != expected)
            {
                report.Roles($"{where} has role '{role}'; expected '{expected}'");
                continue;
            }

            if (preference && i == count - 1)
            {
                CheckCandidates(turn, where, i, content, report);
            }
            else if (turn.Get("content").Exists())
            {
                content.Check(turn.Get("content"), role, i, $"{where}.content");
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

    /// <summary>The system prompt: a list of {"text": ...} blocks, not all blank, free of reserved keywords when asked.</summary>
    private static void CheckSystem(DataValue system, bool forbidKeywords, RowProblems report)
    {
        using var document = system.Kind == DataValueKind.Json ? JsonDocument.Parse(system.Text) : null;
        var blocks = document?.RootElement ?? default;
        if (blocks.ValueKind != JsonValueKind.Array || blocks.EnumerateArray().Any(b => !b.Get("text").IsString()))
        {
            report.Invalid("system must be a list of {\"text\": ...} blocks");
            return;
        }

        if (blocks.EnumerateArray().All(b => string.IsNullOrWhiteSpace(b.Get("text").GetString())))
        {
            report.Empty("system");
        }

        foreach (var block in blocks.EnumerateArray())
        {
            if (forbidKeywords && ReservedKeywords.Find(block.Get("text").GetString()!) is { } keyword)
            {
                report.Keyword("system", keyword);
            }
        }
    }

    /// <summary>The tool names the row declares; null when it has no toolConfig (which Nova 1 models cannot take).</summary>
    private static HashSet<string>? Declared(DataValue toolConfig, ConversationModel model, RowProblems report)
    {
        if (!toolConfig.HasValue)
        {
            return null;
        }

        if (model.IsNova1)
        {
            report.NotForModel("toolConfig declares tools", model.Name!, ConversationModel.Lite2);
        }

        if (toolConfig.Kind != DataValueKind.Json)
        {
            report.Tools("toolConfig must be {\"tools\": [...]}");
            return [];
        }

        using var document = JsonDocument.Parse(toolConfig.Text);
        return ToolDeclarations.Converse(document.RootElement, report);
    }

    private static void CheckCandidates(JsonElement turn, string where, int index, ConverseContent content, RowProblems report)
    {
        var candidates = turn.Get("candidates");
        if (candidates.ValueKind != JsonValueKind.Array)
        {
            report.Invalid($"{where}, the last assistant turn, needs 'candidates' (preferred and non-preferred)");
            return;
        }

        var labels = new List<string?>();
        for (var i = 0; i < candidates.GetArrayLength(); i++)
        {
            var candidate = candidates[i];
            labels.Add(candidate.Get("preferenceLabel").StringOrNull());
            if (candidate.Get("content").Exists())
            {
                content.Check(candidate.Get("content"), "assistant", index, Invariant($"{where}.candidates[{i}].content"));
            }
        }

        if (labels.Count != 2 || !labels.Contains("preferred") || !labels.Contains("non-preferred"))
        {
            report.Invalid($"{where}.candidates must be one 'preferred' and one 'non-preferred' candidate");
        }
    }
}
