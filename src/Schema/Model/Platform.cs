using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>The SageMaker platform jobs are submitted to.</summary>
public enum Platform
{
    [JsonStringEnumMemberName("training-job"), Description("SageMaker training jobs (SMTJ): serverless-style jobs, billed per job.")]
    TrainingJob,

    [JsonStringEnumMemberName("hyperpod"), Description("A SageMaker HyperPod (EKS) cluster you own.")]
    Hyperpod,
}
