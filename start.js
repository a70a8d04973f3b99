// Starts the app. A separate file instead of trunk's inline loader, so the site
// runs under a Content Security Policy with no 'unsafe-inline' scripts.
import init from './rootkey-lab.js';

await init({ module_or_path: new URL('./rootkey-lab_bg.wasm', import.meta.url) });
