using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>The API a PK2001 diagnostic asks to declare, read from the diagnostic's properties.</summary>
    internal sealed class ApiToDeclare
    {
        private ApiToDeclare(string name, string configKey, string sandbox, string? live)
        {
            Name = name;
            ConfigKey = configKey;
            Sandbox = sandbox;
            Live = live;
        }

        public string Name { get; }

        public string ConfigKey { get; }

        public string Sandbox { get; }

        public string? Live { get; }

        public static ApiToDeclare? From(Diagnostic diagnostic)
        {
            string? name = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ApiNameProperty);
            string? configKey = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.ConfigKeyProperty);
            string? sandbox = EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.SandboxProperty);
            return name == null || configKey == null || sandbox == null
                ? null
                : new ApiToDeclare(name, configKey, sandbox, EndpointLiteral.GetProperty(diagnostic, SandboxEndpointAnalyzer.LiveProperty));
        }
    }
}
