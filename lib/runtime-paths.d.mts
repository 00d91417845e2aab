export declare function dataDir(): string;
export declare function databaseFile(): string;
export declare function imagesDir(): string;
export declare function secretsFile(): string;
