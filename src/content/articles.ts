import { ARTICLE_URLS } from './practice.js';

/**
 * The practice's articles that `<article-card slug="…">` can show. Data only; any attribute on the element overrides
 * an entry's field.
 *
 * The articles' own addresses are not confirmed yet: they are filled in with the practice's other unconfirmed values,
 * in `ARTICLE_URLS` (src/content/practice.ts). Until then the card links to the article's category page on the blog.
 */
export interface Article {
  slug: string;
  /** The article's own title. */
  title: string;
  /** The blog category (its page is `/esw-blog/category/<category>`). */
  category: string;
  readingMinutes: number;
  /** One or two sentences on what the reader will get, in the practice's voice. */
  excerpt: string;
  /** The article's own address, relative to `site-url` or absolute. `null` until the practice confirms it. */
  url: string | null;
}

export const BLOG_PATH = '/esw-blog';

export const ARTICLES: readonly Article[] = [
  {
    slug: 'bleeding-after-sex',
    title: 'Is It Normal to Bleed After Sex, And What Should I Do About It?',
    category: 'Anxiety',
    readingMinutes: 5,
    excerpt:
      'Why bleeding after sex happens, when light spotting is nothing to worry about, and the signs that mean ' +
      'it’s time to see a provider.',
    url: ARTICLE_URLS['bleeding-after-sex']
  },
  {
    slug: 'guided-imagery',
    title: 'How Guided Imagery Can Improve Your Sex Life',
    category: 'Arousal',
    readingMinutes: 6,
    excerpt:
      'How a few minutes of calm, sensory visualization can ease performance anxiety, build body confidence and ' +
      'help you reconnect with desire, with a simple practice to try on your own.',
    url: ARTICLE_URLS['guided-imagery']
  },
  {
    slug: 'performance-pressure',
    title: 'How to Handle Sexual Performance Pressure in Relationships: Expert Tips from a Sex Therapist',
    category: 'Communication',
    readingMinutes: 4,
    excerpt:
      'Where the pressure to perform comes from, what it does to both partners, and practical ways to talk about ' +
      'it and let it go together.',
    url: ARTICLE_URLS['performance-pressure']
  }
];

/** The blog page that lists a category's articles. */
export function categoryPath(category: string): string {
  return `${BLOG_PATH}/category/${encodeURIComponent(category)}`;
}

export function findArticle(slug: string | null | undefined): Article | undefined {
  const wanted = slug?.trim().toLowerCase();
  return wanted ? ARTICLES.find((article) => article.slug === wanted) : undefined;
}
