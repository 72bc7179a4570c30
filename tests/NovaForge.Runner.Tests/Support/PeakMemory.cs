using System.Globalization;

namespace NovaForge.Runner.Tests.Support;

/// <summary>
/// Follows another process's peak resident memory: VmHWM in /proc/PID/status, the kernel's high-water mark of its
/// resident set, which only rises. Read every 20 ms until the process is gone, the last reading is the peak of its
/// whole life but for its last 20 ms (an exiting process only prints and frees). Measured outside the process, so the
/// test host's own memory does not count.
/// </summary>
public static class PeakMemory
{
    /// <summary>The peak in bytes, or null when no reading could be taken (the process was gone, or there is no /proc).</summary>
    public static async Task<long?> FollowAsync(int processId, Func<bool> hasExited)
    {
        long? peak = null;
        var status = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status";
        while (!hasExited())
        {
            if (Read(status) is { } reading)
            {
                peak = Math.Max(peak ?? 0, reading);
            }

            await Task.Delay(20);
        }

        return peak;
    }

    private static long? Read(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
