/**
 * What only the practice can confirm, in one place. README's "Before you publish" names each value; the docs'
 * snippets are checked against these (test/embed/snippets.test.ts), so changing one here shows every page to update.
 *
 * Values marked UNCONFIRMED are safe stand-ins: they send people somewhere that exists and show nothing untrue.
 *
 * Not here, because it is not code: the npm package name, `"name"` in package.json
 * (`@embracesexualwellness/widgets`, UNCONFIRMED: the practice must own the npm scope before the first release).
 */

/** The practice's name, in copy and labels. Confirmed (API.md). */
export const PRACTICE_NAME = 'Embrace Sexual Wellness';

/** The practice's site, the base of article links. Confirmed (API.md). */
export const SITE_URL = 'https://www.embracesexualwellness.com';

/**
 * UNCONFIRMED: the page where a person books the free consultation. Until the practice names it, `null`: "Book your
 * free consultation" goes to the home page (`SITE_URL`), which exists and leads on to booking. A page can always set
 * its own with `booking-url`, on a widget or a `<practice-provider>`.
 */
export const BOOKING_URL: string | null = null;

/** UNCONFIRMED: the phone number the widgets show as a `tel:` link. `null`: no phone line is shown. */
export const PHONE: string | null = null;

/** USPS codes of the states where the practice sees clients by telehealth. Confirmed (API.md). */
export const STATES = ['IL', 'IN', 'ID', 'KS', 'LA'] as const;

/** Where the practice sees clients in person. Confirmed (API.md). */
export const IN_PERSON = 'Chicago, IL';

/**
 * UNCONFIRMED: each catalog article's own address (a path on the site such as `/esw-blog/<post>`, or a full
 * address). `null`: the card links to the article's category page on the blog, which lists it.
 */
export const ARTICLE_URLS: Readonly<Record<string, string | null>> = {
  'bleeding-after-sex': null,
  'guided-imagery': null,
  'performance-pressure': null
};

/**
 * UNCONFIRMED: a clinician at the practice has read and signed off the checklist's clinical words before release:
 * the items and their levels (src/content/care-items.ts, each with the guidance it follows), the advice, the
 * emergency line's "soaking through a pad or tampon every hour" (CDC's description of heavy bleeding), and the
 * support line (RAINN's National Sexual Assault Hotline, 800-656-4673; medicines that prevent HIV and pregnancy work
 * best within 72 hours) in src/care-checklist/strings.ts. `null` until then: `npm publish` refuses to run
 * (scripts/release-check.mjs). Write who and when, e.g. `{ by: 'Name, credentials', on: '2027-01-15' }`.
 */
export const CLINICAL_SIGN_OFF: { by: string; on: string } | null = null;

/**
 * UNCONFIRMED: where `<consult-cta>` sends someone in a US state the practice cannot see, when the page sets no
 * `fallback-url`: the referral directory of AASECT (the American Association of Sexuality Educators, Counselors and
 * Therapists, the US professional body that certifies sex therapists), which lists certified sex therapists by
 * location across the US. The address is the one therapists' and clinics' own sites link to
 * (https://www.aasect.org/referral-directory); the practice confirms it is the directory it wants to recommend.
 */
export const DIRECTORY_URL = 'https://www.aasect.org/referral-directory';

/**
 * UNCONFIRMED: the practice's contact page, for someone outside the US (where a US directory is no help).
 * `null`: the practice's home page (`SITE_URL`), which exists and leads on to contact.
 */
export const CONTACT_URL: string | null = null;

// UNCONFIRMED (words, not a value): with a phone set, <consult-cta> tells someone the practice cannot see "Call us
// and we'll suggest someone licensed in <state>" (src/consult-cta/strings.ts, wayForward). The practice confirms it
// makes that offer; without a phone the line is never shown.
