using NovaForge.Schema.Catalog;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// What the pipeline's model allows in rows that are conversations already, by the SDK's per-model rules: reasoning,
/// documents and tool configuration are for Nova 2 (nova-lite-2), media not for nova-micro, video as WebM only for
/// Nova 1. An unknown model allows what Nova 2 allows, as the SDK does without one.
/// </summary>
public sealed record ConversationModel(string? Name, int? Generation)
{
    public const string Micro = "nova-micro";
    public const string Lite2 = "nova-lite-2";

    public bool IsNova1 => Generation == 1;

    public bool IsMicro => Name == Micro;

    public static ConversationModel Of(string? model, NovaCatalog catalog) =>
        new(model, model is not null && catalog.Models.TryGetValue(model, out var info) ? info.Generation : null);
}
