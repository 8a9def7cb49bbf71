import type { Actor, Scope } from './scope';

/**
 * The policy of one kind of record: every action on it, the records an actor may act on
 * (as a scope, for list queries) and the decision on one record. `may` receives the actor
 * or null for the public.
 */
export interface Policy<R, A extends string> {
  /** Name used in "not found" answers. */
  readonly kind: string;
  /** Every action, `read` first. */
  readonly actions: readonly A[];
  /** Actions shown on a record (the buttons); creation and reading are left out. */
  readonly recordActions: readonly A[];
  /** The records an actor may `action`, for list queries (none when the rule needs more than place). */
  scope(actor: Actor, action: A): Scope;
  may(actor: Actor | null, action: A, record: R): boolean;
  /**
   * Whether the record lies in the actor's own jurisdiction (default: `read`). Records that
   * are public but outside it answer "not found" to any other action, not "forbidden".
   */
  inJurisdiction?(actor: Actor | null, record: R): boolean;
}

export function definePolicy<R, const A extends string>(p: Policy<R, A>): Policy<R, A> {
  return p;
}
