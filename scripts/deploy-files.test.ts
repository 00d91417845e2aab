// The deployment files hold together: compose.yaml's two studio replicas share one database,
// one bucket and one set of secrets and differ only in name, the proxy sends traffic (and the
// live stream, unbuffered) to both, and the image runs as a user that is not root.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// js-yaml is in node_modules through eslint; it has no types of its own here.
const { load } = createRequire(import.meta.url)("js-yaml") as { load: (text: string) => unknown };

const root = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  container_name?: string;
  hostname?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  networks?: string[];
}
interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { ipam?: { config: { subnet: string }[] } }>;
}

const compose = load(read("compose.yaml")) as Compose;
const studios = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);
const SHARED = ["DATABASE_URL", "STORAGE_URL", "S3_ENDPOINT", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"];
const SECRETS = ["NEXTAUTH_SECRET", "MASTER_KEY"];

describe("compose.yaml", () => {
  it("runs two studio replicas from the Dockerfile on one PostgreSQL and one bucket, with the same secrets", () => {
    expect(studios.map(([name]) => name)).toEqual(["studio-1", "studio-2"]);
    const [a, b] = studios.map(([, service]) => service);
    for (const name of [...SHARED, ...SECRETS, "PUBLIC_URL", "TRUSTED_PROXIES"]) {
      expect(a.environment?.[name], name).toBeTruthy();
      expect(b.environment?.[name], name).toBe(a.environment?.[name]);
    }
    expect(a.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@postgres:5432\//);
    expect(a.environment?.STORAGE_URL).toMatch(/^s3:\/\/.+\/.+/);
    expect(a.environment?.S3_ENDPOINT).toBe("http://minio:9000");
    // Secrets come from the operator's .env, never a per-container default.
    for (const name of SECRETS) expect(a.environment?.[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
  });

  it("names the replicas apart and gives each its own data volume", () => {
    const [a, b] = studios.map(([, service]) => service);
    expect(a.container_name).toBeTruthy();
    expect(b.container_name).toBeTruthy();
    expect(a.container_name).not.toBe(b.container_name);
    expect(a.volumes).not.toEqual(b.volumes);
  });

  it("starts the studios after PostgreSQL is healthy and the bucket exists", () => {
    for (const [, studio] of studios) {
      expect(studio.depends_on?.postgres).toEqual({ condition: "service_healthy" });
      expect(studio.depends_on?.["minio-bucket"]).toEqual({ condition: "service_completed_successfully" });
    }
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(JSON.stringify(compose.services["minio-bucket"])).toContain("mc mb");
  });

  it("trusts X-Forwarded-For from the proxy's network only, which holds the proxy and the studios", () => {
    const subnet = compose.networks.front.ipam?.config[0].subnet;
    expect(subnet).toBeTruthy();
    expect(studios[0][1].environment?.TRUSTED_PROXIES).toBe(subnet);
    const onFront = Object.entries(compose.services).filter(([, service]) => service.networks?.includes("front"));
    expect(onFront.map(([name]) => name).sort()).toEqual(["proxy", "studio-1", "studio-2"]);
  });

  it("puts a proxy in front that balances both replicas and streams /api/events unbuffered", () => {
    const proxy = compose.services.proxy;
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    const caddyfile = read("deploy/Caddyfile");
    const upstreams = /^\s*to\s+(.+)$/m.exec(caddyfile)?.[1].split(/\s+/);
    expect(upstreams).toEqual(studios.map(([name]) => `${name}:3000`));
    // The live stream route exists under that path, and the proxy flushes it at once.
    expect(fs.existsSync(path.join(root, "app/api/events/route.ts"))).toBe(true);
    expect(caddyfile).toMatch(/@live path \/api\/events /);
    expect(caddyfile).toMatch(/handle @live \{[^}]*reverse_proxy \{[^}]*flush_interval -1/);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[stages.length - 1];

  it("builds in stages and runs the last one on node:20-bookworm-slim as a user that is not root", () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(runtime).toMatch(/^\$\{NODE_IMAGE\} AS runtime/);
    const users = [...runtime.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
  });

  it("serves with npm start's script, keeps data in /data and checks /api/health", () => {
    expect(runtime).toMatch(/^CMD \["node", ?"scripts\/start\.mjs"\]$/m);
    expect(runtime).toMatch(/DATA_DIR=\/data/);
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(runtime).toMatch(/^EXPOSE 3000$/m);
    expect(runtime).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health/m);
    // The runtime stage compiles nothing: the build tools stay in the deps stage.
    expect(runtime).not.toMatch(/g\+\+|build-essential/);
  });

  it("leaves installed and built output, local data and secrets out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", ".data", ".git", ".env", "test-results"]) expect(ignored).toContain(entry);
    // …but not what the runtime's build stamp hashes: the image would rebuild at every start.
    for (const input of ["app", "lib", "components", "packages", "public", "prisma", "package.json", "package-lock.json"]) {
      expect(ignored).not.toContain(input);
    }
  });
});
