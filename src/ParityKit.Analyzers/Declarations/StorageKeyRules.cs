namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// Browser storage keys: any string the app passes to <c>setItem</c>, compared exactly (case and spaces count), so a
    /// declaration must spell the key the way the app writes it.
    /// </summary>
    internal static class StorageKeyRules
    {
        /// <summary>What is wrong with a key, phrased to follow "the key ...", or <see langword="null"/> when it is fine.</summary>
        public static string? FindProblem(string? key)
        {
            if (key is null || key.Trim().Length == 0)
            {
                return "is empty; give the localStorage/sessionStorage key the app writes, e.g. \"onboarding-step\"";
            }

            if (key.Trim().Length != key.Length)
            {
                return "starts or ends with whitespace, and storage keys compare exactly; write the key as the app writes it, e.g. \"onboarding-step\"";
            }

            return null;
        }
    }
}
