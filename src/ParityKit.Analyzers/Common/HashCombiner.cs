namespace ParityKit.Analyzers.Common
{
    /// <summary>Hash combining for netstandard2.0, which has no System.HashCode (and analyzers ship no extra dependencies).</summary>
    internal static class HashCombiner
    {
        public static int Combine(int hash, int value)
        {
            unchecked
            {
                return (hash * 31) + value;
            }
        }

        public static int Combine(int hash, object? value) => Combine(hash, value?.GetHashCode() ?? 0);
    }
}
