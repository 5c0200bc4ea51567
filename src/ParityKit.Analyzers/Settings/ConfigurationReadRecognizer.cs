using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Turns an invocation or property reference into the <see cref="ConfigurationRead"/> it is, if any. Shared by the
    /// settings analyzer and the manifest generator, so what is reported and what the manifest lists never disagree.
    /// </summary>
    /// <remarks>
    /// Keys are taken only from compile-time constants. A key built at run time is not guessed: it becomes a
    /// <see cref="ReadKeyKind.Pattern"/> of its constant start and end, which is never reported. Sections are followed
    /// through <c>GetSection</c> chains and through a local initialised with one; an <c>IConfigurationSection</c> from
    /// anywhere else is a section of unknown path, an <c>IConfiguration</c> the root.
    /// </remarks>
    internal static class ConfigurationReadRecognizer
    {
        private const int MaxSectionDepth = 8;

        public static ConfigurationRead? Recognize(IOperation operation, CancellationToken cancellationToken) => operation switch
        {
            IInvocationOperation invocation => RecognizeInvocation(invocation, cancellationToken),
            IPropertyReferenceOperation property => RecognizeIndexer(property, cancellationToken),
            _ => null,
        };

        private static ConfigurationRead? RecognizeIndexer(IPropertyReferenceOperation reference, CancellationToken cancellationToken)
        {
            if (!ConfigurationReadCatalog.IsIndexer(reference.Property) || IsWritten(reference) || reference.Arguments.Length != 1)
            {
                return null;
            }

            string? section = ResolveSection(reference.Instance, 0, cancellationToken);
            IOperation key = reference.Arguments[0].Value;
            IOperation? fallback = FindCoalesceFallback(reference);
            return new ConfigurationRead(ReadApi.Indexer, key.Syntax, ImmutableArray.Create(MakeKey(section, key, fallback != null)), fallback);
        }

        private static ConfigurationRead? RecognizeInvocation(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            ReadApi api = ConfigurationReadCatalog.Classify(invocation.TargetMethod);
            switch (api)
            {
                case ReadApi.EnvironmentVariable:
                    return KeyRead(api, invocation, section: string.Empty, FindCoalesceFallback(invocation));
                case ReadApi.GetValue:
                    return KeyRead(api, invocation, ResolveSection(Receiver(invocation), 0, cancellationToken), FindDefaultArgument(invocation) ?? FindCoalesceFallback(invocation));
                case ReadApi.GetConnectionString:
                    return ConnectionStringRead(invocation, cancellationToken);
                case ReadApi.GetSection:
                    return SectionRead(invocation, cancellationToken);
                case ReadApi.GetChildren:
                    return new ConfigurationRead(api, invocation.Syntax, ImmutableArray.Create(SectionKey(ResolveSection(Receiver(invocation), 0, cancellationToken))), null);
                case ReadApi.Bind:
                    return BindRead(invocation, cancellationToken);
                case ReadApi.Get:
                    return BoundTypeRead(api, invocation, ResolveSection(Receiver(invocation), 0, cancellationToken), GetTargetType(invocation));
                case ReadApi.Configure:
                case ReadApi.OptionsBind:
                    IOperation? config = Argument(invocation, "config");
                    return config == null || invocation.TargetMethod.TypeArguments.Length != 1
                        ? null
                        : BoundTypeRead(api, invocation, ResolveSection(config, 0, cancellationToken), invocation.TargetMethod.TypeArguments[0]);
                case ReadApi.BindConfiguration:
                    return BindConfigurationRead(invocation);
                default:
                    return null;
            }
        }

        private static ConfigurationRead? KeyRead(ReadApi api, IInvocationOperation invocation, string? section, IOperation? fallback)
        {
            IOperation? key = Argument(invocation, ConfigurationReadCatalog.KeyParameterName(api)!);
            return key == null ? null : new ConfigurationRead(api, key.Syntax, ImmutableArray.Create(MakeKey(section, key, fallback != null)), fallback);
        }

        /// <summary><c>GetConnectionString("Catalog")</c> reads <c>ConnectionStrings:Catalog</c>.</summary>
        private static ConfigurationRead? ConnectionStringRead(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            IOperation? name = Argument(invocation, "name");
            if (name == null)
            {
                return null;
            }

            string? section = ResolveSection(Receiver(invocation), 0, cancellationToken);
            string? connectionStrings = section == null ? null : ConfigurationKey.Combine(section, "ConnectionStrings");
            IOperation? fallback = FindCoalesceFallback(invocation);
            return new ConfigurationRead(ReadApi.GetConnectionString, name.Syntax, ImmutableArray.Create(MakeKey(connectionStrings, name, fallback != null)), fallback);
        }

        /// <summary>
        /// A <c>GetSection</c> whose result another recognised read consumes is part of that read, not a read of its own.
        /// <c>GetSection(key).Value</c> reads the key itself; a section handed anywhere else is read as a whole.
        /// </summary>
        private static ConfigurationRead? SectionRead(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            IOperation? keyArgument = Argument(invocation, "key");
            if (keyArgument == null)
            {
                return null;
            }

            IOperation? consumer = SkipConversionsUp(invocation, out IOperation consumed);
            switch (consumer)
            {
                case IPropertyReferenceOperation property when property.Instance == consumed:
                    if (!ConfigurationReadCatalog.IsSectionValue(property.Property))
                    {
                        // The indexer reads through this section; Key and Path read nothing.
                        return null;
                    }

                    IOperation? fallback = FindCoalesceFallback(property);
                    string? parent = ResolveSection(Receiver(invocation), 0, cancellationToken);
                    return new ConfigurationRead(ReadApi.GetSection, keyArgument.Syntax, ImmutableArray.Create(MakeKey(parent, keyArgument, fallback != null)), fallback);
                case IInvocationOperation outer when outer.Instance == consumed && ConfigurationReadCatalog.Classify(outer.TargetMethod) != ReadApi.None:
                    // GetSection("Stripe").GetSection("Api"), GetSection("Stripe").GetChildren()
                    return null;
                case IArgumentOperation { Parent: IInvocationOperation outer } argument when IsConsumingArgument(argument, outer):
                    // GetSection("Stripe").GetValue<string>("ApiKey"), services.Configure<T>(GetSection("Stripe"))
                    return null;
            }

            string? section = ResolveSection(invocation, 0, cancellationToken);
            ReadKey read = section != null
                ? ReadKey.ForSection(section)
                : MakeKey(ResolveSection(Receiver(invocation), 0, cancellationToken), keyArgument, hasFallback: false) is { Kind: ReadKeyKind.Pattern } pattern
                    ? pattern
                    : ReadKey.ForPattern(string.Empty, string.Empty);
            return new ConfigurationRead(ReadApi.GetSection, keyArgument.Syntax, ImmutableArray.Create(read), null);
        }

        private static bool IsConsumingArgument(IArgumentOperation argument, IInvocationOperation outer)
        {
            ReadApi api = ConfigurationReadCatalog.Classify(outer.TargetMethod);
            return api switch
            {
                ReadApi.None => false,
                ReadApi.Configure or ReadApi.OptionsBind => argument.Parameter?.Name == "config",
                _ => outer.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0,
            };
        }

        /// <summary><c>Bind(instance)</c> and <c>Bind(key, instance)</c>: the instance's type, under the section (and key).</summary>
        private static ConfigurationRead? BindRead(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            IOperation? instance = Argument(invocation, "instance");
            if (instance == null)
            {
                return null;
            }

            string? section = ResolveSection(Receiver(invocation), 0, cancellationToken);
            if (Argument(invocation, "key") is IOperation key)
            {
                section = section != null && key.ConstantValue is { HasValue: true, Value: string constant } ? ConfigurationKey.Combine(section, constant) : null;
            }

            ITypeSymbol? type = instance is IConversionOperation conversion ? conversion.Operand.Type : instance.Type;
            return BoundTypeRead(ReadApi.Bind, invocation, section, type);
        }

        private static ConfigurationRead? BindConfigurationRead(IInvocationOperation invocation)
        {
            IOperation? path = Argument(invocation, "configSectionPath");
            if (path == null || invocation.TargetMethod.TypeArguments.Length != 1)
            {
                return null;
            }

            ImmutableArray<ReadKey>.Builder keys = ImmutableArray.CreateBuilder<ReadKey>();
            if (path.ConstantValue is { HasValue: true, Value: string section })
            {
                BindableKeys.Expand(invocation.TargetMethod.TypeArguments[0], section, static (key, isSection) => isSection ? ReadKey.ForSection(key) : ReadKey.ForKey(key), keys);
            }
            else
            {
                keys.Add(MakeKey(string.Empty, path, hasFallback: false) is { Kind: ReadKeyKind.Pattern } pattern ? pattern : ReadKey.ForPattern(string.Empty, string.Empty));
            }

            return new ConfigurationRead(ReadApi.BindConfiguration, invocation.Syntax, keys.ToImmutable(), null);
        }

        /// <summary>The keys binding <paramref name="type"/> at <paramref name="section"/> reads; patterns when the section is unknown.</summary>
        private static ConfigurationRead? BoundTypeRead(ReadApi api, IInvocationOperation invocation, string? section, ITypeSymbol? type)
        {
            if (type == null || type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            ImmutableArray<ReadKey>.Builder keys = ImmutableArray.CreateBuilder<ReadKey>();
            if (section != null)
            {
                BindableKeys.Expand(type, section, static (key, isSection) => isSection ? ReadKey.ForSection(key) : ReadKey.ForKey(key), keys);
            }
            else
            {
                // Bound at an unknown section: each property key can be anywhere, but it ends the same way.
                BindableKeys.Expand(type, string.Empty, static (key, _) => ReadKey.ForPattern(string.Empty, key.Length == 0 ? string.Empty : ":" + key), keys);
            }

            return new ConfigurationRead(api, invocation.Syntax, keys.ToImmutable(), null);
        }

        /// <summary>
        /// The section path an <c>IConfiguration</c> value stands for: <c>""</c> for the root, <c>"Stripe:Api"</c> for
        /// <c>GetSection("Stripe").GetSection("Api")</c>, or <see langword="null"/> when it cannot be known.
        /// </summary>
        private static string? ResolveSection(IOperation? operation, int depth, CancellationToken cancellationToken)
        {
            operation = SkipConversions(operation);
            if (operation == null || depth > MaxSectionDepth)
            {
                return null;
            }

            if (operation is IInvocationOperation invocation && ConfigurationReadCatalog.Classify(invocation.TargetMethod) == ReadApi.GetSection)
            {
                string? parent = ResolveSection(Receiver(invocation), depth + 1, cancellationToken);
                return parent != null && Argument(invocation, "key")?.ConstantValue is { HasValue: true, Value: string key }
                    ? ConfigurationKey.Combine(parent, key)
                    : null;
            }

            if (operation is ILocalReferenceOperation local && LocalInitializer(local, cancellationToken) is IOperation initializer)
            {
                return ResolveSection(initializer, depth + 1, cancellationToken);
            }

            return TypeNames.IsSection(operation.Type) ? null : TypeNames.IsConfiguration(operation.Type) ? string.Empty : null;
        }

        /// <summary>The initializer of a local declared in the same file (<c>var stripe = configuration.GetSection("Stripe")</c>).</summary>
        private static IOperation? LocalInitializer(ILocalReferenceOperation local, CancellationToken cancellationToken)
        {
            if (local.Local.IsRef || local.Local.DeclaringSyntaxReferences.Length != 1 || local.SemanticModel == null)
            {
                return null;
            }

            // A read bound speculatively (the generator's) lives in a copy of its statement: the local's declaration is
            // then in the tree of the model it was speculated from.
            SyntaxReference reference = local.Local.DeclaringSyntaxReferences[0];
            SemanticModel model = local.SemanticModel.IsSpeculativeSemanticModel && local.SemanticModel.ParentModel is { } parent ? parent : local.SemanticModel;
            if (reference.SyntaxTree != model.SyntaxTree
                || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return null;
            }

            return model.GetOperation(value, cancellationToken);
        }

        /// <summary>
        /// The key a read names: a <see cref="ReadKeyKind.Key"/> when it is constant and its section known, otherwise a
        /// <see cref="ReadKeyKind.Pattern"/> of what is known.
        /// </summary>
        private static ReadKey MakeKey(string? section, IOperation key, bool hasFallback)
        {
            if (key.ConstantValue is { HasValue: true, Value: string constant })
            {
                return section != null
                    ? ReadKey.ForKey(ConfigurationKey.Combine(section, constant), hasFallback)
                    : ReadKey.ForPattern(string.Empty, ":" + constant);
            }

            KeyParts(key, out string prefix, out string suffix);
            string start = section == null ? string.Empty : section.Length == 0 ? prefix : section + ":" + prefix;
            return ReadKey.ForPattern(start, suffix);
        }

        private static ReadKey SectionKey(string? section) =>
            section != null ? ReadKey.ForSection(section) : ReadKey.ForPattern(string.Empty, string.Empty);

        /// <summary>The constant text a run-time key starts and ends with: <c>$"Stripe:{name}"</c>, <c>"Stripe:" + name</c>.</summary>
        private static void KeyParts(IOperation key, out string prefix, out string suffix)
        {
            prefix = suffix = string.Empty;
            key = SkipConversions(key)!;
            switch (key)
            {
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    prefix = (interpolated.Parts[0] as IInterpolatedStringTextOperation)?.Text.ConstantValue.Value as string ?? string.Empty;
                    suffix = (interpolated.Parts[interpolated.Parts.Length - 1] as IInterpolatedStringTextOperation)?.Text.ConstantValue.Value as string ?? string.Empty;
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    prefix = binary.LeftOperand.ConstantValue.Value as string ?? LeftmostConstant(binary.LeftOperand);
                    suffix = binary.RightOperand.ConstantValue.Value as string ?? string.Empty;
                    break;
            }
        }

        private static string LeftmostConstant(IOperation operation)
        {
            for (int depth = 0; depth < 16 && SkipConversions(operation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary; depth++)
            {
                if (binary.LeftOperand.ConstantValue.Value is string constant)
                {
                    return constant;
                }

                operation = binary.LeftOperand;
            }

            return string.Empty;
        }

        /// <summary><c>read ?? "constant"</c>: the constant, when the read's value is what the coalescing tests.</summary>
        private static IOperation? FindCoalesceFallback(IOperation read)
        {
            if (SkipConversionsUp(read, out IOperation value) is ICoalesceOperation coalesce
                && coalesce.Value == value
                && coalesce.WhenNull.ConstantValue is { HasValue: true, Value: not null })
            {
                return coalesce.WhenNull;
            }

            return null;
        }

        /// <summary><c>GetValue(key, defaultValue)</c> with a constant default written out.</summary>
        private static IOperation? FindDefaultArgument(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "defaultValue"
                    && argument.ArgumentKind == ArgumentKind.Explicit
                    && argument.Value.ConstantValue is { HasValue: true, Value: not null })
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary><c>Get&lt;T&gt;()</c>'s T, or <c>Get(typeof(T))</c>'s.</summary>
        private static ITypeSymbol? GetTargetType(IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.TypeArguments.Length == 1)
            {
                return invocation.TargetMethod.TypeArguments[0];
            }

            return SkipConversions(Argument(invocation, "type")) is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;
        }

        /// <summary>The configuration a call reads from: its instance, or an extension method's first argument.</summary>
        private static IOperation? Receiver(IInvocationOperation invocation)
        {
            if (invocation.Instance != null)
            {
                return invocation.Instance;
            }

            return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 && invocation.Arguments[0].Parameter?.Ordinal == 0
                ? invocation.Arguments[0].Value
                : null;
        }

        private static IOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsWritten(IPropertyReferenceOperation reference) =>
            reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

        private static IOperation? SkipConversions(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The first parent that is not a conversion of <paramref name="operation"/>; <paramref name="value"/> is what it sees.</summary>
        private static IOperation? SkipConversionsUp(IOperation operation, out IOperation value)
        {
            value = operation;
            while (value.Parent is IConversionOperation conversion)
            {
                value = conversion;
            }

            return value.Parent;
        }
    }
}
