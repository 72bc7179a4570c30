using System.Text.Json.Nodes;
using NovaForge.Runner.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Evaluation.Cli;

public sealed class MetricsCommandTests : IDisposable
{
    private static readonly string Here = Path.Combine(RepositoryPaths.Root, "tests", "NovaForge.Runner.Tests", "Evaluation", "Cli");
    private readonly string directory = Directory.CreateTempSubdirectory("nf-metrics-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Text_output_matches_its_golden_file()
    {
        var result = await CliRunner.RunAsync(Here, "metrics", "metrics-input.jsonl", "--labels", "HQ,LQ_EDIT,LQ_CLOSE");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Golden.AssertMatches(Path.Combine(Here, "metrics-output.golden.md"), result.Output);
    }

    [Fact]
    public async Task Json_output_has_the_metrics_with_standard_errors()
    {
        var result = await CliRunner.RunAsync(Here, "metrics", "metrics-input.jsonl", "--format", "json", "--labels", "HQ,LQ_EDIT,LQ_CLOSE");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(5, json["rows"]!.GetValue<int>());

        // Exact match: rows 2 and 5 ("LQ_EDIT" vs its first reference, "HQ" vs "HQ") -> 2/5.
        Assert.Equal(0.4, json["metrics"]!["em"]!["value"]!.GetValue<double>(), 12);
        Assert.True(json["metrics"]!["em"]!["standard_error"]!.GetValue<double>() > 0);
        Assert.Equal(0.6, json["metrics"]!["label_accuracy"]!["value"]!.GetValue<double>(), 12);
        Assert.Equal(0.25, json["metrics"]!["tone"]!["value"]!.GetValue<double>());
        Assert.Equal(2, json["analysis"]!["calibration"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Csv_input_is_read_by_header()
    {
        var file = Path.Combine(directory, "rows.csv");
        await File.WriteAllTextAsync(file, "id,prediction,gold,metadata\n1,\"Paris, France\",\"Paris, France\",easy\n2,Lyon,Paris,hard\n");

        var result = await CliRunner.RunAsync(directory, "metrics", "rows.csv", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0.5, JsonNode.Parse(result.Output)!["metrics"]!["em"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Csv_columns_beside_prediction_and_reference_are_segments()
    {
        var file = Path.Combine(directory, "rows.csv");
        var note = new string('x', 101);
        // 'gold' is a name the reference may take: a second answer column, not a category.
        await File.WriteAllTextAsync(file, $"prediction,reference,gold,difficulty,domain,note,metadata\nParis,Paris,Paris,easy,geo,{note},\"{{\"\"source\"\": \"\"atlas\"\"}}\"\nLyon,Paris,Paris,hard,geo,,\nRome,Rome,Rome,easy,history,short,\n");

        var result = await CliRunner.RunAsync(directory, "metrics", "rows.csv", "--format", "json");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var segments = Segments(result.Output);
        Assert.Equal(["difficulty", "domain", "note", "source"], segments.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("easy", 2L, 1.0), ("hard", 1L, 0.0)], segments["difficulty"]);
        Assert.Equal([("geo", 2L, 0.5), ("history", 1L, 1.0)], segments["domain"]);
        Assert.Equal([("short", 1L, 1.0)], segments["note"]);
        Assert.Equal([("atlas", 1L, 1.0)], segments["source"]);
    }

    [Fact]
    public async Task Segment_by_keeps_the_named_fields_and_warns_about_unknown_ones()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.csv"), "prediction,reference,difficulty,domain\nParis,Paris,easy,geo\nLyon,Paris,hard,geo\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.jsonl"), "{\"prediction\": \"a\", \"reference\": \"a\", \"metadata\": {\"difficulty\": \"easy\", \"domain\": \"geo\"}}\n");

        var csv = await CliRunner.RunAsync(directory, "metrics", "rows.csv", "--format", "json", "--segment-by", "domain");
        var jsonl = await CliRunner.RunAsync(directory, "metrics", "rows.jsonl", "--format", "json", "--segment-by", "difficulty,level");

        Assert.Equal(["domain"], Segments(csv.Output).Keys);
        Assert.Equal(["difficulty"], Segments(jsonl.Output).Keys);
        Assert.StartsWith("rows.jsonl(1,1): warning NF9018: no row has the metadata field 'level'", jsonl.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"prediction\": \"a\", \"reference\": \"b\"}\n{\"prediction\": \"a\" \"reference\": \"b\"}\n", "rows.jsonl(2,20): error NF9002: line 2 is not a JSON object")]
    [InlineData("{\"pred\": \"a\", \"reference\": \"b\"}\n", "rows.jsonl(1,1): error NF9003: line 1 has no prediction field (looked for 'prediction', 'response', 'inference')")]
    [InlineData("{\"prediction\": \"a\", \"gold\": 3}\n", "rows.jsonl(1,1): error NF9004: line 1: field 'gold' is a number, expected a string or a list of strings")]
    [InlineData("[1, 2]\n", "rows.jsonl(1,1): error NF9002: line 1 is not a JSON object: the line holds a JSON array")]
    public async Task Bad_rows_are_diagnostics_with_file_and_line(string content, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.jsonl"), content);

        var result = await CliRunner.RunAsync(directory, "metrics", "rows.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("= hint:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.jsonl", new string[0], "NF9001")]
    [InlineData("rows.txt", new string[0], "NF9005")]
    [InlineData("rows.jsonl", new[] { "--labels", "A,B", "--label-regex", "x" }, "NF9008")]
    [InlineData("rows.jsonl", new[] { "--label-regex", "(unclosed" }, "NF9009")]
    [InlineData("broken.csv", new string[0], "NF9006")]
    [InlineData("nofields.csv", new string[0], "NF9003")]
    public async Task Bad_input_and_options_are_diagnostics(string file, string[] options, string code)
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.jsonl"), "{\"prediction\": \"a\", \"reference\": \"b\"}\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.txt"), "a\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "broken.csv"), "prediction,reference\n\"a,b\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "nofields.csv"), "x,y\n1,2\n");

        var result = await CliRunner.RunAsync(directory, ["metrics", file, .. options]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error {code}:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_numeric_per_example_metrics_are_skipped_with_one_warning()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "rows.jsonl"), "{\"prediction\": \"a\", \"reference\": \"a\", \"metrics\": {\"tone\": \"high\", \"len\": 1}}\n{\"prediction\": \"a\", \"reference\": \"a\", \"metrics\": {\"tone\": \"low\", \"len\": 3}}\n");

        var result = await CliRunner.RunAsync(directory, "metrics", "rows.jsonl", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("rows.jsonl(1,1): warning NF9016: line 1: metric 'tone' is not a number", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("NF9016", StringComparison.Ordinal));
        Assert.Equal(2.0, JsonNode.Parse(result.Output)!["metrics"]!["len"]!["value"]!.GetValue<double>());
    }

    /// <summary>Per segment field, its rows as (value, count, exact match).</summary>
    private static Dictionary<string, List<(string, long, double)>> Segments(string output) =>
        JsonNode.Parse(output)!["analysis"]!["segments"]!.AsArray().ToDictionary(
            t => t!["field"]!.GetValue<string>(),
            t => t!["rows"]!.AsArray().Select(r => (r!["value"]!.GetValue<string>(), r["count"]!.GetValue<long>(), r["metrics"]!["em"]!["value"]!.GetValue<double>())).ToList());

    [Fact]
    public async Task Json_format_reports_diagnostics_as_json()
    {
        var result = await CliRunner.RunAsync(directory, "metrics", "missing.jsonl", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("NF9001", JsonNode.Parse(result.Output)!["diagnostics"]![0]!["code"]!.GetValue<string>());
    }
}
