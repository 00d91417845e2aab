// A vendor connection's state (VendorConnection.status): in use, paused (jobs wait), or retired
// (no new jobs, but its tasks in flight finish and its images stay).
import { z } from "zod";

export const CONNECTION_STATUSES = ["ACTIVE", "DISABLED", "RETIRED"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];
export const connectionStatusSchema = z.enum(CONNECTION_STATUSES);
