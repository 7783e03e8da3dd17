// Writes the element named by ?tag= into the page while it is parsed, before the loader (a module) runs.
const tag = new URLSearchParams(location.search).get('tag');
if (/^[a-z]+-[a-z-]+$/.test(tag ?? '')) document.body.append(document.createElement(tag));
