namespace NovaForge.Runner.Local.Model;

/// <summary>
/// FNV-1a over UTF-16 code units: the same value on every machine and run (unlike string.GetHashCode), so feature
/// indices and per-prompt seeds, and therefore checkpoints and answers, are reproducible.
/// </summary>
public static class StableHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(string text) => Add(Offset, text);

    public static uint Of(string first, string second) => Add(Add(Add(Offset, first), "\u0001"), second);

    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Mixes a seed into a hash so that different seeds give unrelated values.</summary>
    public static int Seed(int seed, uint key) => (int)((key ^ ((uint)seed * 0x9E3779B9u)) & 0x7FFFFFFF);
}
