using System.Collections.Generic;

namespace ParityKit.Tasks
{
    /// <summary>What <see cref="ManifestReader"/> found in an assembly.</summary>
    internal enum ManifestReadStatus
    {
        /// <summary>The assembly carries a manifest: <see cref="ManifestReadResult.Json"/>.</summary>
        Found,

        /// <summary>A readable assembly without a manifest (ParityKit's generator did not run in it).</summary>
        Absent,

        /// <summary>The file is missing, not a .NET assembly, or damaged: <see cref="ManifestReadResult.Error"/> says which.</summary>
        Unreadable,
    }

    /// <summary>The outcome of reading a manifest; never an exception.</summary>
    internal sealed class ManifestReadResult
    {
        private static readonly IReadOnlyDictionary<string, string> NoSeeds = new Dictionary<string, string>();

        private ManifestReadResult(ManifestReadStatus status, string? json, string? error, IReadOnlyDictionary<string, string>? seeds = null)
        {
            Seeds = seeds ?? NoSeeds;
            Status = status;
            Json = json;
            Error = error;
        }

        public ManifestReadStatus Status { get; }

        /// <summary>The manifest text, exactly as embedded, when <see cref="Status"/> is <see cref="ManifestReadStatus.Found"/>.</summary>
        public string? Json { get; }

        /// <summary>Why the assembly could not be read, when <see cref="Status"/> is <see cref="ManifestReadStatus.Unreadable"/>.</summary>
        public string? Error { get; }

        /// <summary>The seed exports embedded beside the manifest, by seed name (ordinal order).</summary>
        public IReadOnlyDictionary<string, string> Seeds { get; }

        public static ManifestReadResult Found(string json, IReadOnlyDictionary<string, string>? seeds = null) => new(ManifestReadStatus.Found, json, null, seeds);

        public static ManifestReadResult Absent { get; } = new(ManifestReadStatus.Absent, null, null);

        public static ManifestReadResult Unreadable(string error) => new(ManifestReadStatus.Unreadable, null, error);
    }
}
