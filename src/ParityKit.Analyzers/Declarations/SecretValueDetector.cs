using System;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// Tells text that looks like a credential from a name or a location, so that a secret value written where a
    /// location (<c>Source</c>) or a non-secret default belongs is caught before it reaches the manifest. The reasons it
    /// returns never quote the text: diagnostics end up in build logs.
    /// </summary>
    internal static class SecretValueDetector
    {
        // Token prefixes vendors give their credentials; a token that starts with one is a key, not a location.
        private static readonly (string Prefix, string What)[] KeyPrefixes =
        {
            ("sk_live_", "a Stripe live secret key"),
            ("rk_live_", "a Stripe live restricted key"),
            ("sk_test_", "a Stripe test secret key"),
            ("rk_test_", "a Stripe test restricted key"),
            ("whsec_", "a Stripe webhook signing secret"),
            ("ghp_", "a GitHub token"),
            ("gho_", "a GitHub token"),
            ("ghs_", "a GitHub token"),
            ("github_pat_", "a GitHub token"),
            ("xoxb-", "a Slack token"),
            ("xoxp-", "a Slack token"),
            ("AIza", "a Google API key"),
        };

        private static readonly string[] ConnectionStringSecrets =
        {
            "password=", "pwd=", "accountkey=", "sharedaccesskey=", "sharedaccesssignature=",
        };

        private static readonly char[] TokenSeparators = { ':', '/', '=', ';', ',', ' ', '\t', '"', '\'', '@', '?', '&' };

        /// <summary>
        /// A reason when the text has the unmistakable marks of a credential (vendor key prefixes, a password in a
        /// connection string, credentials in a URL, a private key, a JWT); <see langword="null"/> otherwise. Safe to apply
        /// to ordinary setting values.
        /// </summary>
        public static string? FindCredential(string text)
        {
            foreach (string token in text.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach ((string prefix, string what) in KeyPrefixes)
                {
                    if (token.StartsWith(prefix, StringComparison.Ordinal) && token.Length > prefix.Length + 4)
                    {
                        return "it has the shape of " + what;
                    }
                }

                if (IsAwsAccessKeyId(token))
                {
                    return "it has the shape of an AWS access key id";
                }

                if (token.StartsWith("eyJ", StringComparison.Ordinal) && CountOf(token, '.') == 2)
                {
                    return "it has the shape of a JSON web token";
                }
            }

            string compact = text.Replace(" ", string.Empty);
            foreach (string marker in ConnectionStringSecrets)
            {
                if (compact.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return "it is a connection string that carries a password or key";
                }
            }

            if (text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0)
            {
                return "it holds a PEM key or certificate";
            }

            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            int at = scheme < 0 ? -1 : text.IndexOf('@', scheme);
            if (at > 0 && text.IndexOf(':', scheme + 3, at - scheme - 3) >= 0)
            {
                return "it is a URL with a password before the host";
            }

            return null;
        }

        /// <summary>
        /// <see cref="FindCredential"/>, plus the shape of a bare random token (long, mixed letters and digits, no scheme
        /// or path). Meant for <c>Source</c>, which should always be a location such as <c>vault:payments/stripe</c>.
        /// </summary>
        public static string? FindValueInsteadOfLocation(string text)
        {
            string? credential = FindCredential(text);
            if (credential != null)
            {
                return credential;
            }

            return LooksLikeRandomToken(text.Trim()) ? "it is a long random-looking token with no scheme or path" : null;
        }

        private static bool LooksLikeRandomToken(string text)
        {
            if (text.Length < 20 || text.IndexOf(':') >= 0 || text.IndexOf('/') >= 0)
            {
                return false;
            }

            bool upper = false, lower = false, digit = false, hex = true;
            foreach (char c in text)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    upper = true;
                }
                else if (c is >= 'a' and <= 'z')
                {
                    lower = true;
                }
                else if (c is >= '0' and <= '9')
                {
                    digit = true;
                }
                else if (!(c is '+' or '=' or '_' or '-' or '.'))
                {
                    return false;
                }

                hex &= c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
            }

            // Words joined by dashes ("payments-stripe-key") have no digits or no mixed case; keys and hashes do.
            return digit && ((upper && lower) || (hex && text.Length >= 32));
        }

        private static bool IsAwsAccessKeyId(string token)
        {
            if (token.Length != 20 || !(token.StartsWith("AKIA", StringComparison.Ordinal) || token.StartsWith("ASIA", StringComparison.Ordinal)))
            {
                return false;
            }

            foreach (char c in token)
            {
                if (!(c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        private static int CountOf(string text, char c)
        {
            int count = 0;
            foreach (char x in text)
            {
                if (x == c)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
