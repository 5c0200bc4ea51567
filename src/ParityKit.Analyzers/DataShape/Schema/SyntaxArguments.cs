using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// An invocation's arguments by parameter name, read from syntax: named arguments, and positional ones for the
    /// leading parameters the caller knows. <see cref="IsReadable"/> is false when an argument cannot be placed or a
    /// value read is not a literal; the caller then binds the call instead (<see cref="ConstantArguments"/>).
    /// </summary>
    internal sealed class SyntaxArguments
    {
        private readonly Dictionary<string, ExpressionSyntax> _arguments = new(StringComparer.Ordinal);

        private SyntaxArguments(InvocationExpressionSyntax invocation, string[] positional)
        {
            int position = 0;
            foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
            {
                string? parameter = argument.NameColon?.Name.Identifier.ValueText
                    ?? (position < positional.Length ? positional[position] : null);
                position++;
                if (parameter == null || argument.RefKindKeyword.RawKind != 0 || _arguments.ContainsKey(parameter))
                {
                    IsReadable = false;
                    return;
                }

                _arguments.Add(parameter, argument.Expression);
            }
        }

        /// <summary>False once an argument could not be placed or a value asked for was not a literal.</summary>
        public bool IsReadable { get; private set; } = true;

        /// <param name="invocation">The call whose arguments to read.</param>
        /// <param name="positional">The names of the leading parameters, in order, that a positional argument may fill.</param>
        public static SyntaxArguments Of(InvocationExpressionSyntax invocation, params string[] positional) => new(invocation, positional);

        public ExpressionSyntax? Find(string parameter) => _arguments.TryGetValue(parameter, out ExpressionSyntax? expression) ? expression : null;

        /// <summary>The literal string passed for <paramref name="parameter"/>; null when absent or <c>null</c>.</summary>
        public string? String(string parameter)
        {
            object? value = Literal(parameter);
            if (value is string or null)
            {
                return (string?)value;
            }

            IsReadable = false;
            return null;
        }

        /// <summary>The literal <c>bool</c> passed for <paramref name="parameter"/>; null when absent.</summary>
        public bool? Bool(string parameter)
        {
            object? value = Literal(parameter);
            if (value is bool or null)
            {
                return (bool?)value;
            }

            IsReadable = false;
            return null;
        }

        private object? Literal(string parameter)
        {
            if (Find(parameter) is not { } expression)
            {
                return null;
            }

            if (SyntaxLiteral.TryGetValue(expression, out object? value))
            {
                return value;
            }

            IsReadable = false;
            return null;
        }
    }
}
