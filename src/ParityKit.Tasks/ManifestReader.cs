using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security;

namespace ParityKit.Tasks
{
    /// <summary>
    /// Reads the provisioning manifest out of a built assembly: the assembly-level
    /// <c>[AssemblyMetadata("ParityKit.Manifest", json)]</c> the generator emits. Metadata only, through
    /// System.Reflection.Metadata: the assembly is never loaded, so nothing in it runs and the file is not locked
    /// beyond the read.
    /// </summary>
    internal static class ManifestReader
    {
        /// <summary>The metadata key; the same as the generator's <c>ManifestSource.MetadataKey</c>.</summary>
        public const string MetadataKey = "ParityKit.Manifest";

        /// <summary>The prefix of seed exports' metadata keys (<c>ParityKit.Seed.&lt;name&gt;</c>); the same as the generator's <c>SeedNames.MetadataPrefix</c>.</summary>
        public const string SeedMetadataPrefix = "ParityKit.Seed.";

        public static ManifestReadResult Read(string assemblyPath)
        {
            try
            {
                using FileStream stream = File.OpenRead(assemblyPath);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                {
                    return ManifestReadResult.Unreadable("the file is not a .NET assembly (it has no metadata)");
                }

                MetadataReader metadata = pe.GetMetadataReader();
                if (!metadata.IsAssembly)
                {
                    return ManifestReadResult.Unreadable("the file is a module, not an assembly");
                }

                string? manifest = null;
                var seeds = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
                {
                    CustomAttribute attribute = metadata.GetCustomAttribute(handle);
                    if (!IsAssemblyMetadataAttribute(metadata, attribute.Constructor)
                        || !TryReadKeyAndValue(metadata.GetBlobReader(attribute.Value), out string? key, out string? value))
                    {
                        continue;
                    }

                    if (key == MetadataKey)
                    {
                        if (value is null)
                        {
                            return ManifestReadResult.Unreadable("its " + MetadataKey + " metadata has no value");
                        }

                        manifest ??= value;
                    }
                    else if (key != null && value != null && key.StartsWith(SeedMetadataPrefix, StringComparison.Ordinal)
                        && IsSeedName(key.Substring(SeedMetadataPrefix.Length)) && !seeds.ContainsKey(key.Substring(SeedMetadataPrefix.Length)))
                    {
                        seeds.Add(key.Substring(SeedMetadataPrefix.Length), value);
                    }
                }

                return manifest is null ? ManifestReadResult.Absent : ManifestReadResult.Found(manifest, seeds);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException
                or ArgumentException or NotSupportedException or SecurityException or InvalidOperationException)
            {
                // A missing, locked or damaged file is an answer, not a crash of the build.
                return ManifestReadResult.Unreadable(e.Message);
            }
        }

        /// <summary>Seed names name files: letters, digits, '.', '-' and '_' only, never a path.</summary>
        private static bool IsSeedName(string name)
        {
            if (name.Length == 0 || name.Length > 100 || name[0] == '.' || name[0] == '-' || name[0] == '_')
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, EntityHandle constructor)
        {
            switch (constructor.Kind)
            {
                case HandleKind.MemberReference:
                    EntityHandle parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                    if (parent.Kind != HandleKind.TypeReference)
                    {
                        return false;
                    }

                    TypeReference reference = metadata.GetTypeReference((TypeReferenceHandle)parent);
                    return IsAssemblyMetadataAttributeName(metadata, reference.Namespace, reference.Name);

                case HandleKind.MethodDefinition:
                    // An assembly that defines its own System.Reflection.AssemblyMetadataAttribute (old frameworks' polyfill).
                    TypeDefinition definition = metadata.GetTypeDefinition(
                        metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                    return IsAssemblyMetadataAttributeName(metadata, definition.Namespace, definition.Name);

                default:
                    return false;
            }
        }

        private static bool IsAssemblyMetadataAttributeName(MetadataReader metadata, StringHandle @namespace, StringHandle name) =>
            metadata.StringComparer.Equals(name, "AssemblyMetadataAttribute")
            && metadata.StringComparer.Equals(@namespace, "System.Reflection");

        /// <summary>
        /// Decodes the attribute's blob for its <c>(string key, string value)</c> constructor (ECMA-335 II.23.3): the
        /// prolog 0x0001, then two SerStrings.
        /// </summary>
        private static bool TryReadKeyAndValue(BlobReader blob, out string? key, out string? value)
        {
            key = null;
            value = null;
            if (blob.Length < 2 || blob.ReadUInt16() != 1)
            {
                return false;
            }

            key = blob.ReadSerializedString();
            value = blob.ReadSerializedString();
            return true;
        }
    }
}
