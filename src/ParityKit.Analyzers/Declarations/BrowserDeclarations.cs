namespace ParityKit.Analyzers.Declarations
{
    /// <summary><c>[assembly: BaseUrlSetting("App:BaseUrl")]</c>: the setting a preview provisioner fills with the preview's own URL.</summary>
    internal sealed record BaseUrlSettingDeclaration(string Key);

    /// <summary><c>[assembly: ClientStorageKey("onboarding-step")]</c>: a localStorage/sessionStorage key the app writes.</summary>
    internal sealed record ClientStorageKeyDeclaration(string Key);

    /// <summary><c>[assembly: ServiceWorker("wwwroot/sw.js")]</c>: a service-worker script the app registers, project-relative with '/'.</summary>
    internal sealed record ServiceWorkerDeclaration(string Path);
}
