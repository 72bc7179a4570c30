namespace NovaForge.Runner.Local.Model;

/// <summary>
/// The small model the local runtime trains and serves in place of Nova: a softmax policy over a vocabulary of known
/// responses, scored by a linear model over hashed word and word-pair features of the system prompt and query.
/// It really learns (SFT, RFT, DPO, CPT all change it), and it is never Nova: <see cref="DisplayName"/> says so.
/// Without a scorer (the base model, or one that only had continued pre-training) it answers by a seeded uniform
/// choice among the candidate responses of the data it is asked about, so a baseline sits at chance.
/// </summary>
public sealed class LocalModel
{
    public const string DisplayName = "NovaForge local model (not Nova)";

    private LocalModel(ResponseVocabulary vocabulary, LinearScorer? scorer, FeatureStatistics? statistics, IReadOnlyList<TrainingRecord> history)
    {
        Vocabulary = vocabulary;
        Scorer = scorer;
        Statistics = statistics;
        History = history;
    }

    /// <summary>The untrained model: no vocabulary, no weights.</summary>
    public static LocalModel Base => new(ResponseVocabulary.Empty, null, null, []);

    public ResponseVocabulary Vocabulary { get; }

    /// <summary>The trained weights; null until a supervised, preference or reinforcement stage trains the model.</summary>
    public LinearScorer? Scorer { get; }

    /// <summary>What continued pre-training learned (feature weights); null without CPT.</summary>
    public FeatureStatistics? Statistics { get; }

    /// <summary>The stages that trained this model, oldest first.</summary>
    public IReadOnlyList<TrainingRecord> History { get; }

    /// <summary>Whether the model answers from its own vocabulary; otherwise it picks uniformly among given candidates.</summary>
    public bool IsTrained => Scorer is not null && Vocabulary.Count > 0;

    public SparseFeatures Features(Prompt prompt) => FeatureHasher.Features(prompt, Statistics);

    public double[] Logits(SparseFeatures features) =>
        Scorer?.Logits(features) ?? throw new InvalidOperationException("the model has no trained scorer");

    /// <summary>A copy whose vocabulary also holds the most frequent new references (weights for them start at zero).</summary>
    public LocalModel WithResponses(IEnumerable<string> references, int capacity = ResponseVocabulary.DefaultCapacity)
    {
        var vocabulary = Vocabulary.Extend(references, capacity);
        var scorer = Scorer?.WithClasses(vocabulary.Count) ?? new LinearScorer(LinearScorer.DimensionFor(vocabulary.Count), vocabulary.Count);
        return new LocalModel(vocabulary, scorer, Statistics?.Clone(), History);
    }

    public LocalModel WithStatistics(FeatureStatistics statistics) => new(Vocabulary, Scorer?.Clone(), statistics, History);

    public LocalModel WithHistory(TrainingRecord record) => new(Vocabulary, Scorer, Statistics, [.. History, record]);

    /// <summary>A deep copy, so training never changes the model it started from.</summary>
    public LocalModel Clone() => new(Vocabulary, Scorer?.Clone(), Statistics?.Clone(), History);

    internal static LocalModel Restore(ResponseVocabulary vocabulary, LinearScorer? scorer, FeatureStatistics? statistics, IReadOnlyList<TrainingRecord> history) =>
        new(vocabulary, scorer, statistics, history);
}
