using System.Globalization;
using System.Text;

namespace NovaForge.Runner.Tests.Samples;

/// <summary>
/// Writes pipelines/data/stack-overflow-questions.csv: synthetic questions in the case study's shape (columns
/// Body, Y, system; labels HQ, LQ_EDIT, LQ_CLOSE). Deterministic; varied phrasing from mixed fragments with some
/// label noise, so a classifier can learn it but not perfectly, as with the real data.
/// </summary>
public static class StackOverflowSampleGenerator
{
    public const string SystemPrompt = "You are a Stack Overflow moderator. Classify the question's quality as HQ (high quality), LQ_EDIT (low quality, needs editing) or LQ_CLOSE (low quality, should be closed). Answer with the label only.";

    private static readonly string[] Languages = ["Python", "JavaScript", "C#", "Java", "Go", "Rust", "SQL", "TypeScript", "Kotlin", "PHP"];
    private static readonly string[] Topics = ["a dictionary", "an async function", "a REST client", "a regular expression", "a database query", "a unit test", "a generic method", "a file upload", "a date parser", "a websocket handler", "a thread pool", "a JSON serializer"];
    private static readonly string[] Errors = ["a NullReferenceException", "a KeyError", "a timeout", "an off-by-one result", "a deadlock", "a memory leak", "a segmentation fault", "an encoding error", "a 500 response", "a type mismatch"];
    private static readonly string[] Tried = ["I read the documentation for", "I searched for similar questions about", "I added logging around", "I wrote a minimal reproduction of", "I stepped through the debugger in", "I compared the behaviour with an older version of"];
    private static readonly string[] Code = ["for item in items:\n    result[item.id] = item", "const data = await fetch(url).then(r => r.json());", "var total = orders.Where(o => o.Paid).Sum(o => o.Amount);", "SELECT id, name FROM users WHERE created_at > $1;", "if err != nil {\n    return nil, err\n}", "let parsed: Vec<u32> = line.split(',').map(|s| s.parse().unwrap()).collect();"];
    private static readonly string[] Vague = ["what is the best way to learn", "can someone explain everything about", "which is better in your opinion", "give me a full tutorial for", "recommend a library for", "is it worth learning"];
    private static readonly string[] Sloppy = ["plz help my code not working", "i have problem with", "urgent!!! error in", "why this dont work", "help needed asap with", "my program crash with"];

    public static string Generate(int rows = 6000, int seed = 20240501)
    {
        var random = new Random(seed);
        var builder = new StringBuilder("Id,Body,Y,system\n");
        for (var i = 0; i < rows; i++)
        {
            var label = (i % 3) switch { 0 => "HQ", 1 => "LQ_EDIT", _ => "LQ_CLOSE" };
            var body = label switch
            {
                "HQ" => HighQuality(random),
                "LQ_EDIT" => NeedsEdit(random),
                _ => ShouldClose(random),
            };
            var written = random.NextDouble() < 0.12 ? (label switch { "HQ" => "LQ_EDIT", "LQ_EDIT" => "LQ_CLOSE", _ => "LQ_EDIT" }) : label;
            builder.Append(CultureInfo.InvariantCulture, $"{34_000_000 + (i * 7)},{Quote(body)},{written},{Quote(SystemPrompt)}\n");
        }

        return builder.ToString();
    }

    private static string HighQuality(Random random)
    {
        var language = Pick(random, Languages);
        return $"<p>I am writing {Pick(random, Topics)} in {language} and get {Pick(random, Errors)} when the input is empty.</p>\n"
            + $"<pre><code>{Pick(random, Code)}\n</code></pre>\n"
            + $"<p>{Pick(random, Tried)} {language}, but the behaviour is the same. Expected: the call returns an empty result. Actual: {Pick(random, Errors)}.</p>\n"
            + $"<p>How can I make {Pick(random, Topics)} handle this case?</p>";
    }

    private static string NeedsEdit(Random random)
    {
        var language = Pick(random, Languages).ToLowerInvariant();
        return $"{Pick(random, Sloppy)} {language} {Pick(random, Topics)} it gives {Pick(random, Errors)} {Pick(random, Code).Replace("\n", " ", StringComparison.Ordinal)} "
            + (random.NextDouble() < 0.5 ? "what i do wrong" : "pls fix") + (random.NextDouble() < 0.5 ? " thanks" : "");
    }

    private static string ShouldClose(Random random) =>
        $"{Pick(random, Vague)} {Pick(random, Languages)}{(random.NextDouble() < 0.5 ? " and " + Pick(random, Languages) : string.Empty)}? "
        + (random.NextDouble() < 0.5 ? "I want to become an expert fast." : "Please list all the resources.");

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
