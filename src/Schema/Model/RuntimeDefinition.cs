using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>Where and how jobs run.</summary>
[Description("Where stages run and the AWS settings for SageMaker.")]
public sealed record RuntimeDefinition
{
    public const string RoleArnPattern = "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$";
    public const string S3UriPattern = "^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$";
    public const string KmsKeyPattern = "^(arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/.+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias/.+)$";
    public const string DurationPattern = "^[0-9]+(s|m|h|d)$";

    [Description("'local' runs every stage on this machine with the small built-in model (offline, free); 'sagemaker' submits jobs to Amazon SageMaker AI.")]
    [SchemaDefault("local")]
    public RuntimeKind? Kind { get; init; }

    [Description("SageMaker platform: 'training-job' (SMTJ) or 'hyperpod' (a HyperPod EKS cluster).")]
    [SchemaDefault("training-job")]
    public Platform? Platform { get; init; }

    [Description("AWS region for jobs, images and endpoints.")]
    [CatalogValues(CatalogList.Regions)]
    [SchemaExamples("us-east-1")]
    public string? Region { get; init; }

    [Description("The IAM execution role SageMaker jobs assume.")]
    [SchemaPattern(RoleArnPattern, "an IAM role ARN (arn:aws:iam::123456789012:role/NAME)")]
    [SchemaExamples("arn:aws:iam::123456789012:role/NovaForgeExecution")]
    public string? Role { get; init; }

    [Description("Where prepared data, recipes and outputs are stored: an 's3://bucket/prefix' for sagemaker, a folder (relative to the pipeline file) for local. Defaults to '.novaforge' beside the pipeline on local.")]
    [SchemaExamples("s3://my-bucket/novaforge", ".novaforge")]
    public string? Storage { get; init; }

    [Description("KMS key (ARN, key id or alias) encrypting job outputs and volumes.")]
    [SchemaPattern(KmsKeyPattern, "a KMS key ARN, key id or alias")]
    [SchemaExamples("alias/novaforge", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public string? KmsKey { get; init; }

    [Description("VPC networking for jobs.")]
    public NetworkDefinition? Network { get; init; }

    [Description("Tags added to every job and endpoint.")]
    public Dictionary<string, string>? Tags { get; init; }

    [Description("Longest a single job may run before SageMaker stops it, e.g. '24h', '90m'.")]
    [SchemaPattern(DurationPattern, "a duration such as '90m', '24h' or '2d'")]
    [SchemaDefault("24h")]
    public string? MaxRuntime { get; init; }

    [Description("The HyperPod cluster, when 'platform: hyperpod'.")]
    public HyperpodDefinition? Hyperpod { get; init; }
}
