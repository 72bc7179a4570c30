namespace NovaForge.Runner.Runtimes.Local;

/// <summary>A local job failed for a reason the user can act on (bad reward output, missing checkpoint); its message becomes the job's failure reason.</summary>
public sealed class LocalJobException : Exception
{
    public LocalJobException()
    {
    }

    public LocalJobException(string message)
        : base(message)
    {
    }

    public LocalJobException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
