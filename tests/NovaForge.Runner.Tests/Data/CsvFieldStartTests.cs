using NovaForge.Runner.Data.Sources;

namespace NovaForge.Runner.Tests.Data;

/// <summary>Where a field starts in a raw CSV record: the line within the record and the 1-based character column on it.</summary>
public sealed class CsvFieldStartTests
{
    [Theory]
    [InlineData("x,y,z\n", 0, 0, 1)]
    [InlineData("x,y,z\n", 2, 0, 5)]
    [InlineData("\"a, \"\"b\"\"\",c\n", 1, 0, 12)]
    [InlineData("\"one\r\ntwo\nthree\",c\r\n", 1, 2, 8)]
    [InlineData("say \"hi, there\",c\n", 1, 0, 9)]
    [InlineData("x,y\n", 3, 0, 4)]
    [InlineData("x,y", 2, 0, 4)]
    public void Finds_the_line_and_column_of_a_field(string raw, int position, int line, int column)
    {
        var found = CsvFieldStart.Find(raw, position, ",");

        Assert.Equal((line, column), found);
    }

    [Fact]
    public void A_delimiter_of_several_characters_is_one_separator()
    {
        var found = CsvFieldStart.Find("ab||cd||ef\n", 2, "||");

        Assert.Equal((0, 9), found);
    }
}
