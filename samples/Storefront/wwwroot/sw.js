// A minimal service worker: caches the onboarding page for offline use. Declared with [assembly: ServiceWorker].
'use strict';

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open('storefront-v1').then(function (cache) { return cache.addAll(['/onboarding']); }));
});

self.addEventListener('fetch', function (event) {
    event.respondWith(caches.match(event.request).then(function (hit) { return hit || fetch(event.request); }));
});
