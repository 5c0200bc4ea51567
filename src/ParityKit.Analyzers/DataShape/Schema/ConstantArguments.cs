using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>Reads an invocation's arguments by parameter name, whether the call passed them by name or by position.</summary>
    internal static class ConstantArguments
    {
        public static IArgumentOperation? Find(IInvocationOperation invocation, string parameter)
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

        /// <summary>The constant string passed for the parameter; null when it is absent, null or not a constant.</summary>
        public static string? String(IInvocationOperation invocation, string parameter) =>
            Find(invocation, parameter)?.Value.ConstantValue is { HasValue: true, Value: string value } ? value : null;

        /// <summary>Whether the parameter was given a constant (a null constant included), as opposed to left out or computed.</summary>
        public static bool HasConstant(IInvocationOperation invocation, string parameter) =>
            Find(invocation, parameter) is { } argument && argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.ConstantValue.HasValue;

        public static bool? Bool(IInvocationOperation invocation, string parameter) =>
            Find(invocation, parameter)?.Value.ConstantValue is { HasValue: true, Value: bool value } ? value : null;
    }
}
