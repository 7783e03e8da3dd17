// Adds the loader from /dist/cdn/, or from the copy named by ?from= (see loaderCopies in web-test-runner.config.mjs).
const from = new URLSearchParams(location.search).get('from');
const script = document.createElement('script');
script.type = 'module';
script.src = from === 'slow' ? '/test/embed/pages/slow/loader.js' : '/dist/cdn/loader.js';
document.head.append(script);
