using System.Diagnostics;

namespace NovaForge.Runner.Tests.Support;

/// <summary>
/// Opens a page in Debian's headless Chromium, takes a screenshot and collects the page's console messages, which
/// Chromium logs to stderr as <c>INFO:CONSOLE...</c> lines under --enable-logging=stderr --v=0.
/// </summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";
    public const string SkipVariable = "NOVAFORGE_SKIP_BROWSER_TESTS";

    /// <summary>Null when Chromium may be used; otherwise why the test must be skipped. Fails when Chromium is missing and skipping was not asked for.</summary>
    public static string? SkipReason()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            return $"{SkipVariable}=1: browser test skipped.";
        }

        Assert.True(File.Exists(Executable), $"Chromium is not installed at {Executable}. Install it with 'apt-get install -y chromium' (CI installs it), or set {SkipVariable}=1 to skip browser tests.");
        return null;
    }

    public static async Task<(string Screenshot, IReadOnlyList<string> ConsoleMessages)> ScreenshotAsync(string page, string directory, int width, int height)
    {
        var screenshot = Path.Combine(directory, "screenshot.png");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(directory, "profile")}",
            "--enable-logging=stderr", "--v=0", $"--screenshot={screenshot}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 2 minutes");
        }

        var log = await error + await output;
        return (screenshot, [.. log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal))]);
    }
}
