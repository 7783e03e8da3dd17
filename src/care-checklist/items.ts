import { CARE_LEVELS, type CareItem, type CareLevel } from '../content/care-items.js';
import { warnOnce } from '../lib/warn.js';

const TAG = 'care-checklist';

/** A stable id from an item's text, for items written without `data-id`. */
export function slugId(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'item';
}

/**
 * Reads the items of a practice's own `<ul>`: each `<li>` with text becomes an item (`data-id`, `data-level`).
 * Empty items are dropped, unknown levels become `see-provider`, missing ids come from the text and duplicate ids
 * get a suffix — each with one warning. Returns `null` when there is no list (use the defaults) and an empty array
 * when the list has no usable item.
 */
export function readItems(list: HTMLUListElement | HTMLOListElement | null): CareItem[] | null {
  if (!list) return null;
  const items: CareItem[] = [];
  const seen = new Set<string>();
  const next = new Map<string, number>(); // the next suffix to try per repeated id: linear, however many repeats
  for (const li of list.querySelectorAll(':scope > li')) {
    const label = li.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!label) {
      warnOnce(`<${TAG}>: an empty <li> was left out of the list.`);
      continue;
    }
    const rawLevel = li.getAttribute('data-level')?.trim().toLowerCase();
    let level: CareLevel = 'see-provider';
    if (rawLevel && (CARE_LEVELS as readonly string[]).includes(rawLevel)) level = rawLevel as CareLevel;
    else if (rawLevel) {
      warnOnce(
        `<${TAG}>: data-level="${rawLevel}" on "${label}" is not "see-provider" or "urgent"; using "see-provider".`
      );
    }
    const base = li.getAttribute('data-id')?.trim() || slugId(label);
    let id = base;
    if (seen.has(id)) {
      let n = next.get(base) ?? 2;
      while (seen.has(`${base}-${n}`)) n += 1;
      next.set(base, n + 1);
      id = `${base}-${n}`;
      warnOnce(`<${TAG}>: data-id "${base}" is used more than once; repeats get "-2", "-3"…`);
    }
    seen.add(id);
    items.push({ id, label, level });
  }
  if (items.length === 0) warnOnce(`<${TAG}>: the list inside has no items with text; showing the practice's own.`);
  return items;
}

/** The overall level of a set of checked items: the most urgent of them, or `none`. */
export function levelOf(items: readonly CareItem[]): CareLevel | 'none' {
  if (items.some((item) => item.level === 'urgent')) return 'urgent';
  return items.length > 0 ? 'see-provider' : 'none';
}
