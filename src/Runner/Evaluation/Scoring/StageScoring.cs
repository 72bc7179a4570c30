using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Evaluation.Scoring;

/// <summary>
/// How an eval stage's examples are scored, derived from the stage and its examples: the one place both the local run
/// and <c>novaforge report</c> take it from, so the report recomputes what the run logged. Labels the user gave win;
/// otherwise they are inferred from the golds (<see cref="LabelInference"/>).
/// </summary>
public static class StageScoring
{
    /// <summary>The stage's BYOM aggregation: <c>processor.aggregation</c>, average when it is not set.</summary>
    public static Aggregation ByomAggregationOf(EvalDefinition? eval) => eval?.Processor?.Aggregation ?? Aggregation.Average;

    /// <summary>
    /// <paramref name="given"/> with the stage's BYOM aggregation and, when it names no labels, the labels inferred
    /// from <paramref name="examples"/> (enumerated only then).
    /// </summary>
    public static ScoringOptions For(ScoringOptions given, Aggregation byomAggregation, IEnumerable<EvalExample> examples) =>
        given with
        {
            ByomAggregation = byomAggregation,
            Labels = given.Labels is { IsEnabled: true } labels ? labels : LabelInference.FromExamples(examples),
        };
}
