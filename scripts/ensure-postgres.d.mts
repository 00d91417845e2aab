// Types for scripts/ensure-postgres.mjs (plain JavaScript so that CI and `npm test` can run it
// before anything is built), for the TypeScript tests that import it.
export declare function postgresUrl(port: number): string;
export declare function privateClusterDir(port: number): string;
export declare function ensurePostgres(options?: { port?: number }): Promise<string>;
export declare function stopPostgres(options?: { port?: number; removeData?: boolean }): boolean;
