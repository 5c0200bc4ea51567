using System;

namespace ParityKit
{
    /// <summary>Declares a service-worker script the app registers (project-relative path).</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ServiceWorkerAttribute : Attribute
    {
        /// <param name="path">The script's project-relative path, e.g. <c>wwwroot/sw.js</c>.</param>
        public ServiceWorkerAttribute(string path) => Path = path;

        /// <summary>The script's project-relative path.</summary>
        public string Path { get; }
    }
}
