namespace NovaForge.Runner.Data.Hashing;

/// <summary>One cached hash: valid while the file keeps this size and modification time (UTC ticks).</summary>
public sealed record HashCacheEntry(long Size, long MtimeTicks, string Sha256);
