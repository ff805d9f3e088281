import type { DiagramVariant } from './diagram-document';

/**
 * The variants a plan process lacks for the region's member municipalities: one each, empty, with an
 * id made from the municipality's, so two that add it at once (a browser, the server) make the same
 * one. A variant already named like the municipality counts as its own.
 */
export function missingMunicipalityVariants(variants: DiagramVariant[], municipalities: Array<{ id: string; name: string }>): DiagramVariant[] {
  const named = (name: string) => variants.some((variant) => variant.name.trim().toLowerCase() === name.trim().toLowerCase());
  return municipalities
    .filter((municipality) => !variants.some((variant) => variant.municipalityId === municipality.id) && !named(municipality.name))
    .map((municipality) => ({ id: `kommune-${municipality.id}`, name: municipality.name, municipalityId: municipality.id, isCommon: false }));
}
