using System.Diagnostics;
using System.Globalization;
using System.Text;
using NovaForge.Runner.State;
using NovaForge.Runner.Tests.Reliability;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Data;

/// <summary>
/// The bad-data bar, end to end: `novaforge run` (the real program, in its own process) on a 2 GB CSV whose
/// only bad row is the last one reports that row where it is, exits 1, submits nothing, leaves no prepared file, and
/// its peak resident memory stays under 300 MB.
/// </summary>
[Collection(LargeFileCollection.Name)]
public sealed class LargeFileTests(ITestOutputHelper output) : IDisposable
{
    private const long Size = 2L << 30;
    private const long PeakLimit = 300L << 20;
    private const string Pipeline = """
        name: big
        model: nova-lite-2
        datasets:
          questions:
            source: big.csv
            columns: { query: Body, response: Y, system: system }
        stages:
          - id: sft
            kind: sft
            dataset: questions
        """;

    private readonly DataWorkspace workspace = new();

    [Fact]
    public async Task A_2_GB_csv_with_one_bad_row_at_the_end_fails_the_run_at_that_row_with_nothing_submitted_or_left_and_bounded_memory()
    {
        workspace.Write("pipeline.yaml", Pipeline);
        var clock = Stopwatch.StartNew();
        var (rows, lastLine) = WriteCsv(Path.Combine(workspace.Directory, "big.csv"), Size);
        var written = clock.Elapsed;

        using var run = NovaforgeProcess.Start(workspace.Directory, "run", "pipeline.yaml");
        // Followed alongside the wait, so the wait's time limit also bounds a run that never ends (disposing kills it).
        var following = PeakMemory.FollowAsync(run.Id, () => run.HasExited);
        var (exitCode, stdout, stderr) = await run.WaitAsync(TimeSpan.FromMinutes(10));
        var peak = await following;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {Size >> 20:N0} MB written in {written.TotalSeconds:F1} s; run took {(clock.Elapsed - written).TotalSeconds:F1} s, peak RSS {peak >> 20} MB"));
        Assert.Equal(1, exitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"big.csv({lastLine},36): error NF5041: row {rows}: 'response' (column 'Y') is empty"), stdout + stderr, StringComparison.Ordinal);
        Assert.Empty(Entries(".novaforge", "jobs"));
        Assert.Empty(Entries(".novaforge", "prepared"));
        Assert.Empty(StateFile.For(Path.Combine(workspace.Directory, "pipeline.yaml")).Load("big").State!.Stages);
        Assert.NotNull(peak);
        Assert.True(peak < PeakLimit, string.Create(CultureInfo.InvariantCulture, $"peak RSS {peak >> 20} MB, over {PeakLimit >> 20} MB"));
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>What is in a folder of the workspace, recursively (nothing when it does not exist).</summary>
    private string[] Entries(params string[] folder)
    {
        var path = Path.Combine([workspace.Directory, .. folder]);
        return Directory.Exists(path) ? Directory.GetFileSystemEntries(path, "*", SearchOption.AllDirectories) : [];
    }

    /// <summary>
    /// Case-study shaped rows (a quoted three-line body with commas and doubled quotes, a label, a system prompt) up to
    /// the size, written as one block repeated, then one row with an empty label. Returns the row count and the bad
    /// row's line.
    /// </summary>
    private static (long Rows, long LastLine) WriteCsv(string path, long size)
    {
        const int RowsPerBlock = 4096;
        const int LinesPerRow = 3;
        var block = new StringBuilder();
        for (var i = 0; i < RowsPerBlock; i++)
        {
            block.Append(CultureInfo.InvariantCulture, $"\"Question {i}: why does \"\"my code\"\", with commas, fail on {new string('x', 200 + (i % 300))}?\nIt worked yesterday, and the day before.\nAny idea what changed?\",{(i % 3) switch { 0 => "HQ", 1 => "LQ_EDIT", _ => "LQ_CLOSE" }},Classify the question.\n");
        }

        var bytes = Encoding.UTF8.GetBytes(block.ToString());
        var header = Encoding.UTF8.GetBytes("Body,Y,system\n");
        var blocks = (size - header.Length + bytes.Length - 1) / bytes.Length;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(header);
            for (var i = 0L; i < blocks; i++)
            {
                file.Write(bytes);
            }

            file.Write(Encoding.UTF8.GetBytes("\"The last question, with no label\",,Classify the question.\n"));
        }

        var rows = (blocks * RowsPerBlock) + 1;
        return (rows, 1 + ((rows - 1) * LinesPerRow) + 1);
    }
}
