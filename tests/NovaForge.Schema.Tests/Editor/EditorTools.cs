using System.Diagnostics;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Editor;

/// <summary>
/// The Node tools in tests/editor (pinned by its package-lock.json). The test setup installs them with <c>npm ci</c>
/// when they are missing, so the README's test command works on a fresh clone; .ci/run installs them up front.
/// </summary>
public static class EditorTools
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static string Folder { get; } = RepositoryPaths.InRepository("tests", "editor");

    public static string LanguageServerScript { get; } = Path.Combine(Folder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

    public static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(LanguageServerScript))
            {
                return;
            }

            var start = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            {
                start.ArgumentList.Add(argument);
            }

            using var npm = Process.Start(start)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
            Assert.True(npm.ExitCode == 0 && File.Exists(LanguageServerScript), $"'npm ci' in {Folder} failed ({npm.ExitCode}): {await output}{await error}");
        }
        finally
        {
            Installing.Release();
        }
    }
}
