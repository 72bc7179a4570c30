using NovaForge.Runner.Evaluation.Sampling;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public class PythonRandomTests
{
    // Reference values printed by CPython 3.11's random module (the generator lighteval draws from).
    [Fact]
    public void Random_matches_cpython()
    {
        var random = new PythonRandom(0);
        Assert.Equal(0.8444218515250481, random.NextDouble());
        Assert.Equal(0.7579544029403025, random.NextDouble());
    }

    [Fact]
    public void Shuffle_with_seed_42_matches_cpython()
    {
        // random.Random(42).shuffle(list(range(10))) -> [7, 3, 2, 8, 5, 6, 9, 4, 0, 1]
        Assert.Equal([7, 3, 2, 8, 5, 6, 9, 4, 0, 1], LightevalOrder.Permutation(10));
        // random.Random(42).shuffle(list(range(1000)))[:5] -> [776, 507, 895, 922, 33]
        Assert.Equal([776, 507, 895, 922, 33], LightevalOrder.Permutation(1000).Take(5));
    }

    [Fact]
    public void Choices_with_seed_0_match_cpython()
    {
        // r = random.Random(); r.seed(0); r.choices(range(7), k=10) -> [5, 5, 2, 1, 3, 2, 5, 2, 3, 4]
        var random = new PythonRandom(0);
        Assert.Equal([5, 5, 2, 1, 3, 2, 5, 2, 3, 4], Enumerable.Range(0, 10).Select(_ => random.Choice(7)));
    }

    [Fact]
    public void Bulk_choices_match_cpython_across_many_blocks()
    {
        // r = random.Random(); r.seed(0); c = r.choices(range(1000003), k=5000) -> c[:3] [844424, 757956, 420572],
        // c[-3:] [739392, 981566, 993377]. 10,000 outputs span 17 blocks of the generator.
        var picks = new int[5000];
        new PythonRandom(0).FillChoices(picks, 1_000_003);
        Assert.Equal([844424, 757956, 420572], picks[..3]);
        Assert.Equal([739392, 981566, 993377], picks[^3..]);
    }

    [Fact]
    public void Bulk_choices_after_an_odd_number_of_outputs_match_cpython()
    {
        // r = random.Random(); r.seed(0); r.getrandbits(32); r.choices(range(97), k=1300)[-3:] -> [51, 82, 13]:
        // every pair of outputs then straddles a block boundary once per block.
        var random = new PythonRandom(0);
        random.NextUInt32();
        var picks = new int[1300];
        random.FillChoices(picks, 97);
        Assert.Equal([51, 82, 13], picks[^3..]);
    }
}
