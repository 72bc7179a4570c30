using System.Text;

namespace NovaForge.Runner.IO;

/// <summary>
/// Writes files so that a reader (or a crash) only ever sees the old or the new content: write a temp file in the same
/// folder, flush it to disk, then rename it over the target. Optionally keeps the previous version as a backup.
/// </summary>
public static class AtomicFile
{
    private const UnixFileMode PrivateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteAllText(string path, string text, bool keepBackup = false, bool isPrivate = false) =>
        Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)), keepBackup, isPrivate);

    public static void Write(string path, Action<Stream> write, bool keepBackup = false, bool isPrivate = false)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = TemporaryPathFor(path);
        try
        {
            using (var stream = Create(temp, isPrivate))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (keepBackup && File.Exists(path))
            {
                var backupTemp = TemporaryPathFor(path + ".bak");
                File.Copy(path, backupTemp, overwrite: true);
                File.Move(backupTemp, path + ".bak", overwrite: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>A unique hidden name beside <paramref name="path"/>, which no reader mistakes for the file itself.</summary>
    public static string TemporaryPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }

    private static FileStream Create(string path, bool isPrivate)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (isPrivate && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateMode;
        }

        return new FileStream(path, options);
    }
}
