namespace NovaForge.Runner.Local.Model.Training;

/// <summary>Draws batches from a seeded shuffle of the rows, reshuffling at each epoch, so training order is reproducible.</summary>
public sealed class BatchSampler
{
    private readonly Random random;
    private readonly int[] order;
    private int position;

    public BatchSampler(int count, int seed)
    {
        random = new Random(seed);
        order = [.. Enumerable.Range(0, count)];
        position = count;
    }

    public int Epoch { get; private set; }

    public IReadOnlyList<int> Next(int size)
    {
        var batch = new List<int>(size);
        while (batch.Count < size && order.Length > 0)
        {
            if (position == order.Length)
            {
                random.Shuffle(order);
                position = 0;
                Epoch++;
            }

            batch.Add(order[position++]);
        }

        return batch;
    }
}
