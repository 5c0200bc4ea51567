using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ParityKit.Tasks
{
    /// <summary>
    /// Writes the provisioning manifest embedded in a built assembly to a file. Generators cannot write files, so the
    /// manifest travels inside the assembly and this task, run after compile, puts it where a provisioner looks. The file
    /// is rewritten only when its content changes, so its timestamp (and anything incremental that depends on it) stays
    /// put across no-op builds.
    /// </summary>
    /// <example><code>&lt;WriteParityManifest AssemblyPath="@(IntermediateAssembly->'%(FullPath)')" ManifestPath="$(ParityKitManifestPath)" /&gt;</code></example>
    public sealed class WriteParityManifest : Microsoft.Build.Utilities.Task
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The built assembly to read the manifest from.</summary>
        [Required]
        public string AssemblyPath { get; set; } = string.Empty;

        /// <summary>Where to write the manifest (e.g. <c>$(OutDir)paritykit.manifest.json</c>).</summary>
        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>
        /// Where the seed exports (<c>paritykit.seed.&lt;name&gt;.json</c>) go; by default the manifest's folder. Every
        /// <c>[SeedBaseline]</c> the generator could export is written, each only when its content changes.
        /// </summary>
        public string? SeedDirectory { get; set; }

        /// <summary>The seed export files this run wrote or found up to date, for <c>FileWrites</c>.</summary>
        [Output]
        public ITaskItem[] SeedFiles { get; private set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            ManifestReadResult result = ManifestReader.Read(AssemblyPath);
            switch (result.Status)
            {
                case ManifestReadStatus.Absent:
                    Log.LogMessage(
                        MessageImportance.High,
                        "ParityKit: {0} carries no manifest (the ParityKit generator did not run in it); {1} was not written",
                        AssemblyPath,
                        ManifestPath);
                    return true;

                case ManifestReadStatus.Unreadable:
                    Log.LogError("ParityKit: could not read the manifest from {0}: {1}", AssemblyPath, result.Error);
                    return false;

                default:
                    return Write(result.Json!, ManifestPath, "manifest") && WriteSeeds(result);
            }
        }

        private bool WriteSeeds(ManifestReadResult result)
        {
            string directory = string.IsNullOrEmpty(SeedDirectory)
                ? Path.GetDirectoryName(Path.GetFullPath(ManifestPath)) ?? string.Empty
                : SeedDirectory!;
            var files = new List<ITaskItem>();
            foreach (KeyValuePair<string, string> seed in result.Seeds)
            {
                string path = Path.Combine(directory, "paritykit.seed." + seed.Key + ".json");
                if (!Write(seed.Value, path, "seed export '" + seed.Key + "'"))
                {
                    return false;
                }

                files.Add(new TaskItem(Path.GetFullPath(path)));
            }

            SeedFiles = files.ToArray();
            return true;
        }

        private bool Write(string json, string target, string what)
        {
            try
            {
                string path = Path.GetFullPath(target);
                byte[] content = Utf8NoBom.GetBytes(json);
                if (File.Exists(path) && ContentEquals(File.ReadAllBytes(path), content))
                {
                    Log.LogMessage(MessageImportance.Normal, "ParityKit: {0} at {1} is up to date", what, path);
                    return true;
                }

                string? directory = Path.GetDirectoryName(path);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                File.WriteAllBytes(path, content);
                Log.LogMessage(MessageImportance.High, "ParityKit: {0} written to {1}", what, path);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                or NotSupportedException or SecurityException)
            {
                Log.LogError("ParityKit: could not write the {0} to {1}: {2}", what, target, e.Message);
                return false;
            }
        }

        private static bool ContentEquals(byte[] left, byte[] right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
