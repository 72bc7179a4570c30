using System.Globalization;
using System.Text.Json;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Checks;

/// <summary>Deploy stages: SageMaker endpoints use an instance type that can host the model, within a supported context/concurrency tier.</summary>
public sealed class DeployCheck : IPipelineCheck
{
    /// <summary>The instance a SageMaker endpoint gets when the stage names none (the Nova SDK's default).</summary>
    public const string DefaultInstanceType = "ml.p5.48xlarge";

    public void Run(CheckContext context)
    {
        var model = context.Pipeline.Model;
        if (model is null || !context.Catalog.Models.ContainsKey(model))
        {
            return;
        }

        foreach (var stage in context.Stages.Where(s => s.Kind == StageKind.Deploy))
        {
            var deploy = stage.Deploy;
            var target = deploy?.Target ?? DeployTarget.Sagemaker;
            if (target == DeployTarget.BedrockProvisioned && deploy?.ModelUnits is null)
            {
                context.Report(DiagnosticFactory.ModelUnitsRequired(context.StagePath(stage, "deploy").ToString()));
            }

            if (target != DeployTarget.Sagemaker || context.Pipeline.Runtime?.Kind != RuntimeKind.Sagemaker)
            {
                continue;
            }

            var instanceType = stage.Instances?.Type ?? DefaultInstanceType;
            var tiers = context.Catalog.InferenceTiers.Where(t => t.Model == model).ToList();
            var onInstance = tiers.Where(t => t.InstanceTypes.Contains(instanceType)).ToList();
            if (tiers.Count > 0 && onInstance.Count == 0)
            {
                context.Report(DiagnosticFactory.EndpointInstanceUnsupported(context.StagePath(stage, "instances", "type").ToString(), model, instanceType, tiers.SelectMany(t => t.InstanceTypes).Distinct()));
                continue;
            }

            CheckTier(context, stage, model, instanceType, onInstance);
        }
    }

    private static void CheckTier(CheckContext context, StageDefinition stage, string model, string instanceType, List<Catalog.InferenceTier> tiers)
    {
        var environment = stage.Deploy?.Environment ?? [];
        int? Read(string name)
        {
            if (!environment.TryGetValue(name, out var value))
            {
                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }

            context.Report(DiagnosticFactory.BadEnvironmentValue(context.StagePath(stage, "deploy", "environment", name).ToString(), name, "a positive whole number"));
            return null;
        }

        var contextLength = Read("CONTEXT_LENGTH");
        var concurrency = Read("MAX_CONCURRENCY");
        if (tiers.Count == 0 || (contextLength is null && concurrency is null))
        {
            return;
        }

        var fits = tiers.Any(t => (contextLength ?? 0) <= t.MaxContextLength && (concurrency ?? 0) <= t.MaxConcurrency);
        if (!fits)
        {
            var supported = string.Join(", ", tiers.Select(t => $"({t.MaxContextLength}, {t.MaxConcurrency})"));
            var setting = contextLength is not null ? "CONTEXT_LENGTH" : "MAX_CONCURRENCY";
            var value = (contextLength ?? concurrency)!.Value.ToString(CultureInfo.InvariantCulture);
            context.Report(DiagnosticFactory.UnsupportedEndpointSetting(context.StagePath(stage, "deploy", "environment", setting).ToString(), $"{setting}", value, model, instanceType, supported));
        }
    }
}
