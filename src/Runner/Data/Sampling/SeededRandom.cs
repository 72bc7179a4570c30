namespace NovaForge.Runner.Data.Sampling;

/// <summary>
/// SplitMix64: a tiny generator whose sequence for a seed is fixed by its definition, so a sample or split is the same
/// on every machine and .NET version (<see cref="Random"/> promises no such thing).
/// </summary>
public sealed class SeededRandom(long seed)
{
    private ulong state = unchecked((ulong)seed ^ 0x6A09E667F3BCC909UL);

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias (Lemire's method with rejection).</summary>
    public long NextBelow(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (long)product;
    }
}
