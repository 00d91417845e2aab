// Stand-in for "server-only" in Vitest, which runs server modules outside React Server Components.
export {};
