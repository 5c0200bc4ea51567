using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Semantic models for generator transforms that ask only about symbols, constants and operations, never about
    /// nullability: without nullable analysis, which otherwise runs over the whole member for the first question asked
    /// in it and is about half of what binding a read site costs (measured: docs/performance.md). The compiler binds
    /// everything again after the generators, so this work is pure overhead on every build and keystroke.
    /// </summary>
    /// <remarks>
    /// <c>SemanticModelOptions.DisableNullableAnalysis</c> exists from Roslyn 4.9 on; ParityKit builds against 4.8 so
    /// that older SDKs load it, and reaches the option by reflection. On a compiler without it the driver's own model is
    /// used, as before. One model per syntax tree and compilation, shared by every transform of the run, as the driver
    /// shares its own.
    /// </remarks>
    internal static class GeneratorSemantics
    {
        private static readonly Func<Compilation, SyntaxTree, SemanticModel>? CreateWithoutNullableAnalysis = FindFactory();

        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> Models = new();

        /// <summary>A model of the same tree and compilation as <paramref name="model"/>, without nullable analysis when the compiler allows it.</summary>
        public static SemanticModel WithoutNullableAnalysis(SemanticModel model)
        {
            if (CreateWithoutNullableAnalysis is not { } create)
            {
                return model;
            }

            Compilation compilation = model.Compilation;
            ConcurrentDictionary<SyntaxTree, SemanticModel> perTree = Models.GetValue(compilation, static _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>());
            return perTree.GetOrAdd(model.SyntaxTree, tree => create(compilation, tree));
        }

        private static Func<Compilation, SyntaxTree, SemanticModel>? FindFactory()
        {
            try
            {
                Type? options = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions", throwOnError: false);
                MethodInfo? method = options is null ? null : typeof(Compilation).GetMethod("GetSemanticModel", new[] { typeof(SyntaxTree), options });
                if (method is null || !Enum.IsDefined(options, "DisableNullableAnalysis"))
                {
                    return null;
                }

                object disable = Enum.Parse(options, "DisableNullableAnalysis");
                return (compilation, tree) => (SemanticModel)method.Invoke(compilation, new[] { tree, disable });
            }
            catch (Exception exception) when (exception is ArgumentException or AmbiguousMatchException or TypeLoadException)
            {
                return null;
            }
        }
    }
}
