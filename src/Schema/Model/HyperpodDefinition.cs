using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>The HyperPod cluster jobs go to.</summary>
[Description("The SageMaker HyperPod (EKS) cluster that runs the jobs.")]
public sealed record HyperpodDefinition
{
    [SchemaRequired]
    [Description("The HyperPod cluster name.")]
    [SchemaExamples("my-hyperpod")]
    public string? Cluster { get; init; }

    [Description("The Kubernetes namespace for the jobs.")]
    [SchemaDefault("kubeflow")]
    public string? Namespace { get; init; }
}
