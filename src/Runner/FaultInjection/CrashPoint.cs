using System.Diagnostics;
using System.Globalization;

namespace NovaForge.Runner.FaultInjection;

/// <summary>
/// Chosen kill points for the crash-safety tests. With <c>NOVAFORGE_CRASH_AT=POINT[:N]</c> in its environment, the
/// runner kills itself with SIGKILL the N-th time (the first by default) it reaches POINT, at the instants where a
/// crash is hardest to recover from. Inert unless the variable is set; it is read from the process environment, not
/// the command's, because only a separate process can be killed.
/// </summary>
public static class CrashPoint
{
    public const string Variable = "NOVAFORGE_CRASH_AT";

    /// <summary>"submitting NAME" is in the state file; the find and submit calls are not made yet.</summary>
    public const string SubmittingRecorded = "submitting-recorded";

    /// <summary>The submit call returned; the job's id is not recorded yet.</summary>
    public const string Submitted = "submitted";

    /// <summary>The job completed and its outputs were read; they are not recorded yet.</summary>
    public const string JobCompleted = "job-completed";

    /// <summary>The new state file is written and flushed under its temporary name; it has not replaced the state file yet.</summary>
    public const string StateWrite = "state-write";

    private static readonly (string Point, int Count)? Target = Parse(Environment.GetEnvironmentVariable(Variable));
    private static int reached;

    public static void Reach(string point)
    {
        if (Target is not { } target || target.Point != point || Interlocked.Increment(ref reached) != target.Count)
        {
            return;
        }

        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parts = value.Split(':', 2);
        return (parts[0], parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1);
    }
}
