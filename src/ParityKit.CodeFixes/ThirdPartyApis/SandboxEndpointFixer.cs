using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// Applies PK2001 fixes, one or many at once: each literal becomes a configuration read, and each API that is not
    /// declared yet gets one <c>[assembly: ThirdPartyApi]</c> per project (through <see cref="EndpointLiteralFixer"/>).
    /// </summary>
    internal sealed class SandboxEndpointFixer : ProjectEndpointFix
    {
        private readonly ThirdPartyApiDeclarations _declarations;
        private readonly SortedDictionary<string, ApiToDeclare> _toDeclare = new(StringComparer.OrdinalIgnoreCase);

        private SandboxEndpointFixer(ThirdPartyApiDeclarations declarations)
            : base(declarations.Placement) => _declarations = declarations;

        public static Task<Solution> FixAsync(Solution solution, DocumentId? invokedIn, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
            EndpointLiteralFixer.FixAsync(
                solution,
                invokedIn,
                diagnostics,
                (compilation, current, token) => new SandboxEndpointFixer(ThirdPartyApiDeclarations.Read(compilation, current, token)),
                cancellationToken);

        /// <summary>
        /// Whether the diagnostic's literal holds a base URL the fix can move: a bare host ("api.sandbox.paypal.com") is
        /// not one, since configuration would hold a different kind of value.
        /// </summary>
        public static bool HoldsBaseUrl(Diagnostic diagnostic) =>
            EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.SandboxProperty) is string sandbox
            && sandbox.IndexOf("://", StringComparison.Ordinal) >= 0;

        public override string? ConfigKeyFor(Diagnostic diagnostic)
        {
            ApiToDeclare? api = ApiToDeclare.From(diagnostic);
            if (api == null || !HoldsBaseUrl(diagnostic))
            {
                return null;
            }

            if (_declarations.TryFind(api, out string? configKey))
            {
                return configKey ?? api.ConfigKey;
            }

            if (!_toDeclare.ContainsKey(api.Name))
            {
                _toDeclare.Add(api.Name, api);
            }

            return api.ConfigKey;
        }

        public override IReadOnlyList<AttributeListSyntax> DeclarationsToAdd(string newLine) =>
            _toDeclare.Values.Select(api => ThirdPartyApiDeclarations.Create(api, newLine)).ToList();
    }
}
