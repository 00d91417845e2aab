export declare function loadSecrets(): { nextAuthSecret: string; masterKey: string; simulatorApiKey: string };
