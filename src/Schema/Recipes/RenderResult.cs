using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Recipes;

/// <summary>A rendered recipe (YAML text, LF line endings) or the diagnostics that prevented it.</summary>
public sealed record RenderResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Text is not null;
}
