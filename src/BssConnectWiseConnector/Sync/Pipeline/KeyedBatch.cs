namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>A batch pushed by natural key: what its records refer to, and the keys planned so far (two records with one key fail).</summary>
/// <typeparam name="TReferences">What the batch's records refer to.</typeparam>
internal sealed class KeyedBatch<TReferences>
{
    /// <summary>Initializes a new instance of the <see cref="KeyedBatch{TReferences}"/> class.</summary>
    /// <param name="references">What the batch's records refer to.</param>
    /// <param name="comparer">How natural keys compare.</param>
    public KeyedBatch(TReferences references, StringComparer comparer)
    {
        References = references;
        Keys = new Dictionary<string, string>(comparer);
    }

    /// <summary>Gets what the batch's records refer to.</summary>
    public TReferences References { get; }

    /// <summary>Gets the natural keys planned so far, each with the BSS id that has it.</summary>
    public Dictionary<string, string> Keys { get; }
}
