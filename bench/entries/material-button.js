// One Material Web button.
import '@material/web/button/filled-button.js';
