using System.ComponentModel;

namespace NovaForge.Schema.Model;

/// <summary>VPC settings for jobs.</summary>
[Description("VPC subnets and security groups for training and evaluation jobs.")]
public sealed record NetworkDefinition
{
    [SchemaRequired]
    [Description("Subnet ids, e.g. 'subnet-0abc1234'.")]
    [SchemaPattern("^subnet-[0-9a-f]{8,17}$", "a subnet id (subnet-0abc1234)")]
    [SchemaExamples("[\"subnet-0abc1234\"]")]
    public List<string>? Subnets { get; init; }

    [SchemaRequired]
    [Description("Security group ids, e.g. 'sg-0abc1234'.")]
    [SchemaPattern("^sg-[0-9a-f]{8,17}$", "a security group id (sg-0abc1234)")]
    [SchemaExamples("[\"sg-0abc1234\"]")]
    public List<string>? SecurityGroups { get; init; }
}
