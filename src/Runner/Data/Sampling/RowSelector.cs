namespace NovaForge.Runner.Data.Sampling;

/// <summary>
/// Assigns rows to the parts of a <see cref="SelectionPlan"/> as they stream past, with exact counts and no memory
/// per row: row i goes to a part with probability (rows that part still needs) / (rows left), which draws a uniformly
/// random assignment (selection sampling, Knuth's Algorithm S, extended to several parts). One draw per row, in file
/// order, so every part of a dataset comes from the same assignment, the parts never overlap, and the same seed and
/// data give the same rows.
/// </summary>
public sealed class RowSelector
{
    private readonly SeededRandom random;
    private readonly long[] needed;
    private long remaining;

    public RowSelector(SelectionPlan plan, long seed)
    {
        random = new SeededRandom(seed);
        needed = [.. plan.Parts.Select(p => p.Count)];
        remaining = plan.Rows;
    }

    /// <summary>The part the next row belongs to, or -1 when it is left out. Call once per row, for every row.</summary>
    public int Next()
    {
        if (remaining <= 0)
        {
            return -1;
        }

        var draw = random.NextBelow(remaining);
        remaining--;
        for (var part = 0; part < needed.Length; part++)
        {
            if (draw < needed[part])
            {
                needed[part]--;
                return part;
            }

            draw -= needed[part];
        }

        return -1;
    }
}
