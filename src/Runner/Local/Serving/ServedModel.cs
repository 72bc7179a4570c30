using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Serving;

/// <summary>A local model ready to answer: its id in responses (novaforge-local:STAGE), the endpoint it is served as, and the model.</summary>
public sealed record ServedModel(string Id, string EndpointName, LocalModel Model);
