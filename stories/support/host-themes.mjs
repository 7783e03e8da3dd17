/**
 * The three host pages every widget is reviewed and tested on: the practice's own warm light page, a dark partner
 * site and a saturated colored one. One list, read by `npm run screenshots`, by Storybook's "Host page" toolbar and
 * by the contrast tests, so what is looked at is what is tested.
 *
 * A widget cannot know its host's background, so each one here differs in a way that breaks a widget that assumes:
 * the white page is a plain clinic site with blue links (added in issue 26), the light page's text is warm
 * near-black in a serif (Squarespace-like), the dark page is #111 with #eee text, the colored one white on teal.
 */
export const HOST_THEMES = Object.freeze({
  white: Object.freeze({
    label: 'White partner site (a plain clinic page)',
    background: '#ffffff',
    color: '#1f2328',
    link: '#0b57d0',
    font: '16px/1.5 system-ui, sans-serif'
  }),
  light: Object.freeze({
    label: 'Light (the practice’s own page)',
    background: '#fbf8f4',
    color: '#2b2420',
    link: '#7a3370',
    font: '17px/1.6 Georgia, "Times New Roman", serif'
  }),
  dark: Object.freeze({
    label: 'Dark partner site',
    background: '#111111',
    color: '#eeeeee',
    link: '#9ecbff',
    font: '16px/1.55 system-ui, sans-serif'
  }),
  colored: Object.freeze({
    label: 'Colored partner site (white on teal)',
    background: '#0f6e68',
    color: '#ffffff',
    link: '#ffffff',
    font: '16px/1.55 "Helvetica Neue", Arial, sans-serif'
  })
});

/** The host names, in review order. */
export const HOST_NAMES = Object.freeze(Object.keys(HOST_THEMES));

/** The CSS a host page of this theme has: its body colors, font and link color. */
export function hostCss(name) {
  const theme = HOST_THEMES[name];
  return `background:${theme.background};color:${theme.color};font:${theme.font};` + `--host-link:${theme.link};`;
}
