/** Every text of a message tree by its dotted key: `{ a: { b: 'x' } }` gives `[['a.b', 'x']]`. */
export function textsByKey(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsByKey(value as object, `${prefix}${key}.`),
  );
}
