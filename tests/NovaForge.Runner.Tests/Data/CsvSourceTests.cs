using System.Text;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>RFC 4180 edge cases, exact lines, and bad CSV reported with its location.</summary>
public sealed class CsvSourceTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    [Fact]
    public void Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks_and_rows_know_their_first_line()
    {
        var (records, problems) = Read("a,b\n\"x, \"\"y\"\"\",\"line 1\r\nline 2\nline 3\"\n\nlast,row\n");

        Assert.False(problems.HasErrors);
        Assert.Equal(["x, \"y\"", "last"], records.Select(r => r.Values[0]));
        Assert.Equal("line 1\r\nline 2\nline 3", records[0].Values[1]);
        Assert.Equal([2L, 6L], records.Select(r => r.Line));
        Assert.Equal([1L, 2L], records.Select(r => r.Row));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var (records, _) = Read("\uFEFFBody,Y\nq,a\n", withBom: false);

        Assert.Equal(["Body", "Y"], records[0].Columns);
    }

    [Fact]
    public void The_delimiter_is_configurable()
    {
        var (records, problems) = Read("Body;Y\n\"a;b\";c,d\n", delimiter: ";");

        Assert.False(problems.HasErrors);
        Assert.Equal(["a;b", "c,d"], records[0].Values);
    }

    [Fact]
    public void A_ragged_row_is_reported_at_its_first_extra_field_on_the_line_where_that_field_starts()
    {
        var (records, problems) = Read("a,b\n1,2\n\"multi\nline\",2,3\n4,5\n");

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal("NF5006", diagnostic.Code);
        Assert.Equal("row 2 has 3 fields; the header has 2", diagnostic.Message);
        Assert.Equal((4, 9), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_reported_just_after_its_last_field()
    {
        var (_, problems) = Read("a,b,c\nx,\"y\"\n");

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal((2, 6), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Invalid_utf8_stops_reading_at_its_line_and_byte_instead_of_being_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\nok,1\n\"two\nlines\",2\nbad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(",3\n")).ToArray();
        var path = workspace.WriteBytes("bad.csv", bytes);

        var (records, problems) = ReadFile(path);

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal("NF5007", diagnostic.Code);
        Assert.Equal((5, 5), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("byte 27", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(problems.IsFatal);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void A_quote_left_open_is_reported_instead_of_reading_the_rest_of_the_file_into_one_field()
    {
        var text = new StringBuilder("a,b\n1,\"open\n");
        for (var i = 0; i < 600_000; i++)
        {
            text.Append("filler line with some text to make the field grow\n");
        }

        var (_, problems) = Read(text.ToString());

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal("NF5011", diagnostic.Code);
        Assert.Equal(2, diagnostic.Location!.Line);
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_field_is_a_warning_naming_the_column()
    {
        var (records, problems) = Read("a,b\n1,say \"hi\"\n");

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal("NF5010", diagnostic.Code);
        Assert.Equal((2, 3), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("column 'b'", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(problems.HasErrors);
        Assert.Equal("say \"hi\"", records[0].Values[1]);
    }

    [Fact]
    public void A_duplicate_header_column_is_a_warning_at_its_second_occurrence()
    {
        var (_, problems) = Read("a,b,a\n");

        var diagnostic = Assert.Single(problems.ToList());
        Assert.Equal(("NF5014", 1, 5), (diagnostic.Code, diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        var (_, problems) = Read(string.Empty);

        Assert.Equal("NF5004", Assert.Single(problems.ToList()).Code);
    }

    [Fact]
    public void Multibyte_characters_cut_by_the_read_buffer_decode_intact()
    {
        var value = string.Concat(Enumerable.Repeat("é✓😀", 40_000));

        var (records, problems) = Read($"a\n{value}\n");

        Assert.False(problems.HasErrors);
        Assert.Equal(value, records[0].Values[0]);
    }

    public void Dispose() => workspace.Dispose();

    private (List<(long Row, long Line, string[] Columns, string[] Values)> Records, ProblemLog Problems) Read(string text, string delimiter = ",", bool withBom = false)
    {
        var path = workspace.WriteBytes("data.csv", [.. (withBom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
        return ReadFile(path, delimiter);
    }

    private static (List<(long Row, long Line, string[] Columns, string[] Values)> Records, ProblemLog Problems) ReadFile(string path, string delimiter = ",")
    {
        var problems = new ProblemLog();
        using var reader = RecordReaders.Open(new DataSourceFile(path, "data.csv", DataFormat.Csv, delimiter), problems);
        var records = reader?.ReadRecords().Select(r => (r.Row, r.Line, reader.Columns.Names.ToArray(), reader.Columns.Names.Select(c => r[c].Text).ToArray())).ToList() ?? [];
        return (records, problems);
    }
}
