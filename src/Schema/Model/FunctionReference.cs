using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>A user function: a Python file (run locally, deployed as a Lambda on SageMaker), a Lambda ARN, or a built-in.</summary>
[SchemaExactlyOne("python", "lambda", "builtin")]
[Description("A function: 'python' (a file beside the pipeline; run with python3 locally, deployed as a Lambda on SageMaker), 'lambda' (an existing Lambda ARN), or 'builtin'.")]
public sealed record FunctionReference
{
    public const string LambdaArnPattern = "^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$";

    [Description("Path of a Python file with a Lambda-style handler, relative to the pipeline file.")]
    [SchemaExamples("reward.py")]
    public string? Python { get; init; }

    [Description("The handler function in the Python file.")]
    [SchemaDefault("lambda_handler")]
    public string? Handler { get; init; }

    [Description("The ARN of a deployed Lambda function.")]
    [SchemaPattern(LambdaArnPattern, "a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)")]
    [SchemaExamples("arn:aws:lambda:us-east-1:123456789012:function:reward")]
    public string? Lambda { get; init; }

    [Description("A built-in function: 'exact_label' scores +1 when the label extracted from the answer equals the reference, else -1.")]
    [SchemaExamples("exact_label")]
    public string? Builtin { get; init; }

    [Description("Labels for the built-in 'exact_label' reward; the first one found in the answer is its label.")]
    [SchemaExamples("[\"hardware\", \"software\", \"network\", \"access\"]", "[\"HQ\", \"LQ_EDIT\", \"LQ_CLOSE\"]")]
    public List<string>? Labels { get; init; }

    [Description("Seconds one batch may take before the call is stopped.")]
    [SchemaRange(1, 900)]
    [SchemaDefault(60)]
    public int? TimeoutSeconds { get; init; }

    [Description("Samples per call.")]
    [SchemaRange(1, 1000)]
    [SchemaDefault(32)]
    public int? BatchSize { get; init; }
}
