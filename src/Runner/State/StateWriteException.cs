using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.State;

/// <summary>The state file could not be written (disk full, permissions). A run stops: it never submits a job it cannot record.</summary>
public sealed class StateWriteException : Exception
{
    public StateWriteException()
    {
        Diagnostic = DiagnosticFactory.StateUnwritable("state file", "unknown problem");
    }

    public StateWriteException(string message)
        : base(message)
    {
        Diagnostic = DiagnosticFactory.StateUnwritable("state file", message);
    }

    public StateWriteException(string message, Exception inner)
        : base(message, inner)
    {
        Diagnostic = DiagnosticFactory.StateUnwritable("state file", message);
    }

    public StateWriteException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic.Message, inner)
    {
        Diagnostic = diagnostic;
    }

    public Diagnostic Diagnostic { get; }
}
