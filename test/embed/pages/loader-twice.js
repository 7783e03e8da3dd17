// Adds the two scripts named by ?first=…&second=… (module scripts, in that order), as two snippets on one page would.
const params = new URLSearchParams(location.search);
for (const src of [params.get('first'), params.get('second')]) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.async = false; // in order, as two script tags in the markup would run
  document.head.append(script);
}
