/**
 * Tidies the Custom Elements Manifest for Storybook's API tables and controls (the manifest file itself stays
 * complete for editors and other tools):
 * - private, protected and static members are implementation, not API, and are dropped;
 * - a property that mirrors an attribute is listed once, as the attribute (what people write in HTML);
 * - `string | undefined` is shown as `string`, so Storybook offers a text control instead of an object editor;
 * - parts are named `::part(name)`, as a stylesheet writes them. Storybook keys its API table by name, so a part
 *   called `heading` would otherwise replace the `heading` attribute (and `image`, `excerpt`, `category`...);
 * - the default slot, which has no name, is listed as `(default)` instead of being left out.
 */
interface Typed {
  type?: { text: string };
}
interface Member extends Typed {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Named {
  name: string;
}
interface Declaration {
  members?: Member[];
  attributes?: Typed[];
  cssParts?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const optional = (item: Typed) =>
  item.type ? { ...item, type: { text: item.type.text.replace(/\s*\|\s*undefined\b/g, '') } } : item;

export function forStorybook<T>(manifest: T): T {
  const copy = structuredClone(manifest) as unknown as Manifest;
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members
        ?.filter((member) => !member.privacy && !member.static && !member.attribute)
        .map(optional) as Member[];
      declaration.attributes = declaration.attributes?.map(optional);
      declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
      declaration.slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' }));
    }
  }
  return copy as unknown as T;
}
