namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// The recipe's optimizer settings as the local model uses them (Adam, warmup then cosine decay). Nova learning rates
/// are sized for billions of weights; the local linear model takes Adam steps of <see cref="LearningRate"/> x
/// <see cref="LocalStepScale"/>, so the recipe's value keeps its meaning (twice the lr, twice the step) and
/// Nova-sized values train in the recipe's few steps.
/// </summary>
public sealed record TrainingSettings
{
    /// <summary>Local Adam step size per unit of recipe learning rate.</summary>
    public const double LocalStepScale = 1e4;

    public double LearningRate { get; init; } = 1e-5;

    public int WarmupSteps { get; init; }

    /// <summary>The floor of the cosine decay; defaults to a tenth of the learning rate.</summary>
    public double? MinLearningRate { get; init; }

    /// <summary>Optimizer steps; when null, <see cref="MaxEpochs"/> passes over the data decide.</summary>
    public int? MaxSteps { get; init; }

    public int? MaxEpochs { get; init; }

    /// <summary>Examples (prompts, for RFT) per optimizer step.</summary>
    public int GlobalBatchSize { get; init; } = 32;

    /// <summary>Also save a checkpoint every this many steps; null saves only the final one.</summary>
    public int? SaveSteps { get; init; }

    public int Seed { get; init; } = 42;

    public double AdamBeta1 { get; init; } = 0.9;

    public double AdamBeta2 { get; init; } = 0.95;

    /// <summary>How many steps a run over <paramref name="rows"/> examples takes: max_steps, else ceil(epochs x rows / batch).</summary>
    public int Steps(int rows)
    {
        if (MaxSteps is { } steps)
        {
            return Math.Max(1, steps);
        }

        var epochs = Math.Max(1, MaxEpochs ?? 1);
        return Math.Max(1, (int)Math.Ceiling((double)epochs * rows / Math.Max(1, GlobalBatchSize)));
    }

    public LearningRateSchedule Schedule(int totalSteps)
    {
        var floor = MinLearningRate is { } min && min < LearningRate ? min : LearningRate / 10;
        return new LearningRateSchedule(LearningRate, Math.Max(0, WarmupSteps), floor, totalSteps);
    }
}
