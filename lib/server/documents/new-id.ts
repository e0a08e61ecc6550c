import 'server-only';

/** The ids of segments and beads: random UUIDs, so ids made on two servers or in two transactions never meet. */
export function newId(): string {
  return crypto.randomUUID();
}
