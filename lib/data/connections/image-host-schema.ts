// An extra image host an admin allows on a connection: "host" or "host:port", nothing else.
// Shared by the CLI, the admin forms and the data layer. Link-local and cloud metadata
// addresses are refused here already (the download guard refuses them again at connect time).
import { z } from "zod";
import { addressRefusal } from "@/lib/vendors/http/image-source-policy";

/** Host names that lead to a cloud's metadata service. */
const METADATA_NAMES = new Set(["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"]);

export const MAX_IMAGE_HOSTS = 20;

function problem(entry: string): string | undefined {
  if (!/^[a-z0-9.[\]:-]+$/i.test(entry))
    return "must be a host name or address with an optional port, such as cdn.example.com or 10.0.0.5:8080 (no scheme or path)";
  let url: URL;
  try {
    url = new URL(`http://${entry}`);
  } catch {
    return "is not a host name or address";
  }
  const port = /:(\d+)$/.exec(entry)?.[1];
  if (port && (Number(port) < 1 || Number(port) > 65535)) return "has a port outside 1-65535";
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (METADATA_NAMES.has(hostname)) return "is a cloud metadata host";
  const refusal = /^[\d.]+$|:/.test(hostname) ? addressRefusal(hostname, true) : undefined;
  return refusal ? `is ${refusal}` : undefined;
}

export const imageHostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "must not be empty")
  .max(255, "is too long")
  // "https://cdn.example.com/" pasted from a browser: keep the host, drop the rest.
  .transform((v) => v.replace(/^https?:\/\//, "").replace(/\/.*$/, ""))
  .superRefine((entry, ctx) => {
    const message = problem(entry);
    if (message) ctx.addIssue({ code: "custom", message: `"${entry}" ${message}` });
  });

export const imageHostsSchema = z
  .array(imageHostSchema)
  .max(MAX_IMAGE_HOSTS, `at most ${MAX_IMAGE_HOSTS} image hosts`)
  .default([])
  .transform((hosts) => [...new Set(hosts)]);

/** The stored JSON column as a list (an unreadable value counts as none). */
export function parseImageHosts(json: string | null | undefined): string[] {
  try {
    const value: unknown = JSON.parse(json || "[]");
    return Array.isArray(value) ? value.filter((h): h is string => typeof h === "string") : [];
  } catch {
    return [];
  }
}
