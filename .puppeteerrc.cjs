// Puppeteer drives Debian's firefox-esr in the Firefox test run. Never let `npm install` download its own
// browser: this machine (and locked-down CI) can only reach the npm registry and Debian's packages.
module.exports = { skipDownload: true };
