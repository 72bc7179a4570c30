namespace NovaForge.Runner.Local.Model;

/// <summary>
/// What continued pre-training learns on the local model: how often each hashed word and word pair occurs in raw
/// text (document frequencies) and a hashed unigram language model (word counts). Later stages weight prompt
/// features by inverse document frequency, so words common in the domain text count less than rare, telling ones.
/// </summary>
public sealed class FeatureStatistics
{
    private readonly int[] documentFrequency;
    private readonly long[] wordCounts;

    public FeatureStatistics()
        : this(0, 0, new int[FeatureHasher.Space], new long[FeatureHasher.Space])
    {
    }

    private FeatureStatistics(long documents, long words, int[] documentFrequency, long[] wordCounts)
    {
        Documents = documents;
        Words = words;
        this.documentFrequency = documentFrequency;
        this.wordCounts = wordCounts;
    }

    public long Documents { get; private set; }

    public long Words { get; private set; }

    /// <summary>Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1.</summary>
    public float Weight(int index) => (float)(Math.Log((1.0 + Documents) / (1.0 + documentFrequency[index])) + 1.0);

    /// <summary>Average negative log-likelihood per word of the text under the add-one smoothed hashed unigram model.</summary>
    public double WordLoss(string text)
    {
        double total = 0;
        var count = 0;
        foreach (var word in FeatureHasher.Words(text))
        {
            var index = FeatureHasher.WordIndex(word);
            total -= Math.Log((wordCounts[index] + 1.0) / (Words + FeatureHasher.Space));
            count++;
        }

        return count == 0 ? 0 : total / count;
    }

    public void Add(string text)
    {
        Documents++;
        foreach (var index in FeatureHasher.TextFeatures(text))
        {
            documentFrequency[index]++;
        }

        foreach (var word in FeatureHasher.Words(text))
        {
            wordCounts[FeatureHasher.WordIndex(word)]++;
            Words++;
        }
    }

    public FeatureStatistics Clone() => new(Documents, Words, (int[])documentFrequency.Clone(), (long[])wordCounts.Clone());

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Documents);
        writer.Write(Words);
        WriteSparse(writer, documentFrequency, (w, v) => w.Write(v));
        WriteSparse(writer, wordCounts, (w, v) => w.Write(v));
    }

    internal static FeatureStatistics Read(BinaryReader reader)
    {
        var documents = reader.ReadInt64();
        var words = reader.ReadInt64();
        var frequency = ReadSparse(reader, r => r.ReadInt32());
        var counts = ReadSparse(reader, r => r.ReadInt64());
        return new FeatureStatistics(documents, words, frequency, counts);
    }

    private static void WriteSparse<T>(BinaryWriter writer, T[] values, Action<BinaryWriter, T> write)
        where T : struct, IEquatable<T>
    {
        var nonZero = Enumerable.Range(0, values.Length).Where(i => !values[i].Equals(default)).ToList();
        writer.Write(nonZero.Count);
        foreach (var index in nonZero)
        {
            writer.Write(index);
            write(writer, values[index]);
        }
    }

    private static T[] ReadSparse<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var values = new T[FeatureHasher.Space];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var index = reader.ReadInt32();
            if (index < 0 || index >= values.Length)
            {
                throw new InvalidDataException($"feature index {index} is outside the hashed space");
            }

            values[index] = read(reader);
        }

        return values;
    }
}
