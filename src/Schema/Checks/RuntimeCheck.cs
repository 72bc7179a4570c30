using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Checks;

/// <summary>The runtime has what it needs: region, role and S3 storage for sagemaker; a local folder for local.</summary>
public sealed class RuntimeCheck : IPipelineCheck
{
    public void Run(CheckContext context)
    {
        var runtime = context.Pipeline.Runtime;
        var path = YamlPath.Of("runtime");
        if (runtime?.Kind != RuntimeKind.Sagemaker)
        {
            // Switching a SageMaker pipeline to local is one line: its AWS-only settings are reported, not rejected.
            if (runtime?.Storage is { } storage && storage.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DiagnosticFactory.IgnoredOnLocal(path.Key("storage").ToString(), $"S3 storage '{storage}' (local files go to .novaforge beside the pipeline)"));
            }

            var withInstances = context.Stages.Where(s => s.Instances is not null).ToList();
            if (withInstances.Count > 0)
            {
                var ids = string.Join(", ", withInstances.Select(s => s.Id));
                context.Report(DiagnosticFactory.IgnoredOnLocal(context.StagePath(withInstances[0], "instances").ToString(), $"'instances' (of stages {ids})"));
            }

            return;
        }

        var at = context.Pipeline.Runtime is null ? "name" : path.ToString();
        if (runtime.Region is null)
        {
            context.Report(DiagnosticFactory.RuntimeSettingRequired(at, "region", "jobs, images and endpoints are regional"));
        }

        if (runtime.Role is null)
        {
            context.Report(DiagnosticFactory.RuntimeSettingRequired(at, "role", "SageMaker jobs run under an IAM execution role"));
        }

        if (runtime.Storage is null)
        {
            context.Report(DiagnosticFactory.RuntimeSettingRequired(at, "storage", "prepared data, recipes and outputs go to S3"));
        }
        else if (!runtime.Storage.StartsWith("s3://", StringComparison.Ordinal) || !System.Text.RegularExpressions.Regex.IsMatch(runtime.Storage, RuntimeDefinition.S3UriPattern))
        {
            context.Report(DiagnosticFactory.StorageNotS3(path.Key("storage").ToString(), runtime.Storage));
        }

        if (runtime.Platform == Platform.Hyperpod && runtime.Hyperpod?.Cluster is null)
        {
            context.Report(DiagnosticFactory.HyperpodClusterRequired(path.Key("platform").ToString()));
        }
    }
}
