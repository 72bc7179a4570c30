using System.Text;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>JSON Lines: types kept, bad lines reported with their line, the rest still read.</summary>
public sealed class JsonlSourceTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    [Fact]
    public void Values_keep_their_json_type_and_objects_their_text()
    {
        var (records, problems) = Read("{\"s\":\"x\",\"n\":1.50,\"b\":true,\"z\":null,\"o\":{\"k\":[1,2]}}\n");

        Assert.False(problems.HasErrors);
        var record = Assert.Single(records);
        Assert.Equal(new DataValue(DataValueKind.String, "x"), record["s"]);
        Assert.Equal(new DataValue(DataValueKind.Number, "1.50"), record["n"]);
        Assert.Equal(new DataValue(DataValueKind.Boolean, "true"), record["b"]);
        Assert.Equal(DataValueKind.Null, record["z"].Kind);
        Assert.Equal(new DataValue(DataValueKind.Json, "{\"k\":[1,2]}"), record["o"]);
        Assert.Equal(DataValueKind.Missing, record["absent"].Kind);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_and_column_and_reading_goes_on()
    {
        var (records, problems) = Read("{\"a\":1}\n\n{\"a\":2,}\n[1]\n{\"a\":3} x\n{\"a\":4}\r\n");

        var diagnostics = problems.ToList();
        Assert.Equal(["NF5008", "NF5009", "NF5008"], diagnostics.Select(d => d.Code));
        Assert.Equal([3, 4, 5], diagnostics.Select(d => d.Location!.Line));
        Assert.Equal(8, diagnostics[0].Location!.Column);
        Assert.Equal(["1", "4"], records.Select(r => r["a"].Text));
        Assert.Equal([1L, 5L], records.Select(r => r.Row));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var (_, problems) = Read("{\"é\":2,}\n");

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal((1, 8), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Invalid_utf8_is_fatal_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\":\"ok\"}\n{\"a\":\"").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}\n{\"a\":\"never\"}\n")).ToArray();

        var (records, problems) = Read(bytes);

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal(("NF5007", 2, 7), (diagnostic.Code, diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("byte 17", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(records);
    }

    [Fact]
    public void A_byte_order_mark_and_a_last_line_without_newline_are_fine()
    {
        var (records, problems) = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("{\"a\":1}\n{\"a\":2}")]);

        Assert.False(problems.HasErrors);
        Assert.Equal(2, records.Count);
    }

    public void Dispose() => workspace.Dispose();

    private (List<DataRecord> Records, ProblemLog Problems) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private (List<DataRecord> Records, ProblemLog Problems) Read(byte[] bytes)
    {
        var path = workspace.WriteBytes("data.jsonl", bytes);
        var problems = new ProblemLog();
        using var reader = RecordReaders.Open(new DataSourceFile(path, "data.jsonl", DataFormat.Jsonl), problems);
        return (reader!.ReadRecords().ToList(), problems);
    }
}
