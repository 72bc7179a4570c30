using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NovaForge.Runner.Evaluation.Inputs;

/// <summary>
/// Reads a stream of items on a background thread, at most a bounded number ahead of the consumer, so that parsing a
/// file overlaps with scoring it while memory stays bounded. A reading error surfaces where the item would have.
/// </summary>
public static class Prefetch
{
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int capacity, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var queue = new BlockingCollection<T>(capacity);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    queue.Add(item, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing more to read.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var item in queue.GetConsumingEnumerable(cancellation))
            {
                yield return item;
            }

            producer.Wait(cancellation);
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
    }
}
