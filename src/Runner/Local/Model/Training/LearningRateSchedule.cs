namespace NovaForge.Runner.Local.Model.Training;

/// <summary>Linear warmup to the peak over the warmup steps, then cosine decay to the floor by the last step (as Nova recipes schedule it).</summary>
public sealed record LearningRateSchedule(double Peak, int WarmupSteps, double Floor, int TotalSteps)
{
    /// <summary>The recipe learning rate at a 1-based step.</summary>
    public double At(int step)
    {
        if (step <= WarmupSteps)
        {
            return Peak * step / WarmupSteps;
        }

        var decaySteps = Math.Max(1, TotalSteps - WarmupSteps);
        var progress = Math.Clamp((double)(step - WarmupSteps - 1) / decaySteps, 0, 1);
        return Floor + ((Peak - Floor) * 0.5 * (1 + Math.Cos(Math.PI * progress)));
    }
}
