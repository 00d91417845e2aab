// What the end-to-end tests know about the server playwright.config.ts started.
export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };
export const MEMBER = { email: "member@e2e.test", password: "e2e-member-password" };
export const OUTSIDER = { email: "outsider@e2e.test", password: "e2e-outsider-password" };
