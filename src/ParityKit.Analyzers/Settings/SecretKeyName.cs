using System;
using System.Text;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Tells from a configuration key's name whether its value is a secret: <c>Stripe:ApiKey</c>, <c>Db:Password</c>,
    /// <c>ConnectionStrings:Catalog</c>, <c>DATABASE_URL</c>. Used to choose between <c>[RequiresSecret]</c> and
    /// <c>[RequiresSetting]</c>, and to keep values of such keys out of the manifest and out of messages.
    /// </summary>
    internal static class SecretKeyName
    {
        // Words the last section's name (separators and trailing digits removed, lower case) ends with when it names a
        // secret: "ClientSecret", "AccessToken", "Password2". Ending, not containing: "TokenLifetime" is a plain setting.
        private static readonly string[] SecretWords =
        {
            "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "secretkey", "accesskey", "privatekey",
            "signingkey", "encryptionkey", "masterkey", "accountkey", "sharedaccesskey", "connectionstring", "credential",
            "credentials", "databaseurl", "dsn",
        };

        public static bool IsSecret(string key)
        {
            string normalized = key.Replace("__", ":");
            if (normalized.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            int lastColon = normalized.LastIndexOf(':');
            string name = Compact(normalized.Substring(lastColon + 1)).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            foreach (string word in SecretWords)
            {
                if (name.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Api_Key</c>, <c>api-key</c>, <c>API.KEY</c> → <c>apikey</c>.</summary>
        private static string Compact(string name)
        {
            var compact = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    compact.Append(char.ToLowerInvariant(c));
                }
            }

            return compact.ToString();
        }
    }
}
