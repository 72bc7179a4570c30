using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Reads recipe parameter values by name (numbers, numeric strings, null), with fallbacks for what the recipe leaves out.</summary>
public sealed class JobParameters(IReadOnlyDictionary<string, JsonElement> values)
{
    public double? Number(string name)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    public int? Integer(string name) => Number(name) is { } number ? (int)Math.Round(number) : null;

    /// <summary>The optimizer settings of a training job: lr, warmup_steps, min_lr, max_steps or max_epochs, global_batch_size, save_steps, Adam betas, the seed.</summary>
    public static TrainingSettings Training(JobRequest request)
    {
        var parameters = new JobParameters(request.Parameters);
        var defaults = new TrainingSettings();
        return new TrainingSettings
        {
            LearningRate = parameters.Number("lr") ?? defaults.LearningRate,
            WarmupSteps = parameters.Integer("warmup_steps") ?? defaults.WarmupSteps,
            MinLearningRate = parameters.Number("min_lr"),
            MaxSteps = parameters.Integer("max_steps"),
            MaxEpochs = parameters.Integer("max_epochs"),
            GlobalBatchSize = Math.Max(1, parameters.Integer("global_batch_size") ?? defaults.GlobalBatchSize),
            SaveSteps = parameters.Integer("save_steps"),
            AdamBeta1 = parameters.Number("adam_beta1") ?? defaults.AdamBeta1,
            AdamBeta2 = parameters.Number("adam_beta2") ?? defaults.AdamBeta2,
            Seed = request.Seed,
        };
    }

    /// <summary>RFT rollout settings: number_generation, temperature, top_k, max_new_tokens, kl_loss_coef, ent_coeff.</summary>
    public static RolloutSettings Rollout(JobRequest request)
    {
        var parameters = new JobParameters(request.Parameters);
        var defaults = new RolloutSettings();
        return new RolloutSettings
        {
            NumberGeneration = Math.Max(1, parameters.Integer("number_generation") ?? defaults.NumberGeneration),
            Temperature = parameters.Number("temperature") ?? defaults.Temperature,
            TopK = parameters.Integer("top_k") ?? defaults.TopK,
            MaxNewTokens = parameters.Integer("max_new_tokens"),
            KlCoefficient = parameters.Number("kl_loss_coef") ?? defaults.KlCoefficient,
            EntropyCoefficient = parameters.Number("ent_coeff") ?? defaults.EntropyCoefficient,
        };
    }
}
