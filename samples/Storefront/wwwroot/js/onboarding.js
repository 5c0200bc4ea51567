// The onboarding wizard keeps its place between visits. On a shared staging URL that means every returning tester
// resumes at step three and nobody sees what a new user sees: ParityKit asks for each key to be declared so a test
// runner can clear it before a preview run.
'use strict';

function saveStep(step) {
    // PK5003: written but not declared.
    localStorage.setItem('onboarding-step', String(step));
}

function saveTheme(theme) {
    // Fixed: declared with [assembly: ClientStorageKey("theme")].
    localStorage.setItem('theme', theme);
}

// Fixed: declared with [assembly: ServiceWorker("wwwroot/sw.js")].
if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' });
}

document.querySelectorAll('#wizard-steps li').forEach(function (item, index) {
    item.addEventListener('click', function () { saveStep(index + 1); });
});
saveTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
