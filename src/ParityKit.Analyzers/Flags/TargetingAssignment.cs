using System.Security.Cryptography;
using System.Text;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// Microsoft.FeatureManagement's percentage targeting, which is a pure function of (user id, feature name): the
    /// SHA-256 of the UTF-8 bytes of <c>"{userId}\n{featureName}"</c>, its first four bytes read as a little-endian
    /// unsigned integer, scaled to a percentage of <see cref="uint.MaxValue"/>; the user is targeted when that is below
    /// the rollout percentage. A test compares every decision with the library's own targeting filter.
    /// </summary>
    internal static class TargetingAssignment
    {
        /// <summary>Where a user falls on the 0–100 scale of a feature's rollout.</summary>
        public static double Percentage(string userId, string featureName)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(userId + "\n" + featureName));
            uint marker = hash[0] | ((uint)hash[1] << 8) | ((uint)hash[2] << 16) | ((uint)hash[3] << 24);
            return marker / (double)uint.MaxValue * 100;
        }

        public static bool IsTargeted(string userId, string featureName, double rolloutPercentage) =>
            Percentage(userId, featureName) < rolloutPercentage;
    }
}
