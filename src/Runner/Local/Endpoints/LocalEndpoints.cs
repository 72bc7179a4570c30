using System.Text.Json;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Local.Endpoints;

/// <summary>Writes and reads local endpoint descriptors in the store's endpoints folder.</summary>
public static class LocalEndpoints
{
    /// <summary>Writes the descriptor atomically (temp file, then rename), so a reader never sees half of it.</summary>
    public static string Write(LocalStore store, LocalEndpoint endpoint)
    {
        Directory.CreateDirectory(store.Endpoints);
        var path = store.EndpointFile(endpoint.EndpointName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(endpoint, NovaJson.Indented) + "\n");
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The endpoint of that name, or null when none was deployed.</summary>
    public static LocalEndpoint? Read(LocalStore store, string endpointName)
    {
        var path = store.EndpointFile(endpointName);
        return File.Exists(path) ? JsonSerializer.Deserialize<LocalEndpoint>(File.ReadAllText(path), NovaJson.Options) : null;
    }
}
