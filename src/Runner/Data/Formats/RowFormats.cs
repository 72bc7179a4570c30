using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Formats;

/// <summary>Which row format a stage's data takes, and whether the pipeline's model can train on it.</summary>
public static class RowFormats
{
    public const string GenQaTask = "gen_qa";
    public const string RftEvalTask = "rft_eval";

    /// <summary>The format for a stage kind (and, for eval, its task: gen_qa or rft_eval); null when the kind reads no dataset.</summary>
    public static IRowFormat? For(StageKind kind, string? evalTask = null) => kind switch
    {
        StageKind.Eval when evalTask is null or GenQaTask => GenQaFormat.Instance,
        StageKind.Eval when evalTask == RftEvalTask => RftFormat.Instance,
        StageKind.Sft => SftConverseFormat.Instance,
        StageKind.Dpo => DpoConverseFormat.Instance,
        StageKind.Rft => RftFormat.Instance,
        StageKind.Cpt => CptFormat.Instance,
        _ => null,
    };

    /// <summary>RFT data is for Nova 2 Lite only, DPO data for Nova 1 models only (the SDK's rule and the user guide's).</summary>
    public static Diagnostic? CheckModel(IRowFormat format, string? model, NovaCatalog catalog, string path)
    {
        if (model is null || !catalog.Models.TryGetValue(model, out var info))
        {
            return null;
        }

        return format switch
        {
            RftFormat when info.Generation != 2 => DiagnosticFactory.MethodNeedsModel(path, format.Name, model, "nova-lite-2"),
            DpoConverseFormat when info.Generation != 1 => DiagnosticFactory.MethodNeedsModel(path, format.Name, model, "a Nova 1 model (nova-micro, nova-lite, nova-pro)"),
            _ => null,
        };
    }
}
