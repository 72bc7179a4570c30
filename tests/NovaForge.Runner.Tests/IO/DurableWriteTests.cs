using System.Text.RegularExpressions;
using NovaForge.Runner.IO;
using NovaForge.Runner.Tests.Engine;
using NovaForge.Runner.Tests.Reliability;

namespace NovaForge.Runner.Tests.IO;

/// <summary>
/// What a run asks of the disk, watched with strace: the state file, its backup and the prepared data are flushed before
/// they are renamed into place, and their folder is flushed after, so a power loss cannot bring back an old name.
/// </summary>
public sealed partial class DurableWriteTests : IDisposable
{
    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Syncing_a_folder_that_does_not_exist_fails_because_the_folder_is_really_opened()
    {
        var missing = Path.Combine(fixture.Directory, "missing");

        DirectorySync.Flush(fixture.Directory);

        Assert.Throws<IOException>(() => DirectorySync.Flush(missing));
    }

    [Fact]
    public async Task A_run_flushes_each_file_before_its_rename_and_the_folder_after_it()
    {
        var trace = Path.Combine(fixture.Directory, "strace.txt");
        string[] strace = ["strace", "-f", "--seccomp-bpf", "--decode-fds=path", "-o", trace, "-e", "trace=openat,fsync,rename,renameat,renameat2"];
        using (var run = NovaforgeProcess.Start(fixture.Directory, new Dictionary<string, string>(), strace, "run", fixture.PipelinePath, "--only", "baseline"))
        {
            var (exitCode, output, error) = await run.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(exitCode == 0, output + error);
        }

        var calls = File.ReadAllLines(trace).Select(Parse).OfType<Call>().ToList();
        var renames = calls.Select((call, index) => (call, index))
            .Where(c => c.call.Name.StartsWith("rename", StringComparison.Ordinal) && Watched(c.call.Target))
            .ToList();

        Assert.Contains(renames, r => r.call.Target.EndsWith("engine-test.state.json", StringComparison.Ordinal));
        Assert.Contains(renames, r => r.call.Target.EndsWith("engine-test.state.json.bak", StringComparison.Ordinal));
        Assert.Contains(renames, r => r.call.Target.EndsWith(".jsonl", StringComparison.Ordinal));
        foreach (var (rename, index) in renames)
        {
            var thread = calls.Where(c => c.Thread == rename.Thread).ToList();
            var at = thread.IndexOf(rename);
            Assert.True(Flushed(thread.Take(at).ToList(), rename.Source!), $"{rename.Source} was not flushed before it was renamed");
            Assert.True(thread.Skip(at + 1).FirstOrDefault(c => c.Name == "fsync")?.Target == Path.GetDirectoryName(rename.Target), $"the folder of {rename.Target} was not flushed after the rename");
        }
    }

    /// <summary>Whether the content of <paramref name="path"/> was flushed, under that name or one it was renamed from.</summary>
    private static bool Flushed(List<Call> before, string path)
    {
        var last = before.FindLastIndex(c => c.Target == path);
        return last >= 0 && (before[last].Name == "fsync" || Flushed(before[..last], before[last].Source!));
    }

    /// <summary>Files whose durability the run promises: the state file, its backup, prepared data.</summary>
    private bool Watched(string path) =>
        path == fixture.StateFile.Path || path == fixture.StateFile.Path + ".bak" || path.StartsWith(Path.Combine(fixture.Directory, ".novaforge", "prepared"), StringComparison.Ordinal);

    /// <summary>A line of strace -f --decode-fds=path: "TID fsync(7&lt;/path&gt;) = 0" or "TID rename("a", "b") = 0".</summary>
    private static Call? Parse(string line)
    {
        var match = CallLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var (thread, name, arguments) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        var strings = Quoted().Matches(arguments).Select(m => m.Groups[1].Value).ToList();
        return name switch
        {
            "fsync" when FileDescriptor().Match(arguments) is { Success: true } fd => new Call(thread, name, null, fd.Groups[1].Value),
            "rename" or "renameat" or "renameat2" when strings.Count == 2 => new Call(thread, name, strings[0], strings[1]),
            _ => null,
        };
    }

    [GeneratedRegex(@"^(\d+)\s+(\w+)\((.*)$")]
    private static partial Regex CallLine();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\d+<([^>]*)>")]
    private static partial Regex FileDescriptor();

    private sealed record Call(string Thread, string Name, string? Source, string Target);
}
