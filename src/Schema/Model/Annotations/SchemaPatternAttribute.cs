namespace NovaForge.Schema.Model;

/// <summary>A regular expression a string must match; <see cref="What"/> names it in messages ("an IAM role ARN").</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaPatternAttribute(string pattern, string what) : Attribute
{
    public string Pattern { get; } = pattern;

    public string What { get; } = what;
}
