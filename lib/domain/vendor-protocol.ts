// The vendor API families the studio speaks (VendorConnection.protocol) and, for midjourney-proxy,
// the gateway it sits behind (VendorConnection.profile; a ttapi connection is always "generic").
import { z } from "zod";

export const PROTOCOLS = ["ttapi", "mjproxy"] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const protocolSchema = z.enum(PROTOCOLS);

export function isProtocol(value: unknown): value is Protocol {
  return (PROTOCOLS as readonly unknown[]).includes(value);
}

export const PROFILES = ["newapi", "4allapi", "dataeyes", "generic"] as const;
export type MjproxyProfile = (typeof PROFILES)[number];
export const profileSchema = z.enum(PROFILES);

export function isProfile(value: unknown): value is MjproxyProfile {
  return (PROFILES as readonly unknown[]).includes(value);
}

/** The gateways' own product names (the admin's connection list and form show them). */
export const PROFILE_NAMES: Readonly<Record<MjproxyProfile, string>> = { newapi: "New API", "4allapi": "4AllAPI", dataeyes: "DataEyes", generic: "generic" };
