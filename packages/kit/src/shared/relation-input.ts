/**
 * The target of a to-one relation in a Document Service write, in any of the shapes Strapi accepts:
 * "documentId", 12, { documentId }, { id }, { connect: [...] }, { set: [...] }, [target].
 * `undefined` when the write does not touch the relation, `null` when it clears it.
 * Of several targets the LAST counts (Strapi connects them in order; a to-one relation keeps the last),
 * and `set` wins over `connect`.
 */
export type RelationTarget = { documentId: string } | { id: number };

export const relationTarget = (value: unknown): RelationTarget | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (Array.isArray(value)) return value.length === 0 ? null : relationTarget(value[value.length - 1]);
  if (typeof value === 'object') {
    const { documentId, id, connect, set, disconnect } = value as Record<string, unknown>;
    if (typeof documentId === 'string') return { documentId };
    if (typeof id === 'number') return { id };
    if (typeof id === 'string' && /^\d+$/.test(id)) return { id: Number(id) };
    if (set !== undefined) return relationTarget(set) ?? null;
    const connected = relationTarget(connect);
    if (connected) return connected;
    const disconnected = relationTarget(disconnect);
    return disconnected ? null : undefined;
  }
  return undefined;
};
