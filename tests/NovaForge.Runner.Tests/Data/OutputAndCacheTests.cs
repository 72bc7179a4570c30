using System.Security.Cryptography;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>The output's hash, nothing left on failure, and the size+mtime hash cache.</summary>
public sealed class OutputAndCacheTests : IDisposable
{
    private readonly DataWorkspace workspace = new();

    [Fact]
    public void The_hash_is_the_sha256_of_exactly_the_bytes_written()
    {
        workspace.Write("q.csv", "Body,Y\na,b\nc,d\n");

        var result = workspace.PrepareDataset(Pipeline(), "q", SftConverseFormat.Instance);

        var bytes = File.ReadAllBytes(result.Path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Sha256);
        Assert.Equal(bytes.LongLength, result.Bytes);
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public void The_hash_stays_exact_when_the_output_spans_many_write_buffers()
    {
        var csv = new System.Text.StringBuilder("Body,Y\n");
        for (var i = 0; i < 30_000; i++)
        {
            csv.Append("\"question ").Append(i).Append(", with \"\"quotes\"\" and a long tail of words to fill the buffers\",label\n");
        }

        workspace.Write("q.csv", csv.ToString());

        var result = workspace.PrepareDataset(Pipeline(), "q", SftConverseFormat.Instance);

        Assert.True(result.Bytes > 4 << 20);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(result.Path))), result.Sha256);
        Assert.Equal(30_000, File.ReadLines(result.Path).Count());
    }

    [Fact]
    public void A_failed_preparation_leaves_nothing_in_the_output_folder_not_even_an_older_file()
    {
        workspace.Write("q.csv", "Body,Y\na,b\n");
        var good = workspace.PrepareDataset(Pipeline(), "q", SftConverseFormat.Instance);
        workspace.Write("q.csv", "Body,Y\na,b\nc,\n");

        var bad = workspace.PrepareDataset(Pipeline(), "q", SftConverseFormat.Instance);

        Assert.True(good.Succeeded);
        Assert.False(bad.Succeeded);
        Assert.Null(bad.Sha256);
        Assert.Empty(Directory.GetFiles(workspace.OutputDirectory));
    }

    [Fact]
    public void The_cache_answers_from_size_and_mtime_and_rehashes_when_either_changes()
    {
        var file = workspace.Write("data.bin", "first content");
        var cacheDirectory = Path.Combine(workspace.Directory, "cache");

        var cache = ContentHashCache.Open(cacheDirectory);
        var first = cache.Hash(file);
        cache.Save();
        var hit = ContentHashCache.Open(cacheDirectory).Hash(file);

        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(5));
        var afterTouch = cache.Hash(file);
        File.WriteAllText(file, "second, longer content");
        var afterEdit = cache.Hash(file);

        Assert.False(first.FromCache);
        Assert.True(hit.FromCache);
        Assert.Equal(first.Sha256, hit.Sha256);
        Assert.False(afterTouch.FromCache);
        Assert.False(afterEdit.FromCache);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), afterEdit.Sha256);
    }

    [Fact]
    public void Saving_drops_the_entries_of_files_that_are_gone()
    {
        var cacheDirectory = Path.Combine(workspace.Directory, "cache");
        var kept = workspace.Write("kept.txt", "kept");
        var gone = workspace.Write("gone.txt", "gone");
        var cache = ContentHashCache.Open(cacheDirectory);
        cache.Hash(kept);
        cache.Hash(gone);
        File.Delete(gone);

        cache.Save();

        var saved = File.ReadAllText(Path.Combine(cacheDirectory, ContentHashCache.FileName));
        Assert.Contains("kept.txt", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("gone.txt", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_cache_is_ignored_with_a_warning()
    {
        var cacheDirectory = Path.Combine(workspace.Directory, "cache");
        Directory.CreateDirectory(cacheDirectory);
        File.WriteAllText(Path.Combine(cacheDirectory, ContentHashCache.FileName), "{ not json");

        var cache = ContentHashCache.Open(cacheDirectory);
        var hash = cache.Hash(workspace.Write("x.txt", "x"));

        Assert.Equal("NF5061", Assert.Single(cache.Diagnostics).Code);
        Assert.False(hash.FromCache);
    }

    public void Dispose() => workspace.Dispose();

    private static PipelineDefinition Pipeline() =>
        DataWorkspace.Pipeline("nova-lite-2", new() { ["q"] = new() { Source = "q.csv", Columns = new() { Query = "Body", Response = "Y" } } });
}
