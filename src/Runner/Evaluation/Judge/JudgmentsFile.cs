using System.Text.Json;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Evaluation.Judge;

/// <summary>Reads and writes <c>judge_output.jsonl</c>, one <see cref="JudgmentRow"/> per line.</summary>
public static class JudgmentsFile
{
    public static IEnumerable<JudgmentRow> Read(string file)
    {
        var line = 0;
        foreach (var text in File.ReadLines(file))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JudgmentRow? row;
            try
            {
                row = JsonSerializer.Deserialize<JudgmentRow>(text, NovaJson.Options);
            }
            catch (JsonException e)
            {
                throw new EvaluationException(DiagnosticFactory.JudgmentInvalid(file, line, e.Message));
            }

            yield return row ?? throw new EvaluationException(DiagnosticFactory.JudgmentInvalid(file, line, "the line is null"));
        }
    }

    public static void Write(string file, IEnumerable<JudgmentRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
        foreach (var row in rows)
        {
            writer.Write(JsonSerializer.Serialize(row, NovaJson.Options));
            writer.Write('\n');
        }
    }
}
