/**
 * A guide of docs/ as the docs site shows it. The Markdown files are the one source (GitHub and npm show them as
 * they are); here their HTML comments (docs-facts markers, notes to editors) are left out, and their links to each
 * other point at the docs site's pages instead of the .md files.
 */
const PAGES: Record<string, string> = {
  'embed.md': '?path=/docs/start-here-embed-on-your-site--docs',
  'partners.md': '?path=/docs/examples-for-partners--docs',
  'theming.md': '?path=/docs/start-here-theming--docs',
  'privacy.md': '?path=/docs/start-here-privacy-and-security--docs'
};

export function forStorybook(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\]\(([\w-]+\.md)\)/g, (link, file: string) => (PAGES[file] ? `](${PAGES[file]})` : link));
}
