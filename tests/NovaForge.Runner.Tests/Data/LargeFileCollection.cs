namespace NovaForge.Runner.Tests.Data;

/// <summary>Tests that measure the process's memory run alone, so other tests' allocations do not count against them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeFileCollection
{
    public const string Name = "large files";
}
