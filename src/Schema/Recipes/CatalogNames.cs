using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Recipes;

/// <summary>How the pipeline model's enums are spelled in the catalog, and how messages name them.</summary>
internal static class CatalogNames
{
    public const string Lora = "lora";

    public static string Kind(StageKind kind) => kind switch
    {
        StageKind.Eval => "eval",
        StageKind.Sft => "sft",
        StageKind.Dpo => "dpo",
        StageKind.Rft => "rft",
        StageKind.Cpt => "cpt",
        _ => "deploy",
    };

    public static string Method(TrainingMethod method) => method == TrainingMethod.Full ? "full" : Lora;

    public static string Platform(Platform platform) => platform == Model.Platform.Hyperpod ? NovaCatalog.Hyperpod : NovaCatalog.TrainingJob;

    /// <summary>The kind as people write it: SFT, DPO, RFT, CPT, evaluation.</summary>
    public static string Display(string kind) => kind == "eval" ? "evaluation" : kind.ToUpperInvariant();

    /// <summary>e.g. "SFT (lora) for nova-lite-2".</summary>
    public static string Describe(string kind, string? method, string model) =>
        method is null ? $"{Display(kind)} for {model}" : $"{Display(kind)} ({method}) for {model}";
}
