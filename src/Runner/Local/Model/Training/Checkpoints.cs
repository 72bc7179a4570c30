namespace NovaForge.Runner.Local.Model.Training;

/// <summary>Hands the model to the job at every save_steps step before the last (the last step's model is the job's result).</summary>
internal static class Checkpoints
{
    public static void Save(TrainingSettings settings, int step, int totalSteps, LocalModel model, Action<int, LocalModel>? onCheckpoint)
    {
        if (onCheckpoint is not null && settings.SaveSteps is > 0 and var every && step % every == 0 && step < totalSteps)
        {
            onCheckpoint(step, model);
        }
    }
}
