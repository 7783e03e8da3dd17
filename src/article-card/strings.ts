/** Every word `<article-card>` adds around an article, in one table (`el.strings = { … }` changes any of them). */
export interface ArticleCardStrings {
  readingTime: (minutes: number) => string;
  by: (author: string) => string;
  recommendedBy: (who: string) => string;
  newTab: string;
  /** Added to the link's name (not shown) when it goes to the article's category page rather than the article. */
  inCategory: (category: string) => string;
  blogHeading: (practiceName: string) => string;
  blogExcerpt: string;
}

export const ARTICLE_CARD_STRINGS: ArticleCardStrings = {
  readingTime: (minutes) => `${minutes} min read`,
  by: (author) => `By ${author}`,
  recommendedBy: (who) => `Recommended by ${who}`,
  newTab: '(opens in a new tab)',
  inCategory: (category) => `(in our ${category} articles)`,
  blogHeading: (practice) => `Articles from ${practice}`,
  blogExcerpt: 'Plain-spoken articles on sex, intimacy and relationships, written by sex therapists.'
};
