using System.Numerics;

namespace NovaForge.Runner.Local.Model;

/// <summary>
/// A linear model scoring every known response for a prompt: logit[k] = bias[k] + sum over features f of x[f] * W[f, k].
/// Hashed feature indices are folded into <see cref="Dimension"/> rows, chosen so the weights stay small (at most
/// about a million) whatever the vocabulary size.
/// </summary>
public sealed class LinearScorer
{
    private const int MaxParameters = 1 << 20;
    private const int MinDimension = 1 << 12;

    // Weights W[f, k] at f * Classes + k, then the biases: one array, so an optimizer treats them alike.
    private readonly float[] parameters;

    public LinearScorer(int dimension, int classes)
        : this(dimension, classes, new float[(dimension * classes) + classes])
    {
    }

    private LinearScorer(int dimension, int classes, float[] parameters)
    {
        if (!BitOperations.IsPow2(dimension) || dimension > FeatureHasher.Space)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "the dimension must be a power of two within the hashed space");
        }

        Dimension = dimension;
        Classes = classes;
        this.parameters = parameters;
    }

    public int Dimension { get; }

    public int Classes { get; }

    /// <summary>The largest power-of-two dimension (within the hashed space) that keeps dimension x classes under a million.</summary>
    public static int DimensionFor(int classes)
    {
        var dimension = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, MaxParameters / Math.Max(1, classes)));
        if (dimension * Math.Max(1, classes) > MaxParameters)
        {
            dimension /= 2;
        }

        return Math.Clamp(dimension, MinDimension, FeatureHasher.Space);
    }

    public double[] Logits(SparseFeatures features)
    {
        var logits = new double[Classes];
        var bias = BiasOffset;
        for (var k = 0; k < Classes; k++)
        {
            logits[k] = parameters[bias + k];
        }

        var mask = Dimension - 1;
        for (var i = 0; i < features.Count; i++)
        {
            var row = (features.Indices[i] & mask) * Classes;
            var x = features.Values[i];
            for (var k = 0; k < Classes; k++)
            {
                logits[k] += x * parameters[row + k];
            }
        }

        return logits;
    }

    /// <summary>The number of parameters (weights and biases), the length of a gradient.</summary>
    public int ParameterCount => parameters.Length;

    internal Span<float> Parameters => parameters;

    internal int BiasOffset => Dimension * Classes;

    /// <summary>The weight row a hashed feature index folds into.</summary>
    internal int Row(int featureIndex) => featureIndex & (Dimension - 1);

    public LinearScorer Clone() => new(Dimension, Classes, (float[])parameters.Clone());

    /// <summary>The same scores for the existing responses, zero weights for <paramref name="classes"/> - <see cref="Classes"/> new ones.</summary>
    public LinearScorer WithClasses(int classes)
    {
        if (classes == Classes)
        {
            return Clone();
        }

        var grown = new LinearScorer(Dimension, classes);
        var kept = Math.Min(Classes, classes);
        for (var f = 0; f < Dimension; f++)
        {
            Array.Copy(parameters, f * Classes, grown.parameters, f * classes, kept);
        }

        Array.Copy(parameters, BiasOffset, grown.parameters, grown.BiasOffset, kept);
        return grown;
    }

    /// <summary>Writes the bias and only the feature rows that are not all zero (most hashed rows never see a feature).</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Dimension);
        writer.Write(Classes);
        for (var k = 0; k < Classes; k++)
        {
            writer.Write(parameters[BiasOffset + k]);
        }

        var rows = Enumerable.Range(0, Dimension).Where(f => parameters.AsSpan(f * Classes, Classes).ContainsAnyExcept(0f)).ToList();
        writer.Write(rows.Count);
        foreach (var f in rows)
        {
            writer.Write(f);
            for (var k = 0; k < Classes; k++)
            {
                writer.Write(parameters[(f * Classes) + k]);
            }
        }
    }

    internal static LinearScorer Read(BinaryReader reader)
    {
        var dimension = reader.ReadInt32();
        var classes = reader.ReadInt32();
        if (!BitOperations.IsPow2(dimension) || dimension > FeatureHasher.Space || classes < 0 || (long)dimension * classes > MaxParameters * 4L)
        {
            throw new InvalidDataException($"bad scorer shape {dimension} x {classes}");
        }

        var scorer = new LinearScorer(dimension, classes);
        for (var k = 0; k < classes; k++)
        {
            scorer.parameters[scorer.BiasOffset + k] = reader.ReadSingle();
        }

        var rows = reader.ReadInt32();
        for (var r = 0; r < rows; r++)
        {
            var f = reader.ReadInt32();
            if (f < 0 || f >= dimension)
            {
                throw new InvalidDataException($"feature row {f} is outside the scorer");
            }

            for (var k = 0; k < classes; k++)
            {
                scorer.parameters[(f * classes) + k] = reader.ReadSingle();
            }
        }

        return scorer;
    }
}
