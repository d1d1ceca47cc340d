// Present only so the browser tests can find this extension's id from its service worker.
self.addEventListener('install', () => self.skipWaiting());
