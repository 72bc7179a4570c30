using System.Globalization;
using System.Text;
using NovaForge.Runner.Data.Sampling;

namespace NovaForge.Bench.Data;

/// <summary>
/// Writes a Stack Overflow question-quality shaped CSV (Body, Y, system), the same bytes for the same row count:
/// bodies of several sentences with commas, doubled quotes and line breaks (so most fields are quoted and span lines),
/// labels HQ / LQ_EDIT / LQ_CLOSE, and a quoted system prompt holding commas. About 500 bytes a row.
/// </summary>
public static class CaseStudyCsv
{
    private const string SystemPrompt = "Classify the quality of this Stack Overflow question as HQ, LQ_EDIT or LQ_CLOSE.";

    private static readonly string[] Labels = ["HQ", "LQ_EDIT", "LQ_CLOSE"];

    private static readonly string[] Words =
    [
        "array", "function", "returns", "null", "when", "the", "list", "is", "empty", "compiler", "error", "thread",
        "pointer", "string", "value", "loop", "index", "exception", "server", "request", "response", "timeout", "query",
        "database", "column", "type", "generic", "interface", "method", "class", "module", "import", "package", "build",
        "version", "python", "javascript", "react", "docker", "linux", "memory", "leak", "async", "await", "callback",
    ];

    public static int Write(string path, long rows)
    {
        var random = new SeededRandom(20240601);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Body,Y,system\n");
        var body = new StringBuilder(1024);
        for (var row = 1L; row <= rows; row++)
        {
            body.Clear();
            body.Append(CultureInfo.InvariantCulture, $"Question {row}: ");
            var sentences = 2 + (int)random.NextBelow(4);
            for (var s = 0; s < sentences; s++)
            {
                Sentence(body, random);
                body.Append(random.NextBelow(3) == 0 ? "\n" : " ");
            }

            body.Append("I tried \"\"").Append(Words[random.NextBelow(Words.Length)]).Append("()\"\", with no luck.\nAny idea, anyone?");
            writer.Write('"');
            writer.Write(body);
            writer.Write("\",");
            writer.Write(Labels[random.NextBelow(Labels.Length)]);
            writer.Write(",\"");
            writer.Write(SystemPrompt);
            writer.Write("\"\n");
        }

        return 0;
    }

    private static void Sentence(StringBuilder body, SeededRandom random)
    {
        var words = 8 + (int)random.NextBelow(12);
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.NextBelow(Words.Length)];
            body.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            body.Append(w == words - 1 ? "." : random.NextBelow(6) == 0 ? ", " : " ");
        }
    }
}
