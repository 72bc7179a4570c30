using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Planning;

namespace NovaForge.Runner.Engine;

/// <summary>Source hashes for fingerprints from the content-hash cache: one stat per unchanged file; a new hash is saved at once.</summary>
public sealed class CachedSourceHasher(ContentHashCache cache) : ISourceHasher
{
    public string Hash(string fullPath)
    {
        var hash = cache.Hash(fullPath);
        if (!hash.FromCache)
        {
            cache.Save();
        }

        return "sha256:" + hash.Sha256;
    }
}
