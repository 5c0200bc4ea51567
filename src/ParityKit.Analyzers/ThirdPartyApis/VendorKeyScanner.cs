using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// Finds vendor keys in text by the catalog's key prefixes, longest prefix first. A match must start a token, be
    /// at least the vendor's <c>minimumKeyLength</c> long, and its part after the prefix must look random (eight or more
    /// key characters, letters and digits both), so <c>"sk_live_"</c> in a prefix check or <c>"sk_test_your_key_here"</c>
    /// is not a key.
    /// </summary>
    internal sealed class VendorKeyScanner
    {
        private const int MinimumBodyLength = 8;

        private static readonly Lazy<VendorKeyScanner> EmbeddedScanner = new(() => new VendorKeyScanner(VendorCatalog.Embedded.Vendors));

        private readonly ImmutableArray<Entry> _entries;

        public VendorKeyScanner(ImmutableArray<Vendor> vendors)
        {
            var entries = new List<Entry>();
            foreach (Vendor vendor in vendors)
            {
                VendorKeyPrefixes keys = vendor.Keys;
                foreach (string prefix in keys.Live)
                {
                    entries.Add(new Entry(vendor, prefix, KeyTier.Live));
                }

                foreach (string prefix in keys.Sandbox)
                {
                    entries.Add(new Entry(vendor, prefix, KeyTier.Test));
                }

                // Secret prefixes that no tiered prefix starts with (whsec_); sk_ only qualifies sk_live_/sk_test_.
                foreach (string prefix in keys.Secret)
                {
                    if (!keys.Live.Concat(keys.Sandbox).Any(p => p.StartsWith(prefix, StringComparison.Ordinal)))
                    {
                        entries.Add(new Entry(vendor, prefix, KeyTier.Unknown));
                    }
                }
            }

            _entries = entries.OrderByDescending(e => e.Prefix.Length).ThenBy(e => e.Prefix, StringComparer.Ordinal).ToImmutableArray();
        }

        public static VendorKeyScanner Embedded => EmbeddedScanner.Value;

        /// <summary>Every key in <paramref name="text"/>, by position.</summary>
        public ImmutableArray<VendorKeyMatch> Find(string text)
        {
            // Every catalog prefix has a '_' or '-'; most literals have neither.
            if (text.Length < MinimumBodyLength || (text.IndexOf('_') < 0 && text.IndexOf('-') < 0))
            {
                return ImmutableArray<VendorKeyMatch>.Empty;
            }

            List<VendorKeyMatch>? matches = null;
            foreach (Entry entry in _entries)
            {
                for (int at = text.IndexOf(entry.Prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(entry.Prefix, at + 1, StringComparison.Ordinal))
                {
                    if ((at > 0 && IsKeyChar(text[at - 1])) || (matches != null && matches.Any(m => m.Start == at)))
                    {
                        continue;
                    }

                    int end = at + entry.Prefix.Length;
                    while (end < text.Length && IsKeyChar(text[end]))
                    {
                        end++;
                    }

                    if (end - at >= entry.Vendor.Keys.MinimumKeyLength && LooksRandom(text, at + entry.Prefix.Length, end))
                    {
                        (matches ??= new List<VendorKeyMatch>()).Add(new VendorKeyMatch(
                            entry.Vendor, entry.Prefix, entry.Tier, IsSecret(entry.Vendor, text, at), at, end - at));
                    }
                }
            }

            return matches == null ? ImmutableArray<VendorKeyMatch>.Empty : matches.OrderBy(m => m.Start).ToImmutableArray();
        }

        private static bool IsSecret(Vendor vendor, string text, int at)
        {
            if (vendor.Keys.Secret.IsEmpty)
            {
                return true;
            }

            foreach (string prefix in vendor.Keys.Secret)
            {
                if (string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool LooksRandom(string text, int start, int end)
        {
            if (end - start < MinimumBodyLength)
            {
                return false;
            }

            bool letter = false, digit = false;
            for (int i = start; i < end; i++)
            {
                letter |= char.IsLetter(text[i]);
                digit |= char.IsDigit(text[i]);
            }

            return letter && digit;
        }

        private static bool IsKeyChar(char c) => (c is >= 'a' and <= 'z') || (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9') || c == '_' || c == '-';

        private readonly struct Entry
        {
            public Entry(Vendor vendor, string prefix, KeyTier tier)
            {
                Vendor = vendor;
                Prefix = prefix;
                Tier = tier;
            }

            public Vendor Vendor { get; }

            public string Prefix { get; }

            public KeyTier Tier { get; }
        }
    }
}
