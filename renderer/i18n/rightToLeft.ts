/** Languages written right to left: the document's direction and number isolation follow this. */
export const rightToLeftLocales: ReadonlySet<string> = new Set(['ug']);
