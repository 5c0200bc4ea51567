using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// A snapshot property's CLR type (<c>b.Property&lt;int?&gt;("Age")</c>) read from syntax, shown as the semantic
    /// model shows it (<c>int?</c>, <c>DateTime</c>, <c>byte[]</c>), and whether it is a non-nullable value type. Only the
    /// types EF Core's snapshots name are known here; any other type (a custom one behind a converter) is left to the
    /// semantic model by the caller.
    /// </summary>
    internal static class SnapshotClrType
    {
        private static readonly HashSet<string> ValueTypeKeywords = new(StringComparer.Ordinal)
        {
            "bool", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "decimal", "char",
        };

        private static readonly HashSet<string> ReferenceTypeKeywords = new(StringComparer.Ordinal) { "string", "object" };

        // System value types a snapshot names by their simple name (the snapshot file has `using System;`).
        private static readonly HashSet<string> SystemValueTypes = new(StringComparer.Ordinal)
        {
            "DateTime", "DateTimeOffset", "TimeSpan", "DateOnly", "TimeOnly", "Guid", "Half",
        };

        public static bool TryRead(TypeSyntax syntax, out string? display, out bool required)
        {
            display = null;
            required = false;
            switch (syntax)
            {
                case NullableTypeSyntax nullable when TryRead(nullable.ElementType, out string? element, out bool isValueType) && isValueType:
                    display = element + "?";
                    return true;
                case PredefinedTypeSyntax predefined:
                    string keyword = predefined.Keyword.ValueText;
                    display = keyword;
                    required = ValueTypeKeywords.Contains(keyword);
                    return required || ReferenceTypeKeywords.Contains(keyword);
                case ArrayTypeSyntax { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ByteKeyword } } array
                    when array.RankSpecifiers.Count == 1 && array.RankSpecifiers[0].Rank == 1:
                    display = "byte[]";
                    return true;
                case IdentifierNameSyntax identifier when SystemValueTypes.Contains(identifier.Identifier.ValueText):
                    display = identifier.Identifier.ValueText;
                    required = true;
                    return true;
                case QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "System" }, Right: IdentifierNameSyntax right }
                    when SystemValueTypes.Contains(right.Identifier.ValueText):
                    display = right.Identifier.ValueText;
                    required = true;
                    return true;
                default:
                    return false;
            }
        }
    }
}
