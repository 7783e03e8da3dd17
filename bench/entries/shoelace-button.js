// One Shoelace button, as a page that uses only that would load it (its theme CSS is measured apart).
import '@shoelace-style/shoelace/dist/components/button/button.js';
