namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>Streams (confidence, correct) pairs into bins and keeps the most extreme cases in bounded queues.</summary>
public sealed class CalibrationAccumulator(double threshold, int bins = 10, int listLimit = 20)
{
    private readonly long[] counts = new long[bins];
    private readonly double[] confidenceSums = new double[bins];
    private readonly long[] correctCounts = new long[bins];
    private readonly PriorityQueue<ConfidenceCase, double> lowest = new();
    private readonly PriorityQueue<ConfidenceCase, double> overconfident = new();
    private long lowCount;
    private long overconfidentCount;

    public void Add(ConfidenceCase item)
    {
        var bin = Math.Clamp((int)(item.Confidence * bins), 0, bins - 1);
        counts[bin]++;
        confidenceSums[bin] += item.Confidence;
        correctCounts[bin] += item.Correct ? 1 : 0;
        if (item.Confidence < threshold)
        {
            lowCount++;

            // Keep the lowest: the queue's head is the highest kept, evicted first.
            Keep(lowest, item, -item.Confidence);
        }
        else if (!item.Correct)
        {
            overconfidentCount++;
            Keep(overconfident, item, item.Confidence);
        }
    }

    public CalibrationResult? Result()
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var reliability = new List<ReliabilityBin>();
        var error = 0.0;
        for (var b = 0; b < bins; b++)
        {
            var meanConfidence = counts[b] == 0 ? 0 : confidenceSums[b] / counts[b];
            var accuracy = counts[b] == 0 ? 0 : correctCounts[b] / (double)counts[b];
            error += counts[b] / (double)total * Math.Abs(accuracy - meanConfidence);
            reliability.Add(new ReliabilityBin(b / (double)bins, (b + 1) / (double)bins, counts[b], meanConfidence, accuracy));
        }

        return new CalibrationResult(
            total,
            threshold,
            confidenceSums.Sum() / total,
            error,
            reliability,
            lowCount,
            [.. lowest.UnorderedItems.Select(i => i.Element).OrderBy(c => c.Confidence).ThenBy(c => c.Row)],
            overconfidentCount,
            [.. overconfident.UnorderedItems.Select(i => i.Element).OrderByDescending(c => c.Confidence).ThenBy(c => c.Row)]);
    }

    /// <summary>Keeps the <c>listLimit</c> items with the highest priority; the queue's head is the weakest kept.</summary>
    private void Keep(PriorityQueue<ConfidenceCase, double> queue, ConfidenceCase item, double priority)
    {
        if (queue.Count < listLimit)
        {
            queue.Enqueue(item, priority);
        }
        else if (queue.TryPeek(out _, out var weakest) && priority > weakest)
        {
            queue.DequeueEnqueue(item, priority);
        }
    }
}
