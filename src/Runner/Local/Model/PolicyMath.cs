namespace NovaForge.Runner.Local.Model;

/// <summary>Softmax policy arithmetic over response logits: probabilities, temperature and top-k sampling, entropy, KL.</summary>
public static class PolicyMath
{
    public static double[] LogSoftmax(IReadOnlyList<double> logits, double temperature = 1)
    {
        var result = new double[logits.Count];
        if (result.Length == 0)
        {
            return result;
        }

        var max = logits.Max() / temperature;
        double sum = 0;
        for (var k = 0; k < result.Length; k++)
        {
            sum += Math.Exp((logits[k] / temperature) - max);
        }

        var log = max + Math.Log(sum);
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = (logits[k] / temperature) - log;
        }

        return result;
    }

    public static double[] Softmax(IReadOnlyList<double> logits, double temperature = 1) =>
        [.. LogSoftmax(logits, temperature).Select(Math.Exp)];

    /// <summary>
    /// The distribution responses are sampled from: softmax(logits / temperature) over the <paramref name="topK"/> best
    /// (all when topK &lt;= 0), renormalized; temperature 0 is greedy (all mass on the best response).
    /// </summary>
    public static double[] Sampling(IReadOnlyList<double> logits, double temperature, int topK)
    {
        var probabilities = new double[logits.Count];
        if (probabilities.Length == 0)
        {
            return probabilities;
        }

        if (temperature <= 0)
        {
            probabilities[Argmax(logits)] = 1;
            return probabilities;
        }

        var kept = topK <= 0 || topK >= logits.Count
            ? Enumerable.Range(0, logits.Count).ToList()
            : [.. Enumerable.Range(0, logits.Count).OrderByDescending(k => logits[k]).ThenBy(k => k).Take(topK)];
        var restricted = Softmax([.. kept.Select(k => logits[k])], temperature);
        for (var i = 0; i < kept.Count; i++)
        {
            probabilities[kept[i]] = restricted[i];
        }

        return probabilities;
    }

    /// <summary>The best response; ties go to the lower index (the more frequent response), so decoding is deterministic.</summary>
    public static int Argmax(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var k = 1; k < values.Count; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }

    public static int Sample(IReadOnlyList<double> probabilities, Random random)
    {
        var u = random.NextDouble();
        double cumulative = 0;
        var last = 0;
        for (var k = 0; k < probabilities.Count; k++)
        {
            if (probabilities[k] <= 0)
            {
                continue;
            }

            cumulative += probabilities[k];
            last = k;
            if (u < cumulative)
            {
                return k;
            }
        }

        return last;
    }

    public static double Entropy(IReadOnlyList<double> probabilities, IReadOnlyList<double> logProbabilities)
    {
        double entropy = 0;
        for (var k = 0; k < probabilities.Count; k++)
        {
            entropy -= probabilities[k] * logProbabilities[k];
        }

        return entropy;
    }

    /// <summary>KL(p || q) from p's probabilities and both log-probabilities.</summary>
    public static double Kl(IReadOnlyList<double> p, IReadOnlyList<double> logP, IReadOnlyList<double> logQ)
    {
        double kl = 0;
        for (var k = 0; k < p.Count; k++)
        {
            kl += p[k] * (logP[k] - logQ[k]);
        }

        return kl;
    }
}
