using NovaForge.Schema.Model;

namespace NovaForge.Schema.Graph;

/// <summary>
/// The stages and what each depends on: the stage named in 'from' and the eval stages a judge compares.
/// Gives a dependency order (file order among independent stages) and finds cycles.
/// </summary>
public sealed class StageGraph
{
    private readonly Dictionary<string, StageDefinition> byId;

    public StageGraph(IEnumerable<StageDefinition> stages)
    {
        Stages = [.. stages.Where(s => s.Id is not null)];
        byId = Stages.DistinctBy(s => s.Id).ToDictionary(s => s.Id!, StringComparer.Ordinal);
    }

    public IReadOnlyList<StageDefinition> Stages { get; }

    public StageDefinition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The ids a stage depends on, in the order they are named.</summary>
    public static IEnumerable<string> DependenciesOf(StageDefinition stage)
    {
        if (stage.From is { } from && from != StageDefinition.BaseModel)
        {
            yield return from;
        }

        if (stage.Eval?.Judge is { } judge)
        {
            if (judge.Baseline is not null)
            {
                yield return judge.Baseline;
            }

            if (judge.Challenger is not null)
            {
                yield return judge.Challenger;
            }
        }
    }

    /// <summary>Every stage that depends, directly or not, on <paramref name="id"/>.</summary>
    public IReadOnlySet<string> Downstream(string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var stage in Stages)
            {
                if (!result.Contains(stage.Id!) && DependenciesOf(stage).Any(d => d == id || result.Contains(d)))
                {
                    changed |= result.Add(stage.Id!);
                }
            }
        }

        return result;
    }

    /// <summary>Stages in an order where each comes after its dependencies, keeping file order otherwise; null when there is a cycle.</summary>
    public IReadOnlyList<StageDefinition>? TopologicalOrder()
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<StageDefinition>();
        while (order.Count < byId.Count)
        {
            var next = byId.Values
                .Where(s => !placed.Contains(s.Id!))
                .OrderBy(s => Stages.ToList().IndexOf(s))
                .FirstOrDefault(s => DependenciesOf(s).All(d => placed.Contains(d) || !byId.ContainsKey(d)));
            if (next is null)
            {
                return null;
            }

            placed.Add(next.Id!);
            order.Add(next);
        }

        return order;
    }

    /// <summary>The first cycle found, as ids from a stage back to itself.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var stage in Stages)
        {
            var cycle = Visit(stage.Id!, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;
    }

    private List<string>? Visit(string id, Dictionary<string, int> state, List<string> path)
    {
        if (state.GetValueOrDefault(id) == 2 || !byId.TryGetValue(id, out var stage))
        {
            return null;
        }

        if (state.GetValueOrDefault(id) == 1)
        {
            return [.. path.SkipWhile(p => p != id), id];
        }

        state[id] = 1;
        path.Add(id);
        foreach (var dependency in DependenciesOf(stage))
        {
            var cycle = Visit(dependency, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[id] = 2;
        return null;
    }
}
