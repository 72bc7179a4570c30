using System.Diagnostics;
using System.Globalization;
using NovaForge.Runner.Data.Hashing;

namespace NovaForge.Bench.Data;

/// <summary>
/// What <c>plan</c> does for each data file: ask the hash cache (size + mtime) and hash only what changed. Prints each
/// file's hash, whether it came from the cache, and the time taken in-process.
/// </summary>
public static class HashCheck
{
    public static int Run(string cacheDirectory, IReadOnlyList<string> files)
    {
        var watch = Stopwatch.StartNew();
        var cache = ContentHashCache.Open(cacheDirectory);
        var total = 0L;
        foreach (var file in files)
        {
            var hash = cache.Hash(file);
            total += hash.Size;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(hash.FromCache ? "cached" : "hashed")} {hash.Sha256} {hash.Size:N0} bytes {file}"));
        }

        cache.Save();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} file(s), {total / 1e9:F2} GB checked in {watch.Elapsed.TotalMilliseconds:F1} ms (in-process)"));
        return 0;
    }
}
