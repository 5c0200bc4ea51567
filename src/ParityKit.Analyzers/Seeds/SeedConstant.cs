using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>Turns a compile-time constant into a <see cref="SeedValue"/>; null for a value JSON cannot carry exactly.</summary>
    internal static class SeedConstant
    {
        public static SeedValue? From(string member, Optional<object?> constant)
        {
            if (!constant.HasValue)
            {
                return null;
            }

            switch (constant.Value)
            {
                case null:
                    return new SeedValue(member, SeedValueKind.Null, "null");
                case bool b:
                    return new SeedValue(member, SeedValueKind.Boolean, b ? "true" : "false");
                case string s:
                    return new SeedValue(member, SeedValueKind.String, s);
                case char c:
                    return new SeedValue(member, SeedValueKind.String, c.ToString());
                case double d:
                    return Finite(d) ? new SeedValue(member, SeedValueKind.Number, d.ToString("R", CultureInfo.InvariantCulture)) : null;
                case float f:
                    return Finite(f) ? new SeedValue(member, SeedValueKind.Number, f.ToString("R", CultureInfo.InvariantCulture)) : null;
                case decimal m:
                    return new SeedValue(member, SeedValueKind.Number, m.ToString(CultureInfo.InvariantCulture));
                case sbyte or byte or short or ushort or int or uint or long or ulong:
                    return new SeedValue(member, SeedValueKind.Number, Convert.ToString(constant.Value, CultureInfo.InvariantCulture)!);
                default:
                    return null;
            }
        }

        private static bool Finite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
