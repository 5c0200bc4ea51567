using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// Reads a <c>[SeedBaseline]</c> class: each static, parameterless method returning a collection of entities is a
    /// set of rows, written as a collection expression, an array or a collection initializer of object creations whose
    /// initializers assign constants. Anything else is a <see cref="SeedProblem"/>, and the seed is then not exportable:
    /// ParityKit never guesses a value. Shared by the generator (which keeps only the model) and the analyzers.
    /// </summary>
    internal static class SeedReader
    {
        /// <summary>Reads the class; a semantic model the caller already has (<paramref name="known"/>, the generator's for the attribute's file) is reused for its tree.</summary>
        /// <param name="type">The <c>[SeedBaseline]</c> class.</param>
        /// <param name="attribute">Its <c>[SeedBaseline]</c> attribute.</param>
        /// <param name="compilation">The compilation, for semantic models of other files (partial classes).</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <param name="known">A semantic model to reuse for its tree, or null.</param>
        public static SeedReadResult Read(INamedTypeSymbol type, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken, SemanticModel? known = null)
        {
            var problems = new List<SeedProblem>();
            Location classLocation = type.Locations.FirstOrDefault() ?? Location.None;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name || !SeedNames.IsValid(name))
            {
                problems.Add(new SeedProblem(AttributeLocation(attribute, classLocation, cancellationToken),
                    "A seed baseline's name is letters, digits, '.', '-' and '_', starting with a letter or digit (it names the file paritykit.seed.<name>.json); this seed is not generated"));
                return new SeedReadResult(null, problems.ToImmutableArray());
            }

            // A class whose name or namespace is missing a part (broken code, which the compiler reports) cannot be
            // extended either: nothing is generated for it, and nothing more is said.
            bool wellFormed = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(type.Name) && HasWellFormedNamespace(type);
            bool extensible = type.ContainingType == null && type.IsStatic && IsPartial(type, cancellationToken);
            bool canGenerate = wellFormed && extensible;
            if (wellFormed && !extensible)
            {
                problems.Add(new SeedProblem(classLocation,
                    $"Seed baseline '{name}': {type.Name} must be a top-level static partial class for ParityKit to generate its accessors, hash and ApplyAsync"));
            }

            bool exportable = true;
            var sets = ImmutableArray.CreateBuilder<SeedRowSet>();
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is not IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary, Parameters.Length: 0, IsGenericMethod: false } method
                    || ElementType(method.ReturnType) is not { } entity)
                {
                    continue;
                }

                SeedRowSet? set = ReadSet(name, method, entity, compilation, known, problems, cancellationToken);
                if (set == null)
                {
                    exportable = false;
                    continue;
                }

                sets.Add(set);
            }

            string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
            var model = new SeedClassModel(name, ns, type.Name, type.DeclaredAccessibility == Accessibility.Public, canGenerate, exportable, sets.ToImmutable().ToEquatableArray());
            return new SeedReadResult(model, problems.ToImmutableArray());
        }

        private static bool HasWellFormedNamespace(INamedTypeSymbol type)
        {
            for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(ns.Name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The entity type of a method returning <c>IEnumerable&lt;T&gt;</c> (or an array, list…) of a class; null otherwise.</summary>
        public static INamedTypeSymbol? ElementType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol { Rank: 1, ElementType: INamedTypeSymbol arrayElement })
            {
                return IsEntity(arrayElement) ? arrayElement : null;
            }

            if (type is not INamedTypeSymbol named)
            {
                return null;
            }

            foreach (INamedTypeSymbol candidate in named.AllInterfaces.Insert(0, named))
            {
                if (candidate is { Name: "IEnumerable", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }
                    && candidate.TypeArguments[0] is INamedTypeSymbol element
                    && IsEntity(element))
                {
                    return element;
                }
            }

            return null;
        }

        /// <summary>The entity's member marked <c>[TargetingId]</c> (declared on it or a base class).</summary>
        public static ISymbol? TargetingMember(INamedTypeSymbol entity)
        {
            for (INamedTypeSymbol? type = entity; type != null; type = type.BaseType)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol
                        && member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == MetadataNames.TargetingIdAttribute))
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        private static bool IsEntity(INamedTypeSymbol type) => type.TypeKind == TypeKind.Class && type.SpecialType != SpecialType.System_String && type.SpecialType != SpecialType.System_Object;

        private static SeedRowSet? ReadSet(string seed, IMethodSymbol method, INamedTypeSymbol entity, Compilation compilation, SemanticModel? known, List<SeedProblem> problems, CancellationToken cancellationToken)
        {
            Location methodLocation = method.Locations.FirstOrDefault() ?? Location.None;
            ExpressionSyntax? returned = ReturnedExpression(method, cancellationToken);
            if (returned == null)
            {
                problems.Add(new SeedProblem(methodLocation,
                    $"Seed baseline '{seed}': {method.Name}() must return its rows directly (=> [ new() {{ … }}, … ] or return new[] {{ … }}); it is not exported"));
                return null;
            }

            SemanticModel semanticModel = known != null && known.SyntaxTree == returned.SyntaxTree ? known : compilation.GetSemanticModel(returned.SyntaxTree);
            IReadOnlyList<ExpressionSyntax>? elements = Elements(returned, semanticModel, cancellationToken);
            if (elements == null)
            {
                problems.Add(new SeedProblem(returned.GetLocation(),
                    $"Seed baseline '{seed}': {method.Name}() must return a collection expression, an array or a collection initializer of rows; it is not exported"));
                return null;
            }

            bool ok = true;
            var rows = ImmutableArray.CreateBuilder<SeedRow>(elements.Count);
            foreach (ExpressionSyntax element in elements)
            {
                SeedRow? row = ReadRow(seed, element, semanticModel, problems, cancellationToken);
                if (row == null)
                {
                    ok = false;
                }
                else
                {
                    rows.Add(row);
                }
            }

            if (!ok)
            {
                return null;
            }

            (EquatableArray<string> references, EquatableArray<string> collections) = Navigations(entity);
            return new SeedRowSet(
                method.Name,
                EfNames.FullName(entity),
                entity.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                TargetingMember(entity)?.Name,
                references,
                collections,
                rows.ToImmutable().ToEquatableArray());
        }

        private static ExpressionSyntax? ReturnedExpression(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.DeclaringSyntaxReferences.Length != 1
                || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
            {
                return null;
            }

            if (declaration.ExpressionBody != null)
            {
                return declaration.ExpressionBody.Expression;
            }

            return declaration.Body is { Statements: [ReturnStatementSyntax { Expression: { } value }] } ? value : null;
        }

        private static IReadOnlyList<ExpressionSyntax>? Elements(ExpressionSyntax returned, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            switch (Unwrap(returned))
            {
                case CollectionExpressionSyntax collection:
                    var items = new List<ExpressionSyntax>(collection.Elements.Count);
                    foreach (CollectionElementSyntax element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax { Expression: { } expression })
                        {
                            return null;
                        }

                        items.Add(expression);
                    }

                    return items;
                case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    return initializer.Expressions;
                case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    return initializer.Expressions;
                case BaseObjectCreationExpressionSyntax { Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } initializer, ArgumentList: null or { Arguments.Count: 0 } }
                    when semanticModel.GetOperation(returned, cancellationToken) is not null:
                    return initializer.Expressions;
                default:
                    return null;
            }
        }

        private static SeedRow? ReadRow(string seed, ExpressionSyntax element, SemanticModel semanticModel, List<SeedProblem> problems, CancellationToken cancellationToken)
        {
            IOperation? operation = semanticModel.GetOperation(Unwrap(element), cancellationToken);
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation is not IObjectCreationOperation { Arguments.Length: 0 } creation)
            {
                problems.Add(new SeedProblem(element.GetLocation(),
                    $"Seed baseline '{seed}': a row must be an object creation with an initializer and no constructor arguments (new() {{ Id = 1, … }}); the seed is not exported"));
                return null;
            }

            var values = ImmutableArray.CreateBuilder<SeedValue>();
            bool ok = true;
            foreach (IOperation initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } target } assignment)
                {
                    problems.Add(new SeedProblem(initializer.Syntax.GetLocation(),
                        $"Seed baseline '{seed}': only member assignments are supported in a row's initializer; the seed is not exported"));
                    ok = false;
                    continue;
                }

                string member = target.Member.Name;
                if (IsEmptyNavigation(target.Member, assignment.Value))
                {
                    continue;
                }

                if (SeedConstant.From(member, assignment.Value.ConstantValue) is { } value)
                {
                    values.Add(value);
                }
                else
                {
                    problems.Add(new SeedProblem(assignment.Value.Syntax.GetLocation(),
                        $"Seed baseline '{seed}': the value of {creation.Type?.Name}.{member} is not a compile-time constant (a number, string, bool, enum or null), so the seed is not exported; ParityKit does not guess values"));
                    ok = false;
                }
            }

            return ok ? new SeedRow(values.ToImmutable().ToEquatableArray()) : null;
        }

        /// <summary><c>Orders = new()</c> or <c>Orders = []</c> on a navigation adds no row and no column.</summary>
        private static bool IsEmptyNavigation(ISymbol member, IOperation value)
        {
            ITypeSymbol? type = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            if (type == null || type.IsValueType || type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol)
            {
                return false;
            }

            SyntaxNode syntax = value.Syntax;
            return syntax is CollectionExpressionSyntax { Elements.Count: 0 }
                || (syntax is BaseObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 } } creation
                    && (creation.Initializer == null || creation.Initializer.Expressions.Count == 0));
        }

        private static (EquatableArray<string> References, EquatableArray<string> Collections) Navigations(INamedTypeSymbol entity)
        {
            var references = new SortedSet<string>(System.StringComparer.Ordinal);
            var collections = new SortedSet<string>(System.StringComparer.Ordinal);
            for (INamedTypeSymbol? type = entity; type != null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is not IPropertySymbol { IsStatic: false } property || property.Type.SpecialType == SpecialType.System_String)
                    {
                        continue;
                    }

                    if (ElementType(property.Type) is { } element)
                    {
                        collections.Add(EfNames.FullName(element));
                    }
                    else if (property.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } target && IsEntity(target))
                    {
                        references.Add(EfNames.FullName(target.WithNullableAnnotation(NullableAnnotation.None)));
                    }
                }
            }

            return (references.ToEquatableArray(), collections.ToEquatableArray());
        }

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                        expression = suppressed.Operand;
                        break;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        break;
                    default:
                        return expression;
                }
            }
        }

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax declaration
                    && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static Location AttributeLocation(AttributeData attribute, Location fallback, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? fallback;
    }

    /// <summary>What <see cref="SeedReader"/> found: the model (null when the seed has no valid name) and its problems.</summary>
    internal readonly struct SeedReadResult
    {
        public SeedReadResult(SeedClassModel? model, ImmutableArray<SeedProblem> problems)
        {
            Model = model;
            Problems = problems;
        }

        public SeedClassModel? Model { get; }

        public ImmutableArray<SeedProblem> Problems { get; }
    }

    /// <summary>Seed baseline names: they name files (<c>paritykit.seed.&lt;name&gt;.json</c>) and metadata keys.</summary>
    internal static class SeedNames
    {
        public const string MetadataPrefix = "ParityKit.Seed.";

        public static bool IsValid(string name)
        {
            if (name.Length == 0 || name.Length > 100 || !char.IsLetterOrDigit(name[0]) || name[0] > 127)
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
    }
}
