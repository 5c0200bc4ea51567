using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>A declaration by kind and position in its kind's source-ordered list.</summary>
    internal readonly record struct DeclarationRef(DeclarationKind Kind, int Index);

    /// <summary>A declaration that repeats an earlier one (<see cref="Kept"/>), which the manifest keeps instead.</summary>
    internal readonly record struct Repeat(DeclarationRef Declaration, DeclarationRef Kept);

    /// <summary>
    /// Finds repeated declarations, shared by the generator (which drops them) and the analyzer (which reports them as
    /// PK9002). Setting and secret keys share one key space and compare as configuration does; API names compare
    /// case-insensitively. Within a kind the first in source order is kept.
    /// </summary>
    internal static class DuplicateDetector
    {
        public static ImmutableArray<Repeat> Find(
            IReadOnlyList<SettingDeclaration> settings,
            IReadOnlyList<SecretDeclaration> secrets,
            IReadOnlyList<ThirdPartyApiDeclaration> apis)
        {
            ImmutableArray<Repeat>.Builder repeats = ImmutableArray.CreateBuilder<Repeat>();

            // Secrets go first, so a key declared both ways stays a secret whatever the source order: the mistake that
            // leaks is treating a secret as a plain setting (whose default is written out), never the reverse.
            var keys = new Dictionary<string, DeclarationRef>(ConfigurationKey.Comparer);
            for (int i = 0; i < secrets.Count; i++)
            {
                Track(keys, secrets[i].Key, new DeclarationRef(DeclarationKind.Secret, i), repeats);
            }

            for (int i = 0; i < settings.Count; i++)
            {
                Track(keys, settings[i].Key, new DeclarationRef(DeclarationKind.Setting, i), repeats);
            }

            var names = new Dictionary<string, DeclarationRef>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < apis.Count; i++)
            {
                Track(names, apis[i].Name, new DeclarationRef(DeclarationKind.ThirdPartyApi, i), repeats);
            }

            return repeats.ToImmutable();
        }

        /// <summary>
        /// Repeated browser declarations: storage keys compare exactly (the browser's keys are case-sensitive), service
        /// worker paths case-insensitively (one script, however its path is cased). The first in source order is kept.
        /// </summary>
        public static ImmutableArray<Repeat> FindBrowser(
            IReadOnlyList<ClientStorageKeyDeclaration> storageKeys,
            IReadOnlyList<ServiceWorkerDeclaration> serviceWorkers)
        {
            ImmutableArray<Repeat>.Builder repeats = ImmutableArray.CreateBuilder<Repeat>();
            var keys = new Dictionary<string, DeclarationRef>(StringComparer.Ordinal);
            for (int i = 0; i < storageKeys.Count; i++)
            {
                Track(keys, storageKeys[i].Key, new DeclarationRef(DeclarationKind.ClientStorageKey, i), repeats);
            }

            var paths = new Dictionary<string, DeclarationRef>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < serviceWorkers.Count; i++)
            {
                Track(paths, serviceWorkers[i].Path, new DeclarationRef(DeclarationKind.ServiceWorker, i), repeats);
            }

            return repeats.ToImmutable();
        }

        private static void Track(
            Dictionary<string, DeclarationRef> seen,
            string key,
            DeclarationRef declaration,
            ImmutableArray<Repeat>.Builder repeats)
        {
            if (seen.TryGetValue(key, out DeclarationRef kept))
            {
                repeats.Add(new Repeat(declaration, kept));
            }
            else
            {
                seen.Add(key, declaration);
            }
        }
    }
}
