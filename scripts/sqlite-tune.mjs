// Puts the SQLite file in WAL mode (persistent in the file): readers never block the writer.
import Database from "better-sqlite3";
import { tsImport } from "tsx/esm/api";

const { databaseFile } = await tsImport("../lib/runtime-paths.ts", import.meta.url);

const db = new Database(databaseFile());
db.pragma("journal_mode = WAL");
db.close();
