function isJobPostingType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((value) => typeof value === 'string' && /(?:^|[/:#])JobPosting$/.test(value));
}

/**
 * The schema.org JobPosting node in JSON-LD as sites publish it: the object itself, one item of
 * an array, or one node of an `@graph` (possibly nested). Null when there is none.
 */
export function findJobPosting(json: unknown): Record<string, unknown> | null {
  const pending: unknown[] = [json];
  let visited = 0;
  // Breadth-first with a bound: JSON-LD nests shallowly, and a hostile file must not make us walk forever.
  while (pending.length > 0 && visited < 10_000) {
    const node = pending.shift();
    visited++;
    if (Array.isArray(node)) pending.push(...node);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (isJobPostingType(record['@type'])) return record;
      if (record['@graph'] !== undefined) pending.push(record['@graph']);
    }
  }
  return null;
}
