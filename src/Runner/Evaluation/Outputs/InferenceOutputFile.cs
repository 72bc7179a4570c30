using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// <c>inference_output.jsonl</c>: one <c>{"prompt", "inference", "gold", "metadata"}</c> object per example, where
/// <c>inference</c> is the Python repr of the prediction list ("['text']") and <c>gold</c> a string (NovaForge writes
/// a JSON array of strings when a row has several references, and reads both).
/// </summary>
public static class InferenceOutputFile
{
    public static IEnumerable<EvalExample> Read(string file)
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
                row = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException e)
            {
                throw new EvaluationException(DiagnosticFactory.EvalInputMalformedJson(file, line, (int)(e.BytePositionInLine ?? 0) + 1, e.Message));
            }

            var inference = row["inference"] is JsonValue value && value.TryGetValue<string>(out var raw) ? raw : string.Empty;
            yield return new EvalExample(PredictionOf(inference), ReferencesOf(row["gold"]))
            {
                Prompt = StringOf(row["prompt"]),
                Metadata = StringOf(row["metadata"]),
            };
        }
    }

    public static void Write(string file, IEnumerable<EvalExample> examples)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
        foreach (var example in examples)
        {
            var row = new JsonObject
            {
                ["prompt"] = example.Prompt ?? string.Empty,
                ["inference"] = PythonLiteral.ReprList([example.Prediction]),
                ["gold"] = example.References.Count == 1 ? JsonValue.Create(example.References[0]) : new JsonArray([.. example.References.Select(r => (JsonNode)JsonValue.Create(r))]),
                ["metadata"] = example.Metadata,
            };
            writer.Write(row.ToJsonString(NovaJson.Options));
            writer.Write('\n');
        }
    }

    /// <summary>The first prediction of a repr'd list; text that is not a list literal is the prediction itself.</summary>
    public static string PredictionOf(string inference) =>
        PythonLiteral.TryParseStringList(inference) is { } list ? list.FirstOrDefault() ?? string.Empty : inference;

    private static IReadOnlyList<string> ReferencesOf(JsonNode? gold) => gold switch
    {
        JsonArray array => [.. array.Select(n => StringOf(n) ?? string.Empty)],
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        null => [],
        _ => [gold.ToJsonString()],
    };

    private static string? StringOf(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
