// The submit state machine of a job (Job.submitState): how far the studio got in handing the
// job to its vendor. It is separate from the job's status (job-status.ts) because the two fail
// differently: a status only moves forward, while a submit whose answer was lost must never be
// sent again blindly (the vendor may be making, and billing, the task already).
//
//   NONE ──claim──▶ SUBMITTING ──lose──▶ UNKNOWN
//     │                 │                   │
//     │ refuse          ├── accept, adopt ──┼──▶ ACCEPTED ◀── adopt ── REVIEW
//     ▼                 │                   │                            ▲
//   REFUSED ◀── refuse ─┼───── refuse ──────┤                            │
//                       ├───── giveUp ──────┼────────────────────────────┘
//   NONE ◀── requeue ───┴───── requeue ─────┘
//
// - claim:   the dispatcher claimed the job; the vendor call is about to leave.
// - accept:  the vendor answered with a task id (also a late answer after "lose").
// - lose:    the call failed in a way that leaves its outcome unknown (timeout, reset).
// - refuse:  the vendor refused the job, or it could not be sent at all (job FAILED).
// - requeue: recovery asked the vendor by notify id and it has no such task: send again.
// - give up: recovery could not tell; the job is FAILED "for review", never resent.
// - adopt:   a callback or look-up proved the vendor has the task: take it (out of REVIEW too).
// ACCEPTED and REFUSED are final. The data layer writes these moves as conditional updates
// whose WHERE lists `from` (submitTransition), so concurrent writers cannot skip a step.

export const SUBMIT_STATES = ["NONE", "SUBMITTING", "ACCEPTED", "UNKNOWN", "REFUSED", "REVIEW"] as const;
export type SubmitState = (typeof SUBMIT_STATES)[number];

export const SUBMIT_EVENTS = ["claim", "accept", "lose", "refuse", "requeue", "giveUp", "adopt"] as const;
export type SubmitEvent = (typeof SUBMIT_EVENTS)[number];

interface Transition {
  readonly from: readonly SubmitState[];
  readonly to: SubmitState;
}

const TRANSITIONS: Record<SubmitEvent, Transition> = {
  claim: { from: ["NONE"], to: "SUBMITTING" },
  accept: { from: ["SUBMITTING", "UNKNOWN"], to: "ACCEPTED" },
  lose: { from: ["SUBMITTING"], to: "UNKNOWN" },
  refuse: { from: ["NONE", "SUBMITTING", "UNKNOWN"], to: "REFUSED" },
  requeue: { from: ["SUBMITTING", "UNKNOWN"], to: "NONE" },
  giveUp: { from: ["SUBMITTING", "UNKNOWN"], to: "REVIEW" },
  adopt: { from: ["SUBMITTING", "UNKNOWN", "REVIEW"], to: "ACCEPTED" },
};

/** Submits that may have reached the vendor without the studio knowing the task: they hold a slot, recovery resolves them. */
export const SUBMIT_IN_DOUBT: readonly SubmitState[] = ["SUBMITTING", "UNKNOWN"];

export function isSubmitState(value: string): value is SubmitState {
  return (SUBMIT_STATES as readonly string[]).includes(value);
}

/** The states an event may start from and the state it leads to (for conditional updates). */
export function submitTransition(event: SubmitEvent): Transition {
  return TRANSITIONS[event];
}

/** The state after `event`, or null when the event is not allowed from `from`. */
export function nextSubmitState(from: string, event: SubmitEvent): SubmitState | null {
  const transition = TRANSITIONS[event];
  return (transition.from as readonly string[]).includes(from) ? transition.to : null;
}

/** Like nextSubmitState, for callers that hold a state they know: an illegal move is a bug. */
export function requireNextSubmitState(from: string, event: SubmitEvent): SubmitState {
  const next = nextSubmitState(from, event);
  if (!next) throw new Error(`Illegal submit transition: ${event} from ${from}`);
  return next;
}
