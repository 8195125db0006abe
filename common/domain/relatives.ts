/**
 * How a relative a citizen binds for errands on their behalf (亲属代办) is related to them: the
 * kinds the province apps offer when a family member is added.
 */
export const relativeRelations = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;
export type RelativeRelation = (typeof relativeRelations)[number];
