namespace NovaForge.Runner.Planning;

/// <summary>Content hashes of source files, cached by path, size and modification time as DVC does.</summary>
public interface ISourceHasher
{
    string Hash(string fullPath);
}
