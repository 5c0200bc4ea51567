#pragma warning disable RS1035
namespace ParityKit.Analyzers.Common
{
    internal static class Exp
    {
        private static readonly string Flags = "," + (System.Environment.GetEnvironmentVariable("PKEXP") ?? "") + ",";
        public static bool Off(string name) => Flags.Contains("," + name + ",");
    }
}
