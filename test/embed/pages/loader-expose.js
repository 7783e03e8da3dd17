// Gives the test page the loader's discover(): the same URL as the page's script tag, so the same module instance.
import { discover } from '/dist/cdn/loader.js';

window.__discover = discover;
