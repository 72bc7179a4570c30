using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Planning;

namespace NovaForge.Runner.Engine;

/// <summary>Source hashes for fingerprints from the content-hash cache (one stat per unchanged file).</summary>
public sealed class CachedSourceHasher(ContentHashCache cache) : ISourceHasher
{
    public string Hash(string fullPath) => "sha256:" + cache.Hash(fullPath).Sha256;

    public void Save() => cache.Save();
}
