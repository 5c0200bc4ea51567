using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// Turns the <see cref="AttributeData"/> of a declaration attribute into its value-equatable model, or into the
    /// problems that keep it out of the manifest. One reader, used by the manifest generator (which keeps the valid
    /// declarations) and by <see cref="DeclarationAnalyzer"/> (which reports the problems as PK9001), so the two never
    /// disagree about what counts as a declaration.
    /// </summary>
    internal static class DeclarationReader
    {
        public static DeclarationResult<AppDeclaration> ReadApp(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? name))
            {
                return DeclarationResult<AppDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            string call = Call("ParityApp", name, quote: true);
            AddProblem(problems, call, "the name", NameRules.FindProblem(name, "storefront"));
            return DeclarationResult<AppDeclaration>.From(new AppDeclaration(name ?? string.Empty), problems);
        }

        public static DeclarationResult<SettingDeclaration> ReadSetting(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? key))
            {
                return DeclarationResult<SettingDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            string call = Call("RequiresSetting", key, quote: IsQuotable(key));
            AddProblem(problems, call, "the key", FindKeyProblem(key));

            string? defaultValue = GetNamedString(attribute, "Default");
            string? credential = defaultValue is null ? null : SecretValueDetector.FindCredential(defaultValue);
            if (credential != null)
            {
                problems.Add(call + ": Default looks like a secret value (" + credential + "), and a setting's default is written "
                    + "into the manifest and the assembly; declare the key with [RequiresSecret] instead and keep the value out of code");
            }
            else if (defaultValue != null && key != null && SecretKeyName.NamesCredential(key))
            {
                // Whatever the value looks like, the default of a key named Password or ApiKey is the secret itself.
                problems.Add(call + ": the key names a credential, and a setting's default is written into the manifest and the "
                    + "assembly; declare the key with [RequiresSecret] instead and keep the value out of code");
            }

            // The attribute's Required property defaults to true, which is only right for a setting with no default:
            // a default makes the setting optional unless Required is set explicitly.
            bool required = TryGetNamed(attribute, "Required", out TypedConstant explicitRequired)
                ? explicitRequired.Value is true
                : defaultValue is null;

            return DeclarationResult<SettingDeclaration>.From(new SettingDeclaration(key ?? string.Empty, defaultValue, required), problems);
        }

        public static DeclarationResult<SecretDeclaration> ReadSecret(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? key))
            {
                return DeclarationResult<SecretDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            string call = Call("RequiresSecret", key, quote: IsQuotable(key));
            AddProblem(problems, call, "the key", FindKeyProblem(key));

            string? source = GetNamedString(attribute, "Source");
            if (source != null && source.Trim().Length == 0)
            {
                problems.Add(call + ": Source is empty; name where a provisioner fetches the value, e.g. \"vault:payments/stripe\", or leave Source out");
            }
            else if (source != null && SecretValueDetector.FindValueInsteadOfLocation(source) is string reason)
            {
                problems.Add(call + ": Source looks like a secret value (" + reason + "), not a location; remove the value from code "
                    + "(rotate it if it was ever committed) and name where a provisioner fetches it, e.g. \"vault:payments/stripe\"");
            }

            bool required = !TryGetNamed(attribute, "Required", out TypedConstant explicitRequired) || explicitRequired.Value is true;
            return DeclarationResult<SecretDeclaration>.From(new SecretDeclaration(key ?? string.Empty, source, required), problems);
        }

        public static DeclarationResult<ThirdPartyApiDeclaration> ReadThirdPartyApi(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? name))
            {
                return DeclarationResult<ThirdPartyApiDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            string call = Call("ThirdPartyApi", name, quote: true);
            AddProblem(problems, call, "the name", NameRules.FindProblem(name, "stripe"));

            // A KeySetting that no [RequiresSecret] declares is not a problem of this declaration: reading an undeclared
            // key is reported where the read happens (PK3001), and the manifest still names the key.
            string? configKey = ReadChecked(attribute, "ConfigKey", FindKeyProblem, problems, call);
            string? keySetting = ReadChecked(attribute, "KeySetting", FindKeyProblem, problems, call);
            string? live = ReadChecked(attribute, "Live", EndpointUrl.FindProblem, problems, call);
            string? sandbox = ReadChecked(attribute, "Sandbox", EndpointUrl.FindProblem, problems, call);

            ApiTierValue previewTier = ApiTierValue.Sandbox;
            if (TryGetNamed(attribute, "PreviewTier", out TypedConstant tier))
            {
                if (tier.Value is int value && Enum.IsDefined(typeof(ApiTierValue), value))
                {
                    previewTier = (ApiTierValue)value;
                }
                else
                {
                    problems.Add(call + ": PreviewTier is not a defined tier; use ApiTier.Sandbox or ApiTier.Live");
                }
            }

            return DeclarationResult<ThirdPartyApiDeclaration>.From(
                new ThirdPartyApiDeclaration(name ?? string.Empty, configKey, live, sandbox, keySetting, previewTier),
                problems);
        }

        // Browser state (issue 7): the base-URL setting, client-storage keys and service workers.
        public static DeclarationResult<BaseUrlSettingDeclaration> ReadBaseUrlSetting(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? key))
            {
                return DeclarationResult<BaseUrlSettingDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            AddProblem(problems, Call("BaseUrlSetting", key, quote: IsQuotable(key)), "the key", FindKeyProblem(key));
            return DeclarationResult<BaseUrlSettingDeclaration>.From(new BaseUrlSettingDeclaration(key ?? string.Empty), problems);
        }

        public static DeclarationResult<ClientStorageKeyDeclaration> ReadClientStorageKey(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? key))
            {
                return DeclarationResult<ClientStorageKeyDeclaration>.Unreadable;
            }

            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            AddProblem(problems, Call("ClientStorageKey", key, quote: true), "the key", StorageKeyRules.FindProblem(key));
            return DeclarationResult<ClientStorageKeyDeclaration>.From(new ClientStorageKeyDeclaration(key ?? string.Empty), problems);
        }

        public static DeclarationResult<ServiceWorkerDeclaration> ReadServiceWorker(AttributeData attribute)
        {
            if (!TryGetFirstArgument(attribute, out string? written))
            {
                return DeclarationResult<ServiceWorkerDeclaration>.Unreadable;
            }

            string? path = ServiceWorkerPath.Normalize(written);
            ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
            AddProblem(problems, Call("ServiceWorker", written, quote: true), "the path", ServiceWorkerPath.FindProblem(path));
            return DeclarationResult<ServiceWorkerDeclaration>.From(new ServiceWorkerDeclaration(path ?? string.Empty), problems);
        }

        /// <summary>A configuration key's problem: its shape, or a credential pasted where the key's name belongs.</summary>
        private static string? FindKeyProblem(string? key) =>
            ConfigurationKey.FindProblem(key)
            ?? (SecretValueDetector.FindCredential(key!) is string reason
                ? "looks like a secret value (" + reason + "), not a configuration key; put the key's name here and the value in the environment"
                : null);

        // A key that looks like a credential is not repeated in the message: diagnostics end up in build logs.
        private static bool IsQuotable(string? key) => key is null || SecretValueDetector.FindCredential(key) is null;

        private static string Call(string attributeName, string? firstArgument, bool quote) =>
            attributeName + "(" + (firstArgument is null ? "null" : quote ? "\"" + firstArgument + "\"" : "...") + ")";

        private static void AddProblem(ImmutableArray<string>.Builder problems, string call, string subject, string? problem)
        {
            if (problem != null)
            {
                problems.Add(call + ": " + subject + " " + problem);
            }
        }

        /// <summary>The constructor's string argument; false when the attribute does not bind (the compiler reports that).</summary>
        private static bool TryGetFirstArgument(AttributeData attribute, out string? value)
        {
            value = null;
            if (attribute.AttributeConstructor is null
                || attribute.ConstructorArguments.Length < 1
                || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
            {
                return false;
            }

            value = attribute.ConstructorArguments[0].Value as string;
            return true;
        }

        /// <summary>An optional string property, with its problem (if any) added to <paramref name="problems"/>.</summary>
        private static string? ReadChecked(
            AttributeData attribute,
            string name,
            Func<string, string?> findProblem,
            ImmutableArray<string>.Builder problems,
            string call)
        {
            string? value = GetNamedString(attribute, name);
            if (value != null)
            {
                AddProblem(problems, call, name, findProblem(value));
            }

            return value;
        }

        private static string? GetNamedString(AttributeData attribute, string name) =>
            TryGetNamed(attribute, name, out TypedConstant value) ? value.Value as string : null;

        private static bool TryGetNamed(AttributeData attribute, string name, out TypedConstant value)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error)
                {
                    value = argument.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
