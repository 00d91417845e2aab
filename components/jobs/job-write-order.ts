// A job's writes from this tab reach the server one after another, in the order the person made
// them. Favourite then unfavourite in quick succession sends two actions; on PostgreSQL the server
// runs them on two pooled connections at once, and the favourite could land after the unfavourite,
// leaving the job favourited although the screen said otherwise (seen in the e2e suite).
const chains = new Map<string, Promise<unknown>>();

/** Runs `write` once every earlier write for the same job (from any view in this tab) has finished. */
export function inJobOrder<T>(jobId: string, write: () => Promise<T>): Promise<T> {
  const previous = chains.get(jobId) ?? Promise.resolve();
  const next = previous.then(write, write);
  chains.set(jobId, next);
  const forget = () => {
    if (chains.get(jobId) === next) chains.delete(jobId);
  };
  next.then(forget, forget);
  return next;
}
