// The one list of what a job that ends in failure gets written, so that no way of failing it
// forgets to drop its lease or its next poll.

/** The reason, the time it ended, and no lease or poll left behind. The caller picks the status. */
export function failedJobFields(failureCode: string, failureReason: string) {
  return { failureCode, failureReason, finishedAt: new Date(), leaseOwner: null, leaseUntil: null, nextPollAt: null };
}
