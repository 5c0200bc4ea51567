using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// An option read per syntax tree (an .editorconfig section may set it for some files), falling back to the global
    /// value. Each distinct value is parsed once per compilation, not once per literal.
    /// </summary>
    internal sealed class TreeOptionCache<T>
    {
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly string _key;
        private readonly Func<string?, T> _parse;
        private readonly T _global;
        private readonly ConcurrentDictionary<string, T> _byValue = new(StringComparer.Ordinal);

        public TreeOptionCache(AnalyzerConfigOptionsProvider options, string key, Func<string?, T> parse)
        {
            _options = options;
            _key = key;
            _parse = parse;
            _global = parse(ParityKitOptions.GetGlobal(options, key));
        }

        public T Global => _global;

        public T For(SyntaxTree tree) =>
            _options.GetOptions(tree).TryGetValue(_key, out string? value) ? _byValue.GetOrAdd(value, v => _parse(v)) : _global;

        public T For(AdditionalText file) =>
            _options.GetOptions(file).TryGetValue(_key, out string? value) ? _byValue.GetOrAdd(value, v => _parse(v)) : _global;
    }
}
