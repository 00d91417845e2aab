// How many failed sign-ins are allowed before further attempts are refused for a while.
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_FAILURES_PER_ACCOUNT = 10;
export const LOGIN_FAILURES_PER_IP = 30;

export const loginAccountKey = (email: string) => `login:account:${email.trim().toLowerCase()}`;
export const loginIpKey = (ip: string) => `login:ip:${ip}`;
