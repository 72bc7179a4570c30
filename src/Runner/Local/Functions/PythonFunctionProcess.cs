using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// A user's Python file with a Lambda-style handler, called as <c>handler(event, context)</c> by a small driver in one
/// long-lived python3 process (starting Python per batch would cost more than most handlers). Each call has the
/// timeout; a call that does not answer in time gets its process tree killed, and the next call starts a fresh one.
/// The process runs in the pipeline's folder with a minimal environment (<see cref="FunctionEnvironment"/>).
/// </summary>
public sealed class PythonFunctionProcess(FunctionProcessOptions options) : IAsyncDisposable
{
    private const int OutputTailLines = 40;

    /// <summary>Loading the file may take longer than a call (imports), as a Lambda's init phase has its own 10 s.</summary>
    private static readonly TimeSpan StartupAllowance = TimeSpan.FromSeconds(10);

    private static readonly Lazy<string> DriverSource = new(() =>
    {
        using var stream = typeof(PythonFunctionProcess).Assembly.GetManifestResourceStream("NovaForge.Runner.Local.Functions.lambda_driver.py")
            ?? throw new InvalidOperationException("the Lambda driver script is not embedded in the runner");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private readonly Queue<string> outputTail = new();
    private Process? process;

    public FunctionProcessOptions Options => options;

    /// <summary>Calls the handler with one event. Never throws for the user's code's failures: they come back as the result's status.</summary>
    public async Task<FunctionCallResult> CallAsync(JsonNode? @event, CancellationToken cancellation)
    {
        if (process is null || process.HasExited)
        {
            var started = await StartAsync(cancellation);
            if (started is not null)
            {
                return started;
            }
        }

        var request = new JsonObject { ["event"] = @event?.DeepClone() };
        await process!.StandardInput.WriteLineAsync(request.ToJsonString().AsMemory(), cancellation);
        await process.StandardInput.FlushAsync(cancellation);
        var (line, status) = await ReadLineAsync(options.Timeout, cancellation);
        if (line is null)
        {
            return new FunctionCallResult(status, Output: OutputTail());
        }

        var reply = JsonNode.Parse(line)!.AsObject();
        return reply.TryGetPropertyValue("error", out var error)
            ? new FunctionCallResult(FunctionCallStatus.Raised, Error: ReadError(error), Output: OutputTail())
            : new FunctionCallResult(FunctionCallStatus.Returned, reply["result"]?.DeepClone(), Output: OutputTail());
    }

    public async ValueTask DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    await KillAsync();
                }
            }
        }
        finally
        {
            process?.Dispose();
            process = null;
        }
    }

    private async Task<FunctionCallResult?> StartAsync(CancellationToken cancellation)
    {
        process?.Dispose();
        process = null;
        foreach (var interpreter in FunctionEnvironment.Interpreters(options.Environment))
        {
            var start = new ProcessStartInfo(interpreter)
            {
                WorkingDirectory = options.WorkingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in new[] { "-u", "-B", "-c", DriverSource.Value, Path.GetFullPath(options.File), options.Handler, options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Clear();
            foreach (var (name, value) in FunctionEnvironment.Minimal(options.Environment))
            {
                start.Environment[name] = value;
            }

            var candidate = new Process { StartInfo = start };
            candidate.ErrorDataReceived += (_, e) => Record(e.Data);
            try
            {
                candidate.Start();
            }
            catch (Win32Exception)
            {
                candidate.Dispose();
                continue;
            }

            candidate.BeginErrorReadLine();
            process = candidate;
            var (line, status) = await ReadLineAsync(options.Timeout > StartupAllowance ? options.Timeout : StartupAllowance, cancellation);
            if (line is null)
            {
                return new FunctionCallResult(status, Output: OutputTail());
            }

            var hello = JsonNode.Parse(line)!.AsObject();
            if (hello.TryGetPropertyValue("fatal", out var fatal))
            {
                var error = ReadError(fatal);
                await DisposeAsync();
                return new FunctionCallResult(error.Type == "HandlerMissing" ? FunctionCallStatus.HandlerMissing : FunctionCallStatus.LoadFailed, Error: error, Output: OutputTail());
            }

            return null;
        }

        return new FunctionCallResult(FunctionCallStatus.PythonMissing);
    }

    /// <summary>Reads the driver's next protocol line within the timeout; on timeout or exit the process is gone and the line is null.</summary>
    private async Task<(string? Line, FunctionCallStatus Status)> ReadLineAsync(TimeSpan limit, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limit);
        try
        {
            var line = await process!.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is not null)
            {
                return (line, FunctionCallStatus.Returned);
            }

            await process.WaitForExitAsync(CancellationToken.None);
            Record(string.Create(CultureInfo.InvariantCulture, $"(python exited with code {process.ExitCode})"));
            await DisposeAsync();
            return (null, FunctionCallStatus.Crashed);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            process?.Dispose();
            process = null;
            cancellation.ThrowIfCancellationRequested();
            return (null, FunctionCallStatus.TimedOut);
        }
    }

    private async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (outputTail)
        {
            outputTail.Enqueue(line);
            while (outputTail.Count > OutputTailLines)
            {
                outputTail.Dequeue();
            }
        }

        options.OnOutput?.Invoke(line);
    }

    private string OutputTail()
    {
        lock (outputTail)
        {
            var text = string.Join('\n', outputTail);
            outputTail.Clear();
            return text;
        }
    }

    private static FunctionError ReadError(JsonNode? error) => new(
        error?["type"]?.GetValue<string>() ?? "Error",
        error?["message"]?.GetValue<string>() ?? string.Empty,
        error?["line"] is JsonValue line && line.GetValueKind() == JsonValueKind.Number ? line.GetValue<int>() : null,
        error?["trace"]?.GetValue<string>() ?? string.Empty);
}
