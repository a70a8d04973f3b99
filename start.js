// Starts the app. A separate file instead of trunk's inline loader, so the site
// runs under a Content Security Policy with no 'unsafe-inline' scripts.
// scripts/split-wasm.sh puts this build's folder, pkg/<hash>, in place of the
// PKG placeholders below.
const loading = document.getElementById('loading');
try {
  const { default: init } = await import('./__PKG__/rootkey-lab.js');
  await init({ module_or_path: new URL('./__PKG__/rootkey-lab_bg.wasm', import.meta.url) });
  // `init` ran main, which mounted the app: the placeholder has done its job.
  loading?.remove();
} catch (e) {
  // Without the main module there is no app to say so: the placeholder does.
  if (loading) {
    loading.setAttribute('role', 'alert');
    loading.textContent =
      'rootkey-lab could not be loaded: reload the page. / rootkey-lab を読み込めませんでした。ページを再読み込みしてください。';
  }
  throw e;
}
