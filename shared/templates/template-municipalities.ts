/**
 * A member municipality as templates need it: its name, and its id in Planrom when known (diagram
 * variants refer to it). A plain name is accepted too.
 */
export type TemplateMunicipality = string | { id?: string | null; name: string };

/** A member municipality after normalising: trimmed name, id or null. */
export interface NamedMunicipality {
  id: string | null;
  name: string;
}

/**
 * The region's members in the order given, trimmed, without empty names or repeated names
 * (a repeated space would only confuse).
 */
export function namedMunicipalities(municipalities: readonly TemplateMunicipality[] = []): NamedMunicipality[] {
  const seen = new Set<string>();
  const named: NamedMunicipality[] = [];
  for (const municipality of municipalities) {
    const name = (typeof municipality === 'string' ? municipality : municipality.name).trim();
    const id = typeof municipality === 'string' ? null : (municipality.id ?? null);
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    named.push({ id, name });
  }
  return named;
}

/**
 * The names to draw one space each for: the members, or numbered placeholders when there are none
 * (a preview, or a region that has not added its members yet).
 * @example spaceNames([], 3, 'Kommune') // ['Kommune 1', 'Kommune 2', 'Kommune 3']
 */
export function spaceNames(members: readonly NamedMunicipality[], placeholders: number, placeholderName: string): string[] {
  if (members.length > 0) return members.map((member) => member.name);
  return Array.from({ length: placeholders }, (_, index) => `${placeholderName} ${index + 1}`);
}
