using System.Globalization;
using System.Text.RegularExpressions;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Deterministic job names: pipeline, stage, fingerprint and attempt, shaped to SageMaker's rule
/// (letters, digits and '-', at most 63 characters). The same inputs always give the same name, which is what
/// lets a crashed run find its job again instead of submitting a second one.
/// </summary>
public static partial class JobNames
{
    public static string For(string pipeline, string stage, string fingerprint, int attempt)
    {
        var hash = fingerprint.Split(':')[^1];
        var name = string.Create(CultureInfo.InvariantCulture, $"{Part(pipeline, 24)}-{Part(stage, 20)}-{hash[..8]}-{attempt}");
        return name;
    }

    private static string Part(string text, int max)
    {
        var cleaned = Invalid().Replace(text, "-").Trim('-');
        return cleaned.Length <= max ? cleaned : cleaned[..max].TrimEnd('-');
    }

    [GeneratedRegex("[^a-zA-Z0-9-]")]
    private static partial Regex Invalid();
}
