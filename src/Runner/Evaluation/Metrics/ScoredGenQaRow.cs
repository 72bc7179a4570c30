using NovaForge.Runner.Evaluation.Metrics.Bleu;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>One row scored once: its mean metrics, its 13a tokens and its corpus-BLEU statistics, shared by every accumulator it feeds (overall and per segment).</summary>
public sealed record ScoredGenQaRow(GenQaRowScores Scores, IReadOnlyList<string> HypothesisTokens, IReadOnlyList<IReadOnlyList<string>> ReferenceTokens, BleuStatistics CorpusStatistics)
{
    public static ScoredGenQaRow Score(string prediction, IReadOnlyList<string> references)
    {
        var hypothesis = Tokenizer13a.Tokenize(prediction);
        var referenceTokens = references.Select(r => (IReadOnlyList<string>)Tokenizer13a.Tokenize(r)).ToList();

        // Corpus BLEU as lighteval ≥ 0.11 computes it: each row against its first reference.
        var corpus = SegmentBleu.Statistics(hypothesis, referenceTokens.Count == 0 ? [] : [referenceTokens[0]]);
        return new ScoredGenQaRow(GenQaRowScorer.Score(prediction, references), hypothesis, referenceTokens, corpus);
    }
}
