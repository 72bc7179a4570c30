namespace NovaForge.Runner.Evaluation.Sampling;

/// <summary>
/// The order in which lighteval ≤ 0.10 logs the rows of a task: <c>random.Random(42).shuffle(docs)</c> over the dataset
/// order (eval-metrics.md §1). The local runtime writes its per-example outputs in this order, so that the
/// container-compatible <c>bleu</c> (which scores the first logged row) means the same locally and on SageMaker.
/// </summary>
public static class LightevalOrder
{
    public const uint Seed = 42;

    /// <summary>Position i of the result holds the dataset index of the i-th logged row.</summary>
    public static int[] Permutation(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new PythonRandom(Seed).Shuffle(order);
        return order;
    }
}
