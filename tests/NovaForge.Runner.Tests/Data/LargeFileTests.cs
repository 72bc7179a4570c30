using System.Diagnostics;
using System.Globalization;
using System.Text;
using NovaForge.Schema.Model;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Data;

/// <summary>
/// A big file whose only bad row is the last one: the diagnostic names that row, memory stays bounded, and nothing is
/// left in the output folder. About 20 MB always; 2 GB when NOVAFORGE_LARGE_TESTS=1.
/// </summary>
[Collection(LargeFileCollection.Name)]
public sealed class LargeFileTests(ITestOutputHelper output) : IDisposable
{
    private const long SmallBytes = 20L << 20;
    private const long LargeBytes = 2L << 30;

    private readonly DataWorkspace workspace = new();

    [Fact]
    public void One_bad_row_at_the_end_of_a_big_file_is_found_with_bounded_memory_and_no_output()
    {
        var large = Environment.GetEnvironmentVariable("NOVAFORGE_LARGE_TESTS") == "1";
        var (rows, lastLine) = WriteCsv(Path.Combine(workspace.Directory, "big.csv"), large ? LargeBytes : SmallBytes);
        var pipeline = DataWorkspace.Pipeline("nova-lite-2", new() { ["big"] = new() { Source = "big.csv", Columns = new() { Query = "Body", Response = "Y", System = "system" } } }, new StageDefinition { Id = "sft", Kind = StageKind.Sft, Dataset = "big" });
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);

        var result = workspace.PrepareStage(pipeline, "sft");

        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows; managed heap {managedBefore >> 20} MB -> {managedAfter >> 20} MB; peak working set {peak >> 20} MB"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NF5041", diagnostic.Code);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"row {rows}: 'response' (column 'Y') is empty"), diagnostic.Message);
        Assert.Equal((lastLine, 2), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.False(Directory.Exists(workspace.OutputDirectory) && Directory.EnumerateFileSystemEntries(workspace.OutputDirectory).Any());
        Assert.True(managedAfter - managedBefore < 64L << 20, "the managed heap grew by more than 64 MB");
        Assert.True(peak < 1L << 30, "the process peaked above 1 GB");
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>Case-study shaped rows (multi-line quoted bodies) up to the size, then one row with an empty label.</summary>
    private static (long Rows, int LastLine) WriteCsv(string path, long size)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Body,Y,system\n");
        long rows = 0;
        var line = 2;
        while (writer.BaseStream.Length < size)
        {
            rows++;
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\"Question {rows}: why does \"\"my code\"\", with commas, fail?\nIt worked yesterday.\nAny idea?\",HQ,Classify the question.\n"));
            line += 3;
        }

        writer.Write("\"The last question, with no label\",,Classify the question.\n");
        return (rows + 1, line);
    }
}
