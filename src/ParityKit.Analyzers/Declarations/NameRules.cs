using System.Globalization;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// App and third-party API names: short, stable identifiers a provisioner uses to name resources and look up
    /// vendor tiers, so they keep to characters every such system accepts.
    /// </summary>
    internal static class NameRules
    {
        /// <summary>What is wrong with a name, phrased to follow "the name ...", or <see langword="null"/> when it is fine.</summary>
        public static string? FindProblem(string? name, string example)
        {
            if (name is null || name.Trim().Length == 0)
            {
                return string.Format(CultureInfo.InvariantCulture, "is empty; give a short, stable name, e.g. \"{0}\"", example);
            }

            foreach (char c in name)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_'))
                {
                    return string.Format(
                        CultureInfo.InvariantCulture,
                        "contains {0}; use letters, digits, '.', '-' and '_' only, e.g. \"{1}\"",
                        ConfigurationKey.Describe(c),
                        example);
                }
            }

            return null;
        }
    }
}
