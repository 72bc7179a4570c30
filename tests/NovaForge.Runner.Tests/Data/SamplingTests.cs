using System.Text;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Sampling;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>Samples, split parts and mixes: exact counts, disjoint parts, deterministic for a seed.</summary>
public sealed class SamplingTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    public SamplingTests()
    {
        var csv = new StringBuilder("Body,Y\n");
        for (var i = 1; i <= 1000; i++)
        {
            csv.Append("question ").Append(i).Append(",label ").Append(i).Append('\n');
        }

        workspace.Write("q.csv", csv.ToString());
    }

    [Fact]
    public void Split_parts_have_exact_counts_never_overlap_and_keep_file_order()
    {
        var pipeline = Questions(sample: 470, split: new() { ["sft"] = 350, ["eval"] = 50, ["rft"] = 70 });

        var parts = new[] { "sft", "eval", "rft" }.ToDictionary(p => p, p => Queries(workspace.PrepareDataset(pipeline, $"questions.{p}", GenQaFormat.Instance)));

        Assert.Equal([350, 50, 70], parts.Values.Select(p => p.Count));
        Assert.Equal(470, parts.Values.SelectMany(p => p).Distinct().Count());
        Assert.All(parts.Values, p => Assert.Equal(p.OrderBy(Number), p));
    }

    [Fact]
    public void The_same_seed_selects_the_same_rows_and_another_seed_others()
    {
        var first = workspace.PrepareDataset(Questions(sample: 0.1), "questions", GenQaFormat.Instance);
        var again = workspace.PrepareDataset(Questions(sample: 0.1), "questions", GenQaFormat.Instance);
        var other = workspace.PrepareDataset(Questions(sample: 0.1, seed: 7), "questions", GenQaFormat.Instance);

        Assert.Equal(100, first.Rows);
        Assert.Equal(first.Sha256, again.Sha256);
        Assert.NotEqual(first.Sha256, other.Sha256);
    }

    [Fact]
    public void Fractions_that_add_up_to_one_place_every_row()
    {
        var plan = SelectionPlan.Create(10, null, new Dictionary<string, double> { ["a"] = 1 / 3.0, ["b"] = 1 / 3.0, ["c"] = 1 / 3.0 }, out _)!;

        Assert.Equal([4L, 3L, 3L], plan.Parts.Select(p => p.Count));
    }

    [Fact]
    public void Asking_for_more_rows_than_there_are_is_an_error_at_the_dataset()
    {
        var result = workspace.PrepareDataset(Questions(split: new() { ["a"] = 900, ["b"] = 200 }), "questions.a", GenQaFormat.Instance);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF5025", "datasets.questions"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Equal("dataset 'questions' asks for 1,100 rows but has 1,000", diagnostic.Message);
    }

    [Fact]
    public void A_mix_concatenates_its_parts_in_order_as_the_case_study_rft_data()
    {
        var pipeline = Questions(sample: 470, split: new() { ["sft"] = 350, ["eval"] = 50, ["rft"] = 70 }) with { };
        pipeline.Datasets!["rft_train"] = new DatasetDefinition { Mix = ["questions.rft", "questions.sft"] };

        var mixed = Queries(workspace.PrepareDataset(pipeline, "rft_train", RftFormat.Instance));
        var rft = Queries(workspace.PrepareDataset(pipeline, "questions.rft", RftFormat.Instance));
        var sft = Queries(workspace.PrepareDataset(pipeline, "questions.sft", RftFormat.Instance));

        Assert.Equal(420, mixed.Count);
        Assert.Equal(rft.Concat(sft), mixed);
    }

    [Fact]
    public void The_source_files_of_a_stage_are_listed_once_through_parts_and_mixes_without_reading_them()
    {
        var pipeline = Questions(split: new() { ["sft"] = 0.5, ["rft"] = 0.5 });
        pipeline.Datasets!["rft_train"] = new DatasetDefinition { Mix = ["questions.rft", "questions.sft"] };
        var stage = new StageDefinition { Id = "rft", Kind = StageKind.Rft, Dataset = "rft_train" };

        var files = workspace.Preparer(pipeline with { Stages = [stage] }).SourceFilesOf(stage);

        Assert.Equal([Path.Combine(workspace.Directory, "q.csv")], files.Select(f => f.FullPath));
    }

    [Fact]
    public void Unknown_parts_and_mix_cycles_are_reported_with_their_paths()
    {
        var pipeline = Questions(split: new() { ["train"] = 0.8, ["test"] = 0.2 });
        pipeline.Datasets!["a"] = new DatasetDefinition { Mix = ["b"] };
        pipeline.Datasets["b"] = new DatasetDefinition { Mix = ["a"] };

        var part = workspace.PrepareDataset(pipeline, "questions.tset", GenQaFormat.Instance);
        var cycle = workspace.PrepareDataset(pipeline, "a", GenQaFormat.Instance);

        Assert.Equal("dataset 'questions' has no split part 'tset'. Did you mean 'test'?", Assert.Single(part.Diagnostics).Message);
        Assert.Equal(("NF3014", "datasets.b.mix[0]"), (Assert.Single(cycle.Diagnostics).Code, cycle.Diagnostics[0].YamlPath));
    }

    [Fact]
    public void Selection_is_uniform_enough_that_each_half_of_the_file_gets_its_share()
    {
        var rows = Queries(workspace.PrepareDataset(Questions(sample: 500), "questions", GenQaFormat.Instance));

        Assert.InRange(rows.Count(r => Number(r) <= 500), 200, 300);
    }

    public void Dispose() => workspace.Dispose();

    private static int Number(string query) => int.Parse(query["question ".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Queries(Runner.Data.Preparation.PreparedDataset result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return [.. File.ReadLines(result.Path).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).Select(row => row.TryGetProperty("query", out var q) ? q.GetString()! : row.GetProperty("messages")[1].GetProperty("content").GetString()!)];
    }

    private static PipelineDefinition Questions(double? sample = null, Dictionary<string, double>? split = null, int? seed = null) =>
        DataWorkspace.Pipeline("nova-lite-2", new()
        {
            ["questions"] = new() { Source = "q.csv", Columns = new() { Query = "Body", Response = "Y" }, Sample = sample, Split = split, Seed = seed },
        });
}
