namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// Adam with bias correction (the optimizer Nova recipes configure, with their adam_beta1 and adam_beta2) over a
/// scorer's parameters. Lazy, as for sparse embeddings: a step updates the biases and only the weight rows whose
/// features occurred in the mini-batch, so its cost follows the batch, not the hashed space.
/// </summary>
public sealed class AdamOptimizer
{
    private readonly LinearScorer scorer;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;
    private readonly double[] gradient;
    private readonly double[] firstMoment;
    private readonly double[] secondMoment;
    private readonly bool[] touched;
    private readonly List<int> touchedRows = [];
    private int steps;

    public AdamOptimizer(LinearScorer scorer, double beta1 = 0.9, double beta2 = 0.95, double epsilon = 1e-8)
    {
        this.scorer = scorer;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        gradient = new double[scorer.ParameterCount];
        firstMoment = new double[scorer.ParameterCount];
        secondMoment = new double[scorer.ParameterCount];
        touched = new bool[scorer.Dimension];
    }

    /// <summary>Adds one example's share of the batch gradient: scale * x[f] * dL/dz[k] per weight, scale * dL/dz[k] per bias.</summary>
    public void Accumulate(SparseFeatures features, IReadOnlyList<double> logitGradient, double scale)
    {
        var classes = scorer.Classes;
        for (var i = 0; i < features.Count; i++)
        {
            var row = scorer.Row(features.Indices[i]);
            if (!touched[row])
            {
                touched[row] = true;
                touchedRows.Add(row);
            }

            var offset = row * classes;
            var x = scale * features.Values[i];
            for (var k = 0; k < classes; k++)
            {
                gradient[offset + k] += x * logitGradient[k];
            }
        }

        var bias = scorer.BiasOffset;
        for (var k = 0; k < classes; k++)
        {
            gradient[bias + k] += scale * logitGradient[k];
        }
    }

    /// <summary>Applies the accumulated gradient with the given step size and clears it.</summary>
    public void Step(double stepSize)
    {
        steps++;
        var correction1 = 1 - Math.Pow(beta1, steps);
        var correction2 = 1 - Math.Pow(beta2, steps);
        var parameters = scorer.Parameters;
        var classes = scorer.Classes;
        foreach (var row in touchedRows)
        {
            Update(parameters, row * classes, classes, stepSize, correction1, correction2);
            touched[row] = false;
        }

        Update(parameters, scorer.BiasOffset, classes, stepSize, correction1, correction2);
        touchedRows.Clear();
    }

    private void Update(Span<float> parameters, int offset, int count, double stepSize, double correction1, double correction2)
    {
        for (var i = offset; i < offset + count; i++)
        {
            var g = gradient[i];
            firstMoment[i] = (beta1 * firstMoment[i]) + ((1 - beta1) * g);
            secondMoment[i] = (beta2 * secondMoment[i]) + ((1 - beta2) * g * g);
            parameters[i] -= (float)(stepSize * (firstMoment[i] / correction1) / (Math.Sqrt(secondMoment[i] / correction2) + epsilon));
            gradient[i] = 0;
        }
    }
}
