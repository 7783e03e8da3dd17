/**
 * Tidies the Custom Elements Manifest for Storybook's API tables and controls (the manifest file itself stays
 * complete for editors and other tools):
 * - private, protected and static members are implementation, not API, and are dropped;
 * - a property that mirrors an attribute is listed once, as the attribute (what people write in HTML);
 * - `string | undefined` is shown as `string`, so Storybook offers a text control instead of an object editor.
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
interface Declaration {
  members?: Member[];
  attributes?: Typed[];
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
    }
  }
  return copy as unknown as T;
}
