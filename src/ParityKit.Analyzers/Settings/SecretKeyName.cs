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
        private static readonly string[] CredentialWords =
        {
            "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "secretkey", "accesskey", "privatekey",
            "signingkey", "encryptionkey", "masterkey", "accountkey", "sharedaccesskey", "credential", "credentials",
        };

        // Connections are secrets too, though a local one ("Data Source=app.db") carries no credential in its value.
        private static readonly string[] ConnectionWords = { "connectionstring", "databaseurl", "dsn" };

        public static bool IsSecret(string key) =>
            key.Replace("__", ":").StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)
            || EndsWithAny(LastName(key), CredentialWords)
            || EndsWithAny(LastName(key), ConnectionWords);

        /// <summary>
        /// Whether the key names a credential itself (<c>Db:Password</c>, <c>Stripe:ApiKey</c>), whatever its value looks
        /// like; connection strings and database URLs are secrets by name too, but their value decides (a password in it).
        /// </summary>
        public static bool NamesCredential(string key) => EndsWithAny(LastName(key), CredentialWords);

        private static string LastName(string key)
        {
            string normalized = key.Replace("__", ":");
            return Compact(normalized.Substring(normalized.LastIndexOf(':') + 1)).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        }

        private static bool EndsWithAny(string name, string[] words)
        {
            foreach (string word in words)
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
