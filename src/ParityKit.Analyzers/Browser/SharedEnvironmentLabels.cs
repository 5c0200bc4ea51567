using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// Host labels that name a shared environment of the app: <c>staging</c>, <c>stage</c>, <c>uat</c>, <c>qa</c>,
    /// <c>preprod</c>, plus <c>paritykit.shared_environment_labels</c> (<c>!label</c> drops a default). A host matches when
    /// a subdomain label is one (<c>staging.myapp.com</c>, <c>api.uat.myapp.com</c>), optionally numbered (<c>qa2.</c>)
    /// or joined with a dash (<c>staging-api.</c>), or when any label but the top-level domain ends with one after a dash
    /// (<c>myapp-staging.azurewebsites.net</c>, <c>myapp-staging.com</c>). The registrable name itself (<c>stage.com</c>)
    /// and the top-level domain never count.
    /// </summary>
    internal sealed class SharedEnvironmentLabels
    {
        private static readonly string[] Defaults = { "staging", "stage", "uat", "qa", "preprod" };

        private readonly ImmutableArray<string> _labels;

        private SharedEnvironmentLabels(ImmutableArray<string> labels) => _labels = labels;

        public static SharedEnvironmentLabels Default { get; } = Parse(null);

        public static SharedEnvironmentLabels Parse(string? option)
        {
            var labels = new List<string>(Defaults);
            foreach (string entry in ParityKitOptions.SplitList(option))
            {
                bool remove = entry.StartsWith("!", StringComparison.Ordinal);
                string label = (remove ? entry.Substring(1) : entry).Trim().ToLowerInvariant();
                if (label.Length == 0 || label.IndexOf('.') >= 0)
                {
                    continue;
                }

                labels.Remove(label);
                if (!remove)
                {
                    labels.Add(label);
                }
            }

            return new SharedEnvironmentLabels(labels.ToImmutableArray());
        }

        /// <summary>The label the host matched ("staging"), or <see langword="null"/>.</summary>
        public string? Match(string host)
        {
            string[] parts = host.ToLowerInvariant().Split('.');
            int topLevel = parts.Length - 1;
            int registrable = parts.Length - 2;
            for (int i = 0; i < topLevel; i++)
            {
                foreach (string label in _labels)
                {
                    if ((i < registrable && (IsLabel(parts[i], 0, parts[i].Length, label) || StartsWithLabel(parts[i], label)))
                        || EndsWithLabel(parts[i], label))
                    {
                        return label;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="name"/> (an environment's name, as in <c>appsettings.Staging.json</c>) is a shared environment.</summary>
        public bool IsEnvironmentName(string name)
        {
            string lower = name.ToLowerInvariant();
            foreach (string label in _labels)
            {
                if (IsLabel(lower, 0, lower.Length, label))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>label</c> or <c>label</c> followed by digits, exactly filling <c>[start, end)</c>.</summary>
        private static bool IsLabel(string part, int start, int end, string label)
        {
            if (end - start < label.Length || string.CompareOrdinal(part, start, label, 0, label.Length) != 0)
            {
                return false;
            }

            for (int i = start + label.Length; i < end; i++)
            {
                if (part[i] < '0' || part[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool StartsWithLabel(string part, string label)
        {
            int dash = part.IndexOf('-');
            return dash > 0 && IsLabel(part, 0, dash, label);
        }

        private static bool EndsWithLabel(string part, string label)
        {
            int dash = part.LastIndexOf('-');
            return dash > 0 && dash < part.Length - 1 && IsLabel(part, dash + 1, part.Length, label);
        }
    }
}
