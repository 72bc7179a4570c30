namespace NovaForge.Runner.Data.Output;

/// <summary>
/// Writes a file so that readers see the old content or the new one, never a part: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. On failure the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = TemporaryPathFor(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A unique hidden name beside <paramref name="path"/>, which no reader mistakes for the file itself.</summary>
    public static string TemporaryPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }
}
