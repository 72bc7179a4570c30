using System.Text;
using NovaForge.Runner.Data.Sources;

namespace NovaForge.Runner.Tests.Data;

/// <summary>The strict decoder under every read size, and what it says about bytes that are not UTF-8.</summary>
public sealed class StrictUtf8ReaderTests
{
    private const string Text = "a😀b\né✓\r\n日本語😀";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Reads_of_any_size_give_back_the_text_including_surrogate_pairs(int size)
    {
        using var reader = new StrictUtf8Reader(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]));
        var result = new StringBuilder();
        var buffer = new char[size];

        for (var read = reader.Read(buffer, 0, size); read > 0; read = reader.Read(buffer, 0, size))
        {
            result.Append(buffer, 0, read);
        }

        Assert.Equal(Text, result.ToString());
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_file_is_invalid_at_its_line()
    {
        using var reader = new StrictUtf8Reader(new MemoryStream([.. Encoding.UTF8.GetBytes("ok\nalso ok\ncut "), 0xE2, 0x9C]));

        var error = Assert.Throws<InvalidUtf8Exception>(() => reader.ReadToEnd());

        Assert.Equal((3L, 15L), (error.Line, error.ByteOffset));
    }
}
