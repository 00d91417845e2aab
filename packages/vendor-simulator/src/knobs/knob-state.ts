// Test knobs: faults a real vendor shows now and then (lost, repeated or reordered webhooks,
// failing submits and fetches, slowness), switched on only through /sim/_control when knobs
// are enabled. They live in memory: a restarted simulator starts with every knob off.

export type KnobProtocol = "ttapi" | "mjproxy";

export interface SubmitErrorKnob {
  remaining: number;
  httpStatus?: number;
  vendorCode?: number;
  message?: string;
  protocol?: KnobProtocol;
}

export interface FetchErrorKnob {
  remaining: number;
  httpStatus: number;
  protocol?: KnobProtocol;
}

export interface FailTaskKnob {
  remaining: number;
  reason: string;
  atStep: number;
}

export interface KnobSettings {
  webhooks: {
    /** Probability 0-1 that a webhook is never sent (1 = drop all). */
    drop: number;
    /** How many times each webhook is sent (1 = normal). */
    duplicate: number;
    /** Hold a task's earlier webhooks until its final one was sent. */
    outOfOrder: boolean;
  };
  submitErrors: SubmitErrorKnob | null;
  fetchErrors: FetchErrorKnob | null;
  failTasks: FailTaskKnob | null;
  /** Added to every protocol response. */
  latencyMs: number;
  /** Step duration for tasks submitted from now on. */
  stepMs: number;
  /** Delay before /mj/submit/modal is handled and answered, on every midjourney-proxy mount. */
  modalDelayMs: number;
  /** The trueai mount (and the trueai upstream behind /sim/newapi): its account has Remix on. */
  trueai: { remix: boolean };
  /** How often New API's poller copies upstream task state into its own copies. */
  newapi: { pollerMs: number };
}

/** The values knobs start from (and return to on reset): the simulator's options. */
export interface KnobDefaults {
  stepMs: number;
  remix: boolean;
  pollerMs: number;
}

export class KnobState {
  settings: KnobSettings;

  constructor(
    readonly enabled: boolean,
    private readonly initial: KnobDefaults,
    private readonly random: () => number = Math.random,
  ) {
    this.settings = KnobState.defaults(initial);
  }

  static defaults(initial: KnobDefaults): KnobSettings {
    return {
      webhooks: { drop: 0, duplicate: 1, outOfOrder: false },
      submitErrors: null,
      fetchErrors: null,
      failTasks: null,
      latencyMs: 0,
      stepMs: initial.stepMs,
      modalDelayMs: 0,
      trueai: { remix: initial.remix },
      newapi: { pollerMs: initial.pollerMs },
    };
  }

  reset(): void {
    this.settings = KnobState.defaults(this.initial);
  }

  /** The error the next submit must answer with, consuming one use of the knob. */
  takeSubmitError(protocol: KnobProtocol): SubmitErrorKnob | null {
    const knob = this.settings.submitErrors;
    if (!knob || knob.remaining <= 0 || (knob.protocol && knob.protocol !== protocol)) return null;
    knob.remaining -= 1;
    if (knob.remaining <= 0) this.settings.submitErrors = null;
    return knob;
  }

  takeFetchError(protocol: KnobProtocol): FetchErrorKnob | null {
    const knob = this.settings.fetchErrors;
    if (!knob || knob.remaining <= 0 || (knob.protocol && knob.protocol !== protocol)) return null;
    knob.remaining -= 1;
    if (knob.remaining <= 0) this.settings.fetchErrors = null;
    return knob;
  }

  takeTaskFailure(): FailTaskKnob | null {
    const knob = this.settings.failTasks;
    if (!knob || knob.remaining <= 0) return null;
    knob.remaining -= 1;
    if (knob.remaining <= 0) this.settings.failTasks = null;
    return knob;
  }

  /** How one webhook is to be treated. */
  webhookPlan(isFinal: boolean): { drop: boolean; copies: number; held: boolean } {
    const { drop, duplicate, outOfOrder } = this.settings.webhooks;
    return { drop: drop > 0 && this.random() < drop, copies: Math.max(1, duplicate), held: outOfOrder && !isFinal };
  }
}
