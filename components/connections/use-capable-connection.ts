"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { connectionsQueryOptions } from "@/lib/query/connections";
import { capableConnections, type Capability } from "./capable-connections";

/** The connections that can do `capability` (from /api/connections), and the one chosen. */
export function useCapableConnection(capability: Capability) {
  const query = useQuery(connectionsQueryOptions());
  const [chosenId, choose] = useState("");
  const result = capableConnections(query.data ?? [], capability, chosenId);
  return { ...result, loading: query.isPending, error: query.error, choose };
}
