namespace NovaForge.Runner.Evaluation.Sampling;

/// <summary>
/// CPython's <c>random.Random</c> (MT19937 seeded through <c>init_by_array</c>), reproduced so that lighteval's row
/// shuffle (<c>Random(42).shuffle</c>) and BLEU bootstrap (<c>seed(0)</c>, <c>choices</c>) draw the same numbers
/// (eval-metrics.md §1 and §10.2).
/// </summary>
public sealed class PythonRandom
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] state = new uint[N];
    private int index = N + 1;

    /// <summary>Seeds as <c>random.Random(seed)</c> does for a non-negative integer that fits 32 bits.</summary>
    public PythonRandom(uint seed)
    {
        InitByArray([seed]);
    }

    /// <summary><c>random()</c>: a 53-bit float in [0, 1).</summary>
    public double NextDouble() => ToDouble(NextUInt32(), NextUInt32());

    /// <summary><c>_randbelow(n)</c>: rejection sampling on <c>getrandbits(n.bit_length())</c>.</summary>
    public int RandBelow(int n)
    {
        var bits = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
        var r = NextUInt32() >> (32 - bits);
        while (r >= n)
        {
            r = NextUInt32() >> (32 - bits);
        }

        return (int)r;
    }

    /// <summary>One pick of <c>choices(population, k)</c> without weights: <c>floor(random() * n)</c>.</summary>
    public int Choice(int n) => (int)Math.Floor(NextDouble() * n);

    /// <summary>
    /// <c>choices(range(n), k=len(picks))</c>: the same picks as <see cref="Choice"/> one after another, generated in
    /// bulk (the BLEU bootstrap draws a thousand times as many picks as there are rows).
    /// </summary>
    public void FillChoices(Span<int> picks, int n)
    {
        var k = 0;
        while (k < picks.Length)
        {
            if (index >= N)
            {
                Twist();
            }

            // Each pick takes two outputs; while both are in the current block, temper them here without the checks
            // of NextUInt32. A pair split by a twist goes through NextDouble.
            var available = Math.Min((N - index) / 2, picks.Length - k);
            if (available == 0)
            {
                picks[k++] = Choice(n);
                continue;
            }

            for (var end = k + available; k < end; k++)
            {
                picks[k] = (int)(ToDouble(Temper(state[index]), Temper(state[index + 1])) * n);
                index += 2;
            }
        }
    }

    /// <summary><c>shuffle(x)</c>: from the last position down to 1, swap with <c>randbelow(i + 1)</c>.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = RandBelow(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public uint NextUInt32()
    {
        if (index >= N)
        {
            Twist();
        }

        return Temper(state[index++]);
    }

    /// <summary><c>random()</c>'s float from two consecutive outputs: 27 bits of the first, 26 of the second.</summary>
    private static double ToDouble(uint first, uint second) => (((first >> 5) * 67108864.0) + (second >> 6)) * (1.0 / 9007199254740992.0);

    private static uint Temper(uint y)
    {
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        return y ^ (y >> 18);
    }

    /// <summary>The next block of 624 states, in the reference implementation's three runs (no modulo in the loops).</summary>
    private void Twist()
    {
        var k = 0;
        for (; k < N - M; k++)
        {
            state[k] = state[k + M] ^ Mix(state[k], state[k + 1]);
        }

        for (; k < N - 1; k++)
        {
            state[k] = state[k + M - N] ^ Mix(state[k], state[k + 1]);
        }

        state[N - 1] = state[M - 1] ^ Mix(state[N - 1], state[0]);
        index = 0;
    }

    private static uint Mix(uint upper, uint lower)
    {
        var y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
        return (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0dfu);
    }

    private void InitGenrand(uint seed)
    {
        state[0] = seed;
        for (var i = 1; i < N; i++)
        {
            state[i] = (1812433253u * (state[i - 1] ^ (state[i - 1] >> 30))) + (uint)i;
        }

        index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                state[0] = state[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = N - 1; k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                state[0] = state[N - 1];
                i = 1;
            }
        }

        state[0] = 0x80000000u;
    }
}
