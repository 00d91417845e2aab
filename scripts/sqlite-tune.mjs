// Puts the SQLite file in WAL mode (persistent in the file): readers never block the writer.
import Database from "better-sqlite3";
import { databaseFile } from "../lib/runtime-paths.mjs";

const db = new Database(databaseFile());
db.pragma("journal_mode = WAL");
db.close();
