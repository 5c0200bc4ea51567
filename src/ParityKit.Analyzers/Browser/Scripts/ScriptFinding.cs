namespace ParityKit.Analyzers.Browser.Scripts
{
    internal enum ScriptFindingKind
    {
        /// <summary><c>localStorage.setItem(key, …)</c>.</summary>
        LocalStorageWrite,

        /// <summary><c>sessionStorage.setItem(key, …)</c>.</summary>
        SessionStorageWrite,

        /// <summary><c>navigator.serviceWorker.register(url, …)</c>.</summary>
        ServiceWorkerRegistration,
    }

    /// <summary>
    /// A browser-state call found in script text: its kind, the first argument when it is a plain string literal
    /// (<see langword="null"/> when computed), and the span to report (the literal, quotes included, or the method name).
    /// </summary>
    internal sealed class ScriptFinding
    {
        public ScriptFinding(ScriptFindingKind kind, string? argument, int start, int length)
        {
            Kind = kind;
            Argument = argument;
            Start = start;
            Length = length;
        }

        public ScriptFindingKind Kind { get; }

        public string? Argument { get; }

        public int Start { get; }

        public int Length { get; }
    }
}
