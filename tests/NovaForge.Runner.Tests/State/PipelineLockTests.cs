using System.Diagnostics;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.State;

public sealed class PipelineLockTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("novaforge-lock-").FullName;

    private string LockPath => Path.Combine(directory, "p.state.json.lock");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_second_holder_is_refused_with_the_first_holders_pid_and_host()
    {
        var (held, _) = PipelineLock.Acquire(LockPath, TimeProvider.System);
        using (held)
        {
            var (second, problem) = PipelineLock.Acquire(LockPath, TimeProvider.System);

            Assert.Null(second);
            Assert.Equal("NF6003", problem!.Code);
            Assert.Contains($"pid {Environment.ProcessId} on {Environment.MachineName}", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_holder_that_names_itself_just_after_taking_the_lock_is_named()
    {
        using var held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var attempt = Task.Run(() => PipelineLock.Acquire(LockPath, TimeProvider.System));
        await Task.Delay(200);
        File.WriteAllText(LockPath + ".owner", OwnerRecord(Environment.ProcessId));

        var (second, problem) = await attempt;

        Assert.Null(second);
        Assert.Contains(OwnerRecord(Environment.ProcessId), problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_left_by_a_dead_holder_is_not_named_for_the_process_that_took_over()
    {
        using (var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            await ended.WaitForExitAsync();
            File.WriteAllText(LockPath + ".owner", OwnerRecord(ended.Id));
        }

        using var held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var attempt = Task.Run(() => PipelineLock.Acquire(LockPath, TimeProvider.System));
        await Task.Delay(200);
        File.WriteAllText(LockPath + ".owner", OwnerRecord(Environment.ProcessId));

        var (_, problem) = await attempt;

        Assert.Contains(OwnerRecord(Environment.ProcessId), problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_released_lock_can_be_taken_again()
    {
        PipelineLock.Acquire(LockPath, TimeProvider.System).Lock!.Dispose();

        var (again, problem) = PipelineLock.Acquire(LockPath, TimeProvider.System);

        using (again)
        {
            Assert.Null(problem);
            Assert.Null(again!.TakenOverFrom);
        }
    }

    [Fact]
    public async Task The_lock_of_a_killed_process_is_taken_over_and_named()
    {
        // Another process takes the lock with flock(1) and writes an owner line, then is killed with SIGKILL.
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", LockPath, "sleep", "60"]) { UseShellExecute = false })!;
        await WaitUntilLockedAsync();
        File.WriteAllText(LockPath + ".owner", "pid 999999 on elsewhere since 2026-01-01T00:00:00Z");
        Assert.Null(PipelineLock.Acquire(LockPath, TimeProvider.System).Lock);

        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        var (taken, problem) = PipelineLock.Acquire(LockPath, TimeProvider.System);
        for (var i = 0; i < 100 && taken is null; i++)
        {
            // flock's child (sleep) holds the descriptor too and dies a moment after flock itself.
            await Task.Delay(50);
            (taken, problem) = PipelineLock.Acquire(LockPath, TimeProvider.System);
        }

        using (taken)
        {
            Assert.Null(problem);
            Assert.Equal("pid 999999 on elsewhere since 2026-01-01T00:00:00Z", taken!.TakenOverFrom);
        }
    }

    private static string OwnerRecord(int pid) => $"pid {pid} on {Environment.MachineName} since 2026-01-01T00:00:00Z";

    /// <summary>Waits until flock holds the lock, probing with a bare exclusive open that changes nothing.</summary>
    private async Task WaitUntilLockedAsync()
    {
        for (var i = 0; i < 400; i++)
        {
            try
            {
                using (new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
                {
                }
            }
            catch (IOException)
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("flock never took the lock");
    }
}
