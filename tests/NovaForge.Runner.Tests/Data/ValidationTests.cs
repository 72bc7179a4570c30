using System.Text;
using System.Text.Json;
using NovaForge.Runner.Data.Formats;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>Row checks (at least the SDK's), each problem located, the first N listed and the rest counted.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    [Fact]
    public void Reserved_keywords_are_rejected_in_sft_text_with_row_line_and_column()
    {
        workspace.Write("q.csv", "Body,Y\nfine,HQ\n\"User: why?\",HQ\nok,Assistant: done [EOS]\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "Body", Response = "Y" });

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["q.csv(3,1): error NF5043: row 2: 'query' (column 'Body') contains the reserved keyword 'User:'", "q.csv(4,4): error NF5043: row 3: 'response' (column 'Y') contains the reserved keyword 'Assistant:'"],
            result.Diagnostics.Select(d => d.ToCanonicalString()));
    }

    [Fact]
    public void Reserved_keywords_are_allowed_in_evaluation_data()
    {
        workspace.Write("q.csv", "Body,Y\n\"User: why?\",HQ\n");

        var result = Prepare(StageKind.Eval, new ColumnMapping { Query = "Body", Response = "Y" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Blank_text_and_missing_values_are_errors_naming_the_field_and_column()
    {
        workspace.Write("q.jsonl", "{\"q\":\"a\",\"r\":\"b\"}\n{\"q\":\"  \\t \",\"r\":\"b\"}\n{\"q\":\"a\"}\n{\"q\":\"a\",\"r\":null}\n{\"q\":{\"nested\":1},\"r\":\"b\"}\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "q", Response = "r" }, source: "q.jsonl");

        Assert.Equal(
            ["row 2: 'query' (column 'q') is empty", "row 3: no value for 'response' (column 'r')", "row 4: no value for 'response' (column 'r')", "row 5: 'query' (column 'q') is a JSON object, not text"],
            result.Diagnostics.Select(d => d.Message));
        Assert.Equal([2, 3, 4, 5], result.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void A_csv_problem_points_at_the_line_and_character_where_its_field_starts()
    {
        workspace.Write("q.csv", "Body,Y\nfine,HQ\n\"a question\nover two lines\",\" \"\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "Body", Response = "Y" });

        Assert.Equal(["q.csv(4,17): error NF5041: row 2: 'response' (column 'Y') is empty"], result.Diagnostics.Select(d => d.ToCanonicalString()));
    }

    [Fact]
    public void An_optional_field_must_be_in_all_rows_or_none()
    {
        workspace.Write("q.csv", "Body,Y,sys\na,HQ,\nb,HQ,be brief\nc,HQ,\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "Body", Response = "Y", System = "sys" });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NF5044", diagnostic.Code);
        Assert.Equal("row 2 has 'system' but row 1 of q.csv has none: an optional field must be in all rows or in none", diagnostic.Message);
        Assert.Equal((3, 6), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_system_prompt_fills_rows_without_a_system_value()
    {
        workspace.Write("q.csv", "Body,Y,sys\na,HQ,\nb,HQ,be brief\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "Body", Response = "Y", System = "sys" }, systemPrompt: "Classify.");

        Assert.True(result.Succeeded);
        Assert.Contains("\"system\":[{\"text\":\"Classify.\"}]", DataWorkspace.Read(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_field_the_mapping_leaves_out_is_reported_once_at_the_columns()
    {
        workspace.Write("q.csv", "Body,Y\na,b\n");

        var result = Prepare(StageKind.Dpo, new ColumnMapping { Query = "Body", Chosen = "Y" }, model: "nova-lite");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF3016", "datasets.data.columns"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Contains("'rejected'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_columns_fields_come_from_columns_of_their_own_names()
    {
        workspace.Write("q.csv", "query,response\nWhy?,Because.\n");

        var result = Prepare(StageKind.Sft, columns: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("{\"schemaVersion\":\"bedrock-conversation-2024\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Why?\"}]},{\"role\":\"assistant\",\"content\":[{\"text\":\"Because.\"}]}]}\n", DataWorkspace.Read(result));
    }

    [Fact]
    public void Without_columns_a_header_lacking_a_field_is_one_error_at_the_source()
    {
        workspace.Write("q.csv", "query,answer\nWhy?,Because.\n");

        var result = Prepare(StageKind.Sft, columns: null);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF3029", "datasets.data.source"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Equal("dataset 'data' has no 'columns', and 'q.csv' has no column 'response', which sft rows need", diagnostic.Message);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_one_error_before_any_row()
    {
        workspace.Write("q.csv", "Body,Y\na,b\n");

        var result = Prepare(StageKind.Sft, new ColumnMapping { Query = "body", Response = "Y" });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF5005", 1), (diagnostic.Code, diagnostic.Location!.Line));
        Assert.Contains("Did you mean 'Body'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StageKind.Rft, "nova-lite", "NF5027")]
    [InlineData(StageKind.Dpo, "nova-lite-2", "NF5027")]
    public void Rft_is_for_nova_lite_2_and_dpo_for_nova_1(StageKind kind, string model, string code)
    {
        workspace.Write("q.csv", "Body,Y\na,b\n");

        var result = Prepare(kind, new ColumnMapping { Query = "Body", Response = "Y", Chosen = "Body", Rejected = "Y" }, model: model);

        Assert.Equal((code, "model"), (result.Diagnostics[0].Code, result.Diagnostics[0].YamlPath));
    }

    [Fact]
    public void A_training_stage_needs_at_least_global_batch_size_rows()
    {
        workspace.Write("q.csv", "Body,Y\na,b\nc,d\n");
        var stage = new StageDefinition { Id = "train", Kind = StageKind.Sft, Dataset = "data", Overrides = new() { ["global_batch_size"] = JsonSerializer.SerializeToElement(32) } };

        var result = workspace.PrepareStage(Pipeline(stage, new ColumnMapping { Query = "Body", Response = "Y" }), "train");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF5050", "stages[0].overrides.global_batch_size"), (diagnostic.Code, diagnostic.YamlPath));
        Assert.Equal("'data' has 2 rows; at least 32 are needed (global_batch_size is 32: a training step needs one full batch)", diagnostic.Message);
    }

    [Fact]
    public void Only_the_first_problems_are_listed_and_the_rest_counted()
    {
        var csv = new StringBuilder("Body,Y\n");
        for (var i = 0; i < 1000; i++)
        {
            csv.Append(i % 2 == 0 ? "x,\n" : "x,ok\n");
        }

        workspace.Write("q.csv", csv.ToString());
        var pipeline = Pipeline(new StageDefinition { Id = "train", Kind = StageKind.Sft, Dataset = "data" }, new ColumnMapping { Query = "Body", Response = "Y" });

        var result = workspace.Preparer(pipeline, maxListedProblems: 5).PrepareStage(pipeline.Stages![0], Path.Combine(workspace.OutputDirectory, "t.jsonl"));

        Assert.Equal(6, result.Diagnostics.Count);
        Assert.Equal("NF5052", result.Diagnostics[^1].Code);
        Assert.Equal("495 more data problems not listed (500 in all)", result.Diagnostics[^1].Message);
    }

    public void Dispose() => workspace.Dispose();

    private Runner.Data.Preparation.PreparedDataset Prepare(StageKind kind, ColumnMapping? columns, string source = "q.csv", string model = "nova-lite-2", string? systemPrompt = null)
    {
        var stage = new StageDefinition { Id = "stage", Kind = kind, Dataset = "data", Eval = kind == StageKind.Eval ? new() { Task = RowFormats.GenQaTask } : null };
        return workspace.PrepareStage(Pipeline(stage, columns, source, model, systemPrompt), "stage");
    }

    private static PipelineDefinition Pipeline(StageDefinition stage, ColumnMapping? columns, string source = "q.csv", string model = "nova-lite-2", string? systemPrompt = null) =>
        DataWorkspace.Pipeline(model, new() { ["data"] = new() { Source = source, Columns = columns, SystemPrompt = systemPrompt } }, stage);
}
