namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>Examples whose length lies in [Start, End].</summary>
public sealed record HistogramBin(int Start, int End, long Count);
