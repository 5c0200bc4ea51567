using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Tells a test project from app code: test code talks to sandboxes and test keys on purpose, so drift rules skip it.
    /// </summary>
    internal static class TestProjectDetector
    {
        // Assemblies whose presence makes a project a test project, whatever its MSBuild properties say.
        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core",
            "xunit.v3.core",
            "nunit.framework",
            "Microsoft.VisualStudio.TestPlatform.TestFramework",
            "MSTest.TestFramework",
            "TUnit.Core",
            "Microsoft.Testing.Platform",
        };

        public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            if (ParityKitOptions.IsTrue(ParityKitOptions.GetGlobal(options, ParityKitOptions.IsTestProjectProperty)))
            {
                return true;
            }

            foreach (AssemblyIdentity reference in compilation.ReferencedAssemblyNames)
            {
                foreach (string name in TestFrameworkAssemblies)
                {
                    if (string.Equals(reference.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
