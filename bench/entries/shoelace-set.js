// What a practice would otherwise assemble from Shoelace for these widgets: a card, a button and checkboxes.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
