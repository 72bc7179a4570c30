using System.Diagnostics;
using System.Text;

namespace NovaForge.MSBuild.Tests.Support;

/// <summary>Runs a child process to completion with a time limit; on time-out the process tree is ended and the test fails.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {commandLine}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{commandLine} did not finish within {timeout.TotalSeconds} s; it was stopped.\n{output.Result}{error.Result}");
        }

        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, new StringBuilder(output.Result).Append(error.Result).ToString());
    }
}
