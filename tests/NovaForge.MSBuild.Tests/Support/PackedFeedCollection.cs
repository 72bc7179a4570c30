namespace NovaForge.MSBuild.Tests.Support;

/// <summary>The tests that share one packed feed; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
