using System;
using System.Collections.Generic;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Which declared keys a set of reads reaches: a read of the key or of anything under it, a section read that
    /// contains it, or a run-time key whose known start and end fit it. Built once, then one look-up per section level
    /// of a key plus the (few) patterns.
    /// </summary>
    internal sealed class ReadCoverage
    {
        // Canonical keys read, with every parent section of each (a read under a declared key reaches it).
        private readonly HashSet<string> _keysAndParents = new(StringComparer.Ordinal);
        private readonly HashSet<string> _sections = new(StringComparer.Ordinal);
        private readonly List<(string Prefix, string Suffix)> _patterns = new();

        public ReadCoverage(IEnumerable<ReadKey> reads)
        {
            foreach (ReadKey read in reads)
            {
                string canonical = ConfigurationKey.Canonical(read.Key);
                switch (read.Kind)
                {
                    case ReadKeyKind.Key:
                        _keysAndParents.Add(canonical);
                        for (int colon = canonical.IndexOf(':'); colon >= 0; colon = canonical.IndexOf(':', colon + 1))
                        {
                            _keysAndParents.Add(canonical.Substring(0, colon));
                        }

                        break;
                    case ReadKeyKind.Section:
                        _sections.Add(canonical);
                        break;
                    default:
                        _patterns.Add((canonical, ConfigurationKey.Canonical(read.Suffix)));
                        break;
                }
            }
        }

        public bool Covers(string key)
        {
            string canonical = ConfigurationKey.Canonical(key);
            if (_keysAndParents.Contains(canonical) || _sections.Contains(canonical) || _sections.Contains(string.Empty))
            {
                return true;
            }

            for (int colon = canonical.IndexOf(':'); colon >= 0; colon = canonical.IndexOf(':', colon + 1))
            {
                if (_sections.Contains(canonical.Substring(0, colon)))
                {
                    return true;
                }
            }

            foreach ((string prefix, string suffix) in _patterns)
            {
                if (canonical.StartsWith(prefix, StringComparison.Ordinal)
                    && (suffix.Length == 0 || canonical.EndsWith(suffix, StringComparison.Ordinal) || canonical.IndexOf(suffix + ":", prefix.Length, StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
