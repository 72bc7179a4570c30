using NovaForge.Runner.Evaluation.Sampling;

namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// Corpus BLEU's bootstrap for any number of rows in constant memory. A resample's corpus statistics are the sum of N
/// rows drawn with replacement, so by the central limit theorem they are normal with N times the rows' mean and N times
/// their covariance (population covariance: resampling draws from the rows as they are). The rows' mean and co-moments
/// of the ten statistics (hypothesis and reference length, matched and total n-grams of orders 1–4; the total unigrams
/// equal the hypothesis length, a dependence the factorization absorbs) are kept running; <see cref="StandardError"/>
/// draws <see cref="BleuBootstrap.Resamples"/> sums from that normal, scores each like the full set and returns
/// lighteval's SD / √1000. With tens of thousands of rows the normal is the resampled
/// sums' distribution to within a fraction of the bootstrap's own noise; <see cref="BleuBootstrap"/> uses exact draws
/// below <see cref="BleuBootstrap.RowLimit"/> rows.
/// </summary>
public sealed class CorpusBleuMoments
{
    private const int Dimensions = 2 + (2 * NGram.MaxOrder);

    private readonly double[] mean = new double[Dimensions];
    private readonly double[,] coMoments = new double[Dimensions, Dimensions];
    private readonly double[] delta = new double[Dimensions];
    private long count;

    public void Add(BleuStatistics row)
    {
        count++;
        Span<double> x = stackalloc double[Dimensions];
        Vector(row.HypothesisLength, row.ReferenceLength, row.Correct, row.Total, x);
        for (var i = 0; i < Dimensions; i++)
        {
            delta[i] = x[i] - mean[i];
            mean[i] += delta[i] / count;
        }

        // Welford's update of the co-moment matrix: Σ (x - old mean)(x - new mean)ᵀ.
        for (var i = 0; i < Dimensions; i++)
        {
            for (var j = 0; j < Dimensions; j++)
            {
                coMoments[i, j] += delta[i] * (x[j] - mean[j]);
            }
        }
    }

    /// <summary>The bootstrap standard error of corpus BLEU (SD of the resampled scores / √resamples); null below two rows.</summary>
    public double? StandardError(int resamples)
    {
        if (count < 2)
        {
            return null;
        }

        var factor = Factor();
        var random = new PythonRandom(0);
        var scores = new MeanAccumulator();
        Span<double> normals = stackalloc double[Dimensions];
        Span<double> sums = stackalloc double[Dimensions];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < Dimensions; i += 2)
            {
                // Box–Muller: two independent standard normals from two uniforms in (0, 1].
                var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
                var angle = 2 * Math.PI * random.NextDouble();
                normals[i] = radius * Math.Cos(angle);
                normals[i + 1] = radius * Math.Sin(angle);
            }

            for (var i = 0; i < Dimensions; i++)
            {
                var deviation = 0.0;
                for (var k = 0; k <= i; k++)
                {
                    deviation += factor[i, k] * normals[k];
                }

                sums[i] = Math.Max(0, (count * mean[i]) + (Math.Sqrt(count) * deviation));
            }

            scores.Add(Score(sums));
        }

        return scores.StandardError;
    }

    /// <summary>The vector's layout: hypothesis length, reference length, matched n-grams (orders 1–4), total n-grams (orders 1–4).</summary>
    private static void Vector(long hypothesis, long reference, ReadOnlySpan<long> correct, ReadOnlySpan<long> total, Span<double> x)
    {
        x[0] = hypothesis;
        x[1] = reference;
        for (var n = 0; n < NGram.MaxOrder; n++)
        {
            x[2 + n] = correct[n];
            x[2 + NGram.MaxOrder + n] = total[n];
        }
    }

    private static double Score(ReadOnlySpan<double> sums)
    {
        Span<double> correct = stackalloc double[NGram.MaxOrder];
        Span<double> total = stackalloc double[NGram.MaxOrder];
        for (var n = 0; n < NGram.MaxOrder; n++)
        {
            total[n] = sums[2 + NGram.MaxOrder + n];
            correct[n] = Math.Min(sums[2 + n], total[n]);
        }

        return BleuStatistics.Score(sums[0], sums[1], correct, total);
    }

    /// <summary>
    /// L with L·Lᵀ = the population covariance, by a Cholesky factorization that tolerates the matrix being only
    /// semi-definite (the totals of a row are its length minus a constant, so columns are often dependent): a pivot
    /// that is zero up to rounding zeroes its column.
    /// </summary>
    private double[,] Factor()
    {
        var factor = new double[Dimensions, Dimensions];
        var scale = 0.0;
        for (var i = 0; i < Dimensions; i++)
        {
            scale = Math.Max(scale, coMoments[i, i] / count);
        }

        for (var j = 0; j < Dimensions; j++)
        {
            var pivot = coMoments[j, j] / count;
            for (var k = 0; k < j; k++)
            {
                pivot -= factor[j, k] * factor[j, k];
            }

            if (pivot <= 1e-10 * scale)
            {
                continue;
            }

            factor[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < Dimensions; i++)
            {
                var value = coMoments[i, j] / count;
                for (var k = 0; k < j; k++)
                {
                    value -= factor[i, k] * factor[j, k];
                }

                factor[i, j] = value / factor[j, j];
            }
        }

        return factor;
    }
}
