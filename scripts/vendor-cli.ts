// `npm run vendor -- …`: add, list, remove and choose vendor connections from a shell, with the
// same DATA_DIR (database and master key) as the server. Keys are stored only encrypted and
// never printed: a listing shows their last four characters.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { InvalidConnectionError, type ConnectionDto, type CreateConnectionInput } from "@/lib/data/connections/connection-schemas";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";
import { findConnectionOrThrow } from "@/lib/trusted/connections/find-connection";
import { getConnectionCosts } from "@/lib/trusted/connections/get-connection-costs";
import { listConnections } from "@/lib/trusted/connections/list-connections";
import { removeConnection } from "@/lib/trusted/connections/remove-connection";
import { setConnectionCosts } from "@/lib/trusted/connections/set-connection-costs";
import { setDefaultConnection } from "@/lib/trusted/connections/set-default-connection";
import { isAppError } from "@/lib/errors";
import { COST_KIND_LABELS, COST_KINDS, DEFAULT_ACTION_COSTS, type CostKind } from "@/lib/jobs/job-cost";
import { dataDir } from "@/lib/runtime-paths";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const USAGE = `Vendor connections (data folder: DATA_DIR, now ${dataDir()})

  npm run vendor -- add --name NAME --protocol ttapi|mjproxy [--profile newapi|4allapi|dataeyes|generic]
                        --base-url URL --key KEY|- [--concurrency N] [--mode fast|relax|turbo] [--default]
                        [--cost KIND=UNITS ...]
                        [--image-host HOST[:PORT]]...
  npm run vendor -- list
  npm run vendor -- remove NAME
  npm run vendor -- default NAME
  npm run vendor -- check NAME
  npm run vendor -- costs NAME [--cost KIND=UNITS|default ...]

--key - reads the key from standard input, which keeps it out of the shell history.
--cost sets what a kind of job reserves against daily budgets on this connection (budget units;
  the vendor's own charge replaces it where it reports one). KIND is one of
  ${COST_KINDS.join(", ")}; "default" goes back to the studio's price.
--image-host (repeatable) allows images from another host: the vendor's CDN or object storage,
or a New API ServerAddress. check says OK, or "key refused" when the vendor refuses the key.
Run with the server's DATA_DIR and MASTER_KEY: keys are encrypted with that master key.`;

class UsageError extends Error {}

/** Whoever runs this with the server's data folder: the audit log names them "cli". */
const CLI_ACTOR: AuditActor = { id: null, email: "cli" };

const FLAG_FOR_FIELD: Record<string, string> = {
  name: "--name",
  protocol: "--protocol",
  profile: "--profile",
  baseUrl: "--base-url",
  apiKey: "--key",
  concurrency: "--concurrency",
  defaultMode: "--mode",
  actionCosts: "--cost",
  imageHosts: "--image-host",
};

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: "string" },
        protocol: { type: "string" },
        profile: { type: "string" },
        "base-url": { type: "string" },
        key: { type: "string" },
        concurrency: { type: "string" },
        mode: { type: "string" },
        cost: { type: "string", multiple: true },
        "image-host": { type: "string", multiple: true },
        default: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8").trim();
}

const concurrencySchema = z.string().regex(/^\d+$/, "must be a whole number").transform(Number).optional();

/** --cost imagine=0.1 --cost upscale=default → { imagine: 0.1, upscale: null }. */
function parseCostFlags(flags: string[] | undefined): Partial<Record<CostKind, number | null>> {
  const costs: Partial<Record<CostKind, number | null>> = {};
  for (const flag of flags ?? []) {
    const match = /^([a-z_]+)=(.*)$/.exec(flag.trim());
    if (!match || !(COST_KINDS as readonly string[]).includes(match[1]))
      throw new UsageError(`--cost ${flag}: give KIND=UNITS with KIND one of ${COST_KINDS.join(", ")}.`);
    const value = match[2].trim();
    if (value === "default") costs[match[1] as CostKind] = null;
    else if (/^\d+(\.\d+)?$/.test(value)) costs[match[1] as CostKind] = Number(value);
    else throw new UsageError(`--cost ${flag}: the units must be a number of 0 or more (or "default").`);
  }
  return costs;
}

function costTable(costs: Partial<Record<CostKind, number>>): string {
  return COST_KINDS.map(
    (kind) => `  ${COST_KIND_LABELS[kind].padEnd(22)} ${kind.padEnd(12)} ${kind in costs ? String(costs[kind]) : `${DEFAULT_ACTION_COSTS[kind]} (default)`}`,
  ).join("\n");
}

const topField = (path: string) => path.split(".")[0];

async function add(values: ReturnType<typeof parseCommandLine>["values"]): Promise<number> {
  const concurrency = concurrencySchema.safeParse(values.concurrency);
  if (!concurrency.success) throw new UsageError(`--concurrency ${concurrency.error.issues[0].message}`);
  const costs = parseCostFlags(values.cost);
  const actionCosts = Object.fromEntries(Object.entries(costs).filter(([, cost]) => cost !== null));
  const apiKey = values.key === "-" ? await readStdin() : values.key;
  const input = {
    name: values.name ?? "",
    protocol: values.protocol ?? "",
    profile: values.profile,
    baseUrl: values["base-url"] ?? "",
    apiKey: apiKey ?? "",
    concurrency: concurrency.data,
    defaultMode: values.mode,
    actionCosts,
    isDefault: values.default,
    imageHosts: values["image-host"] ?? [],
  };
  let created: ConnectionDto;
  try {
    // Flags are strings: createConnection validates them (the one validation of a new connection).
    created = await createConnection(input as CreateConnectionInput, CLI_ACTOR);
  } catch (error) {
    if (!(error instanceof InvalidConnectionError)) throw error;
    // The first problem of each field, named by its flag.
    const firstPerField = error.issues.filter((issue, i, all) => all.findIndex((o) => topField(o.field) === topField(issue.field)) === i);
    const problems = firstPerField.map((issue) => {
      const field = topField(issue.field);
      const given = input[field as keyof typeof input];
      return `${FLAG_FOR_FIELD[field] ?? field} ${given === "" ? "is required" : issue.message}`;
    });
    throw new UsageError(problems.join("\n"));
  }
  const profile = created.protocol === "mjproxy" ? `/${created.profile}` : "";
  const hosts = created.imageHosts.length ? `, images also from ${created.imageHosts.join(", ")}` : "";
  const asDefault = created.isDefault ? " as the default connection" : "";
  console.log(`Added "${created.name}" (${created.protocol}${profile}, ${created.baseUrl}, key ${created.keyHint}${hosts})${asDefault}.`);
  return EXIT_OK;
}

function table(rows: ConnectionDto[]): string {
  const header = ["NAME", "PROTOCOL", "BASE URL", "KEY", "MODE", "CONCURRENCY", "STATUS", "JOBS", "DEFAULT"];
  const lines = rows.map((c) => [
    c.name + (c.builtin ? " (built-in)" : ""),
    c.protocol === "mjproxy" ? `mjproxy/${c.profile}` : c.protocol,
    c.baseUrl,
    c.keyHint,
    c.defaultMode,
    String(c.concurrency),
    c.status,
    String(c.jobCount),
    c.isDefault ? "yes" : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [header, ...lines]
    .map((cells) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, target, ...extra] = positionals;
  if (values.help || !command || command === "help") {
    console.log(USAGE);
    return command || values.help ? EXIT_OK : EXIT_USAGE;
  }
  const needName = () => {
    if (!target) throw new UsageError(`${command} needs the connection's name: npm run vendor -- ${command} NAME`);
    if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(" ")} (quote a name that has spaces).`);
    return target;
  };
  switch (command) {
    case "add":
      if (target) throw new UsageError(`Unexpected argument "${target}": give the name with --name.`);
      return add(values);
    case "list": {
      const rows = await listConnections();
      console.log(rows.length ? table(rows) : "No vendor connections yet. Add one with: npm run vendor -- add …");
      return EXIT_OK;
    }
    case "remove":
      console.log((await removeConnection(needName(), CLI_ACTOR)).message);
      return EXIT_OK;
    case "default":
      console.log(`"${(await setDefaultConnection(needName(), CLI_ACTOR)).name}" is now the default connection.`);
      return EXIT_OK;
    case "costs": {
      const name = needName();
      const changes = parseCostFlags(values.cost);
      const { name: connectionName, actionCosts } = Object.keys(changes).length
        ? await setConnectionCosts(name, changes, CLI_ACTOR)
        : await getConnectionCosts(name);
      console.log(`Prices of "${connectionName}" in budget units per job:\n${costTable(actionCosts)}`);
      return EXIT_OK;
    }
    case "check": {
      const connection = await findConnectionOrThrow(needName());
      const result = await (await getVendorClientForConnection(connection.id)).checkConnection();
      const verdict = result.ok ? "OK" : result.failureCode === "BAD_KEY" ? "FAILED: key refused" : "FAILED";
      console.log(`${verdict} (${result.latencyMs} ms): ${result.message}`);
      return result.ok ? EXIT_OK : EXIT_FAILED;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function explain(error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2021" || /no such table/i.test(message)) {
    return `The database in ${dataDir()} has no tables yet: run "npx prisma migrate deploy" (or start the studio once) with the same DATA_DIR.`;
  }
  return message;
}

run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    console.error(`Error: ${explain(error)}`);
    process.exitCode = EXIT_FAILED;
  });
