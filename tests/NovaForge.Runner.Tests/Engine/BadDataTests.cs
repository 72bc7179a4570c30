using System.Text;
using NovaForge.Runner.Engine;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>Bad data stops a run before anything is submitted, and leaves no prepared file that could pass for valid.</summary>
public sealed class BadDataTests : IDisposable
{
    private readonly EngineFixture fixture = new();

    private string DataFile => Path.Combine(fixture.Directory, "data", "questions.csv");

    private string Prepared => Path.Combine(fixture.Directory, ".novaforge", "prepared");

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task A_ragged_row_is_reported_with_its_line_and_nothing_is_submitted()
    {
        File.AppendAllText(DataFile, "\"Is 200 even?\",yes,extra\n");

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Contains(diagnostics, d => d.Code.StartsWith("NF50", StringComparison.Ordinal) && d.Location?.Line == 202);
        AssertNoPreparedFiles();
        Assert.False(fixture.State.Stages.ContainsKey("baseline"));
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_with_its_line_and_nothing_is_submitted()
    {
        using (var stream = File.Open(DataFile, FileMode.Append))
        {
            stream.Write(Encoding.UTF8.GetBytes("\"caf"));
            stream.Write([0xC3, 0x28]);
            stream.Write(Encoding.UTF8.GetBytes("\",yes\n"));
        }

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Contains(diagnostics, d => d.Location?.Line == 202);
        AssertNoPreparedFiles();
    }

    [Fact]
    public async Task An_empty_response_in_the_last_row_is_reported_and_nothing_is_submitted()
    {
        File.AppendAllText(DataFile, "\"Is 200 even?\",\"  \"\n");

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Contains(diagnostics, d => d.IsError && d.Location?.Line == 202);
        AssertNoPreparedFiles();
    }

    /// <summary>Only complete files remain: each named by the SHA-256 of its content, none holding the bad row.</summary>
    private void AssertNoPreparedFiles()
    {
        foreach (var file in Directory.Exists(Prepared) ? Directory.GetFiles(Prepared, "*", SearchOption.AllDirectories) : [])
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            Assert.Equal($"{sha}.jsonl", Path.GetFileName(file));
            Assert.DoesNotContain("Is 200 even", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
