using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// Scores one prediction against its references as lighteval does: ROUGE is averaged over the references, exact
/// match and F1 take the best reference (eval-metrics.md §2). gen_qa rows have one reference.
/// </summary>
public static class GenQaRowScorer
{
    public static GenQaRowScores Score(string prediction, IReadOnlyList<string> references)
    {
        using var ids = new TokenIds();
        var predictionRouge = ids.Of(RougeTokenizer.Tokenize(prediction));
        var predictionWords = PythonText.Split(prediction);
        var strippedPrediction = PythonText.Strip(prediction);
        var normalizedPrediction = HelmNormalizer.Normalize(strippedPrediction);
        var normalizedPredictionWords = PythonText.Split(normalizedPrediction);
        double rouge1 = 0, rouge2 = 0, rougeL = 0, em = 0, qem = 0, f1 = 0, quasiF1 = 0;
        foreach (var reference in references)
        {
            var referenceRouge = ids.Of(RougeTokenizer.Tokenize(reference));
            rouge1 += Rouge.NGramF(referenceRouge, predictionRouge, 1);
            rouge2 += Rouge.NGramF(referenceRouge, predictionRouge, 2);
            rougeL += Rouge.LcsF(referenceRouge, predictionRouge);
            em = Math.Max(em, ExactMatch.Exact(prediction, reference));
            var normalizedReference = HelmNormalizer.Normalize(PythonText.Strip(reference));
            qem = Math.Max(qem, ExactMatch.QuasiNormalized(prediction, normalizedPrediction, normalizedReference));
            f1 = Math.Max(f1, SetF1.Score(predictionWords, PythonText.Split(reference)));
            quasiF1 = Math.Max(quasiF1, SetF1.Score(normalizedPredictionWords, PythonText.Split(normalizedReference)));
        }

        var count = Math.Max(references.Count, 1);
        return new GenQaRowScores(rouge1 / count, rouge2 / count, rougeL / count, em, qem, f1, quasiF1);
    }
}
