export declare function dataDir(): string;
export declare function databaseFile(): string;
export declare function imagesDir(): string;
export declare function secretsFile(): string;
export declare function ensurePrivateDir(dir: string): void;
export declare function ensurePrivateFile(file: string): void;
export declare function preparePrivateDataDir(): void;
