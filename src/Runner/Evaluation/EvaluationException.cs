using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Evaluation;

/// <summary>
/// Stops reading an evaluation input at a user error. It carries the diagnostic to show; commands catch it and print
/// the diagnostic, never the exception.
/// </summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(Diagnostic diagnostic)
        : base(diagnostic.ToCanonicalString())
    {
        Diagnostic = diagnostic;
    }

    public Diagnostic Diagnostic { get; }
}
