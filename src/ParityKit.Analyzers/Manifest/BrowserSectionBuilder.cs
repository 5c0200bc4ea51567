using System;
using System.Collections.Generic;
using System.Linq;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Manifest.Models;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>Turns the browser-state declarations into the manifest's deterministic <see cref="BrowserSection"/>.</summary>
    internal static class BrowserSectionBuilder
    {
        public static BrowserSection Build(BrowserDeclarationSet declarations)
        {
            if (declarations.BaseUrlSettings.IsEmpty && declarations.StorageKeys.IsEmpty && declarations.ServiceWorkers.IsEmpty)
            {
                return BrowserSection.Empty;
            }

            // Repeats (PK9002) keep the first in source order, as DuplicateDetector.FindBrowser decides.
            return new BrowserSection(
                declarations.BaseUrlSettings.IsEmpty ? null : declarations.BaseUrlSettings[0].Key,
                DistinctSorted(declarations.StorageKeys.Select(k => k.Key), StringComparer.Ordinal),
                DistinctSorted(declarations.ServiceWorkers.Select(w => w.Path), StringComparer.OrdinalIgnoreCase));
        }

        private static EquatableArray<string> DistinctSorted(IEnumerable<string> values, StringComparer sameness) =>
            values.Distinct(sameness).OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray();
    }
}
