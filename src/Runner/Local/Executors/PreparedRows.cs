using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// Reads a job's prepared JSONL files (already in the Nova row format of the stage's method) into what the local
/// model trains and answers on: Converse rows for SFT and DPO, RFT rows, gen_qa rows, CPT texts. A row that does not
/// have its format's shape fails the job with the file and line.
/// </summary>
public static class PreparedRows
{
    /// <summary>The files of one channel (train, validation, eval) of a job, in order.</summary>
    public static IReadOnlyList<string> Files(JobRequest request, params string[] channels) =>
        [.. request.Data.Where(d => channels.Contains(d.Channel, StringComparer.Ordinal)).Select(d => d.Location)];

    /// <summary>Converse rows: the prompt is the system text and every turn before the last, the response the final assistant turn.</summary>
    public static IEnumerable<SupervisedExample> Supervised(IEnumerable<string> files) =>
        Rows(files).Select(r =>
        {
            var messages = r.Row["messages"] as JsonArray;
            if (messages is not { Count: >= 2 } || MessageText.Of(messages[^1]?["content"]) is not { } response || Role(messages[^1]) != "assistant")
            {
                throw Malformed(r, "has no final assistant message");
            }

            return new SupervisedExample(new Prompt(MessageText.Of(r.Row["system"]), Conversation(messages.Take(messages.Count - 1))), response);
        });

    /// <summary>Converse rows whose last assistant turn carries a preferred and a non-preferred candidate.</summary>
    public static IEnumerable<PreferencePair> Preferences(IEnumerable<string> files) =>
        Rows(files).Select(r =>
        {
            var messages = r.Row["messages"] as JsonArray ?? throw Malformed(r, "has no messages");
            var last = messages.LastOrDefault(m => Role(m) == "assistant" && m?["candidates"] is JsonArray) ?? throw Malformed(r, "has no assistant turn with candidates");
            var candidates = (JsonArray)last["candidates"]!;
            string? Candidate(string label) => candidates.FirstOrDefault(c => c?["preferenceLabel"]?.GetValue<string>() == label) is { } c ? MessageText.Of(c["content"]) : null;
            var chosen = Candidate("preferred") ?? throw Malformed(r, "has no preferred candidate");
            var rejected = Candidate("non-preferred") ?? throw Malformed(r, "has no non-preferred candidate");
            var before = messages.TakeWhile(m => !ReferenceEquals(m, last));
            return new PreferencePair(new Prompt(MessageText.Of(r.Row["system"]), Conversation(before)), chosen, rejected);
        });

    /// <summary>RFT rows: messages (system, user, ...) and reference_answer; the id is the row's own or its position.</summary>
    public static IEnumerable<RftRow> Rft(IEnumerable<string> files) =>
        Rows(files).Select(r =>
        {
            var messages = r.Row["messages"] as JsonArray ?? throw Malformed(r, "has no messages");
            var system = MessageText.LastOf(messages, "system", "developer");
            var query = Conversation(messages.Where(m => Role(m) is not ("system" or "developer")));
            var id = r.Row["id"] is JsonValue value ? (value.TryGetValue<string>(out var text) ? text : value.ToJsonString()) : string.Create(CultureInfo.InvariantCulture, $"row-{r.Number}");
            var reference = r.Row["reference_answer"] switch
            {
                null => null,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                var other => other.ToJsonString(),
            };
            return new RftRow(id, new Prompt(system, query), reference, r.Row);
        });

    /// <summary>gen_qa rows: query, response, optional system and metadata (a string, passed through as is).</summary>
    public static IEnumerable<EvalRow> Eval(IEnumerable<string> files) =>
        Rows(files).Select(r =>
        {
            var query = Text(r.Row["query"]) ?? throw Malformed(r, "has no 'query'");
            var response = Text(r.Row["response"]) ?? throw Malformed(r, "has no 'response'");
            var metadata = r.Row["metadata"] switch
            {
                null => null,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                var other => other.ToJsonString(),
            };
            return new EvalRow(r.Number - 1, new Prompt(Text(r.Row["system"]), query), response, metadata, r.Row);
        });

    /// <summary>CPT rows: {"text": ...}.</summary>
    public static IEnumerable<string> Texts(IEnumerable<string> files) =>
        Rows(files).Select(r => Text(r.Row["text"]) ?? throw Malformed(r, "has no 'text'"));

    private static IEnumerable<(string File, int Line, int Number, JsonObject Row)> Rows(IEnumerable<string> files)
    {
        var number = 0;
        foreach (var file in files)
        {
            var line = 0;
            foreach (var text in File.ReadLines(file))
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                JsonObject row;
                try
                {
                    row = JsonNode.Parse(text) as JsonObject ?? throw LocalJobFailure.From(DiagnosticFactory.PreparedRowMalformed(file, line, "is not a JSON object"));
                }
                catch (JsonException e)
                {
                    throw LocalJobFailure.From(DiagnosticFactory.PreparedRowMalformed(file, line, "is not valid JSON: " + e.Message));
                }

                yield return (file, line, ++number, row);
            }
        }
    }

    private static string Conversation(IEnumerable<JsonNode?> messages) =>
        string.Join("\n", messages.Select(m => MessageText.Of(m?["content"])).Where(t => !string.IsNullOrEmpty(t)));

    private static string? Role(JsonNode? message) => message?["role"] is JsonValue role && role.TryGetValue<string>(out var name) ? name : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static Runtimes.Local.LocalJobException Malformed((string File, int Line, int Number, JsonObject Row) row, string problem) =>
        LocalJobFailure.From(DiagnosticFactory.PreparedRowMalformed(row.File, row.Line, problem));
}
