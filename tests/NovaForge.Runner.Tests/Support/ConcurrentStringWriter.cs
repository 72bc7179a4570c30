using System.Text;

namespace NovaForge.Runner.Tests.Support;

/// <summary>A string writer a test can read while a command running on another thread writes to it.</summary>
public sealed class ConcurrentStringWriter : StringWriter
{
    private readonly object gate = new();

    public override void Write(char value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (gate)
        {
            return GetStringBuilder().ToString();
        }
    }

    public override Encoding Encoding => Encoding.UTF8;
}
