using System.Diagnostics;
using System.Text.Json;
using NovaForge.Runner.State;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Cli.MetricsDiff;

/// <summary>
/// A state file to compare: on disk, or as committed at a git revision (read with <c>git show</c>). Its label heads
/// its column: a file named on the command line by the path as given, a revision by the revision, and the working
/// copy compared with a revision as "workspace" (as <c>dvc metrics diff</c> says).
/// </summary>
public sealed record StateSource(string Path, string? Revision, string Label)
{
    public const string WorkspaceLabel = "workspace";

    /// <summary>A state file named on the command line; <paramref name="given"/> is its path as typed.</summary>
    public static StateSource File(string path, string given) => new(path, null, given);

    public static StateSource AtRevision(string path, string revision) => new(path, revision, revision);

    /// <summary>The working copy of a state file whose git revisions are compared.</summary>
    public static StateSource Workspace(string path) => new(path, null, WorkspaceLabel);

    /// <summary>The state, or a message saying why it cannot be read.</summary>
    public (PipelineState? State, string? Problem) Read()
    {
        string text;
        if (Revision is null)
        {
            if (!System.IO.File.Exists(Path))
            {
                return (null, $"'{Path}' does not exist");
            }

            text = System.IO.File.ReadAllText(Path);
        }
        else
        {
            var (shown, error) = GitShow(Revision, Path);
            if (shown is null)
            {
                return (null, $"cannot read '{Path}' at {Revision}: {error}");
            }

            text = shown;
        }

        try
        {
            var state = JsonSerializer.Deserialize<PipelineState>(text, NovaJson.Options);
            return state?.Stages is null ? (null, $"'{Path}' ({Label}) is not a state file") : (state, null);
        }
        catch (JsonException exception)
        {
            return (null, $"'{Path}' ({Label}) is not valid JSON: {exception.Message}");
        }
    }

    private static (string? Text, string? Error) GitShow(string revision, string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("show");
        start.ArgumentList.Add($"{revision}:./{System.IO.Path.GetFileName(path)}");
        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEndAsync();
            var error = git.StandardError.ReadToEndAsync();
            git.WaitForExit();
            return git.ExitCode == 0 ? (output.Result, null) : (null, error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (null, $"git is not available ({exception.Message})");
        }
    }
}
