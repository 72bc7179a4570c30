using NovaForge.Runner.Data.Sources;
using NovaForge.Schema.Model;
using Parquet.Serialization;

namespace NovaForge.Runner.Tests.Data;

/// <summary>Parquet read through the same pipeline as CSV, and the column inspector validation uses.</summary>
public sealed class ParquetAndInspectorTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    [Fact]
    public async Task A_parquet_file_written_here_prepares_like_csv_with_numbers_and_nulls()
    {
        var path = Path.Combine(workspace.Directory, "q.parquet");
        Question[] rows = [new("What is 2+2?", "four", 1, 0.5), new("Name a colour.", "red", 2, null)];
        await ParquetSerializer.SerializeAsync(rows, path);
        var pipeline = DataWorkspace.Pipeline("nova-lite-2", new() { ["q"] = new() { Source = "q.parquet", Columns = new() { Query = "Body", Response = "Y", Metadata = ["Score", "Weight"] } } }, new StageDefinition { Id = "eval", Kind = StageKind.Eval, Dataset = "q" });

        var result = workspace.PrepareStage(pipeline, "eval");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            "{\"query\":\"What is 2+2?\",\"response\":\"four\",\"metadata\":\"{\\\"Score\\\":1,\\\"Weight\\\":0.5}\"}\n{\"query\":\"Name a colour.\",\"response\":\"red\",\"metadata\":\"{\\\"Score\\\":2,\\\"Weight\\\":null}\"}\n",
            DataWorkspace.Read(result));
    }

    [Fact]
    public async Task The_inspector_reads_csv_headers_parquet_schemas_and_the_union_of_jsonl_keys()
    {
        var csv = workspace.Write("a.csv", "\uFEFFBody;Y\nx;y\n");
        var jsonl = workspace.Write("a.jsonl", "{\"q\":1}\n{\"q\":2,\"r\":3}\n");
        var parquet = Path.Combine(workspace.Directory, "a.parquet");
        await ParquetSerializer.SerializeAsync(new[] { new Question("b", "y", 1, null) }, parquet);
        var inspector = new DataSourceInspector();

        Assert.Equal(["Body", "Y"], inspector.ReadColumns(csv, DataFormat.Csv, ";", out _));
        Assert.Equal(["q", "r"], inspector.ReadColumns(jsonl, DataFormat.Jsonl, ",", out _));
        Assert.Equal(["Body", "Y", "Score", "Weight"], inspector.ReadColumns(parquet, DataFormat.Parquet, ",", out _));
    }

    [Fact]
    public void The_inspector_explains_a_file_it_cannot_read()
    {
        var notParquet = workspace.Write("b.parquet", "this is not parquet");

        var columns = new DataSourceInspector().ReadColumns(notParquet, DataFormat.Parquet, ",", out var problem);

        Assert.Null(columns);
        Assert.StartsWith("cannot read Parquet file", problem, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();

    public sealed record Question(string Body, string Y, int Score, double? Weight);
}
