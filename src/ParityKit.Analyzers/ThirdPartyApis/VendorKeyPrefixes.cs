using System.Collections.Immutable;
using System.Globalization;
using ParityKit.Analyzers.Json;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// A vendor's key prefixes from the catalog: <c>sandboxKeyPrefixes</c> (test mode), <c>liveKeyPrefixes</c>,
    /// <c>secretKeyPrefixes</c> (which keys are secret; when a vendor lists none, all its keys are) and
    /// <c>minimumKeyLength</c> (the whole key's length, prefix included, below which a match is not a key: short
    /// prefixes such as Mollie's <c>test_</c> need it).
    /// </summary>
    internal sealed class VendorKeyPrefixes
    {
        public static readonly VendorKeyPrefixes None = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, 0);

        public VendorKeyPrefixes(ImmutableArray<string> sandbox, ImmutableArray<string> live, ImmutableArray<string> secret, int minimumKeyLength)
        {
            Sandbox = sandbox;
            Live = live;
            Secret = secret;
            MinimumKeyLength = minimumKeyLength;
        }

        public ImmutableArray<string> Sandbox { get; }

        public ImmutableArray<string> Live { get; }

        public ImmutableArray<string> Secret { get; }

        /// <summary>0 when the catalog gives none.</summary>
        public int MinimumKeyLength { get; }

        public static VendorKeyPrefixes Read(JsonObject vendor)
        {
            ImmutableArray<string> sandbox = ReadStrings(vendor, "sandboxKeyPrefixes");
            ImmutableArray<string> live = ReadStrings(vendor, "liveKeyPrefixes");
            ImmutableArray<string> secret = ReadStrings(vendor, "secretKeyPrefixes");
            int minimum = vendor.GetValueOrNull("minimumKeyLength") is JsonNumber number && number.TryGetInt64(out long value) && value is > 0 and < 1024
                ? (int)value
                : 0;
            return sandbox.IsEmpty && live.IsEmpty && secret.IsEmpty ? None : new VendorKeyPrefixes(sandbox, live, secret, minimum);
        }

        private static ImmutableArray<string> ReadStrings(JsonObject vendor, string name)
        {
            ImmutableArray<string>.Builder values = ImmutableArray.CreateBuilder<string>();
            if (vendor.GetValueOrNull(name) is JsonArray array)
            {
                foreach (JsonValue item in array.Items)
                {
                    // A prefix shorter than three characters would match ordinary words.
                    if (item is JsonString text && text.Value.Length >= 3)
                    {
                        values.Add(text.Value);
                    }
                }
            }

            return values.ToImmutable();
        }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} sandbox, {1} live", Sandbox.Length, Live.Length);
    }
}
