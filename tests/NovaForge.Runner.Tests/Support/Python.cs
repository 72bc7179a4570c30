using System.Diagnostics;
using System.ComponentModel;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Support;

/// <summary>Whether python3 can run here; tests of user functions skip (with a printed reason) when it cannot.</summary>
public static class Python
{
    private static readonly Lazy<bool> Present = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    });

    public static bool Available(ITestOutputHelper output)
    {
        if (!Present.Value)
        {
            output.WriteLine("skipped: python3 is not installed on this machine");
        }

        return Present.Value;
    }
}
