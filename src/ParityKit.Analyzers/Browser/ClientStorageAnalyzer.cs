using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// PK5003 in C#: browser state written from .NET — <c>IJSRuntime</c> calls of <c>localStorage.setItem</c>,
    /// <c>sessionStorage.setItem</c> or <c>navigator.serviceWorker.register</c>, and
    /// <c>ProtectedLocalStorage</c>/<c>ProtectedSessionStorage.SetAsync</c> — with a constant key that is not declared.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClientStorageAnalyzer : DiagnosticAnalyzer
    {
        private const string JSInterop = "Microsoft.JSInterop.";
        private const string ProtectedStorage = "Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage.";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredClientState);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var symbols = new Symbols(start.Compilation);
                if (symbols.IsEmpty || ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                Compilation compilation = start.Compilation;
                var declared = new Lazy<DeclaredBrowserState>(() => DeclaredBrowserState.Read(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterOperationAction(operation => Analyze(operation, symbols, declared), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, Symbols symbols, Lazy<DeclaredBrowserState> declared)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (symbols.IsJSRuntimeCall(method))
            {
                AnalyzeInterop(context, invocation, declared);
            }
            else if (method.Name == "SetAsync" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ProtectedBrowserStorage)
                && Argument(invocation, "key")?.Value is { ConstantValue: { HasValue: true, Value: string key } } keyArgument
                && !declared.Value.IsStorageKeyDeclared(key))
            {
                bool session = symbols.ProtectedSessionStorage != null && invocation.Instance?.Type is ITypeSymbol receiver
                    && SymbolEqualityComparer.Default.Equals(receiver, symbols.ProtectedSessionStorage);
                string storage = (session ? ClientStateDiagnostics.SessionStorage : ClientStateDiagnostics.LocalStorage) + " (protected)";
                context.ReportDiagnostic(ClientStateDiagnostics.StorageKey(keyArgument.Syntax.GetLocation(), storage, key));
            }
        }

        /// <summary><c>js.InvokeVoidAsync("localStorage.setItem", "key", value)</c> and the like.</summary>
        private static void AnalyzeInterop(OperationAnalysisContext context, IInvocationOperation invocation, Lazy<DeclaredBrowserState> declared)
        {
            if (Argument(invocation, "identifier")?.Value is not { ConstantValue: { HasValue: true, Value: string identifier } } identifierArgument)
            {
                return;
            }

            string function = identifier.StartsWith("window.", StringComparison.Ordinal) ? identifier.Substring("window.".Length) : identifier;
            IOperation? first = FirstArgument(invocation);
            string? value = first?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            switch (function)
            {
                case "localStorage.setItem" or "sessionStorage.setItem" when value != null && !declared.Value.IsStorageKeyDeclared(value):
                    string storage = function.StartsWith("local", StringComparison.Ordinal) ? ClientStateDiagnostics.LocalStorage : ClientStateDiagnostics.SessionStorage;
                    context.ReportDiagnostic(ClientStateDiagnostics.StorageKey(first!.Syntax.GetLocation(), storage, value));
                    break;
                case "navigator.serviceWorker.register"
                    when value != null ? !declared.Value.IsServiceWorkerDeclared(value) : !declared.Value.HasServiceWorkers:
                    context.ReportDiagnostic(ClientStateDiagnostics.ServiceWorker((first ?? identifierArgument).Syntax.GetLocation(), value));
                    break;
            }
        }

        private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The first element of the <c>args</c> array (written as params or as <c>new object[] { … }</c>), conversions removed.</summary>
        private static IOperation? FirstArgument(IInvocationOperation invocation)
        {
            IOperation? args = Argument(invocation, "args")?.Value;
            while (args is IConversionOperation conversion)
            {
                args = conversion.Operand;
            }

            if (args is not IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements })
            {
                return null;
            }

            IOperation first = elements[0];
            while (first is IConversionOperation conversion)
            {
                first = conversion.Operand;
            }

            return first;
        }

        /// <summary>The JS interop and protected-storage types, looked up once per compilation.</summary>
        private sealed class Symbols
        {
            private readonly ImmutableArray<INamedTypeSymbol> _interopTypes;

            public Symbols(Compilation compilation)
            {
                ImmutableArray<INamedTypeSymbol>.Builder interop = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                foreach (string name in new[] { "IJSRuntime", "JSRuntimeExtensions", "IJSInProcessRuntime", "JSInProcessRuntimeExtensions" })
                {
                    if (compilation.GetTypeByMetadataName(JSInterop + name) is { } type)
                    {
                        interop.Add(type);
                    }
                }

                _interopTypes = interop.ToImmutable();
                ProtectedBrowserStorage = compilation.GetTypeByMetadataName(ProtectedStorage + "ProtectedBrowserStorage");
                ProtectedSessionStorage = compilation.GetTypeByMetadataName(ProtectedStorage + "ProtectedSessionStorage");
            }

            public INamedTypeSymbol? ProtectedBrowserStorage { get; }

            public INamedTypeSymbol? ProtectedSessionStorage { get; }

            public bool IsEmpty => _interopTypes.IsEmpty && ProtectedBrowserStorage == null;

            public bool IsJSRuntimeCall(IMethodSymbol method)
            {
                if (!method.Name.StartsWith("Invoke", StringComparison.Ordinal))
                {
                    return false;
                }

                foreach (INamedTypeSymbol type in _interopTypes)
                {
                    if (SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
