# syntax=docker/dockerfile:1
# Atelier studio image: `npm start` semantics (scripts/start.mjs migrates, then serves), built
# once here so that a container never builds at start. Three stages:
#   deps    - every dependency, with the compilers better-sqlite3 needs when no prebuilt binary fits
#   build   - prisma generate + next build (through start.mjs --prepare-only, which also writes the
#             source-hash stamp start.mjs checks), then the dev dependencies dropped
#   runtime - node:20-bookworm-slim, the app as root-owned read-only files, run as user `atelier`
# Build: docker build -t atelier-studio .      Run: see compose.yaml and DEPLOY.md.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# node-gyp (better-sqlite3, when no prebuilt binary can be fetched) compiles against the headers
# the Node.js image already has, instead of downloading them.
ARG NODEDIR=/usr/local
ENV NEXT_TELEMETRY_DISABLED=1 \
    npm_config_nodedir=${NODEDIR}
# Only the manifests: this layer is rebuilt when dependencies change, not when source does.
COPY package.json package-lock.json ./
COPY packages/vendor-simulator/package.json packages/vendor-simulator/
# The root postinstall (prisma generate) needs the schema and config, which are not here yet:
# install without scripts, then run every dependency's own install scripts (native builds)
# with the root's postinstall taken out of this stage's copy of package.json. The build stage
# copies the original package.json back over it.
# `npm install` is the fallback for npm's cross-platform optional-dependency lockfile bug
# (npm/cli#8320), as in .ci/run; it resolves the same locked versions.
RUN (npm ci --ignore-scripts --no-audit --no-fund || npm install --ignore-scripts --no-audit --no-fund) \
 && npm pkg delete scripts.postinstall \
 && npm rebuild

FROM deps AS build
COPY . .
# start.mjs --prepare-only: the same environment checks, migration (of a throwaway SQLite file)
# and `next build` as `npm start`, and it writes the build stamp, so the runtime's start finds
# the build current and serves it at once.
RUN npx prisma generate \
 && DATA_DIR=/tmp/build-data node scripts/start.mjs --prepare-only \
 && rm -rf /tmp/build-data
# Drop dev dependencies (test runners, linters). npm may rewrite the lockfile while pruning, and
# the lockfile is part of the build stamp: keep the original.
RUN cp package-lock.json /tmp/package-lock.json \
 && npm prune --omit=dev --no-audit --no-fund \
 && cp /tmp/package-lock.json package-lock.json \
 && rm -rf .next/cache /root/.npm
# Fail the image build, not the first container start, if the runtime would rebuild.
RUN node --input-type=module -e "import { buildIsCurrent } from './scripts/build-stamp.mjs'; \
  if (!buildIsCurrent(process.cwd())) { console.error('build stamp does not match the source'); process.exit(1); }"

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DATA_DIR=/data \
    PORT=3000
# openssl: Prisma looks for libssl at every start and warns when the slim image has none.
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system atelier \
 && useradd --system --gid atelier --home-dir /home/atelier --create-home --shell /usr/sbin/nologin atelier \
 && mkdir -p /data \
 && chown atelier:atelier /data \
 && chmod 700 /data
WORKDIR /app
# Owned by root: the studio's user can read its code but not change it.
COPY --from=build /app ./
# Next.js keeps a cache of its own beside the build at run time.
RUN mkdir -p .next/cache && chown atelier:atelier .next/cache
USER atelier
VOLUME ["/data"]
EXPOSE 3000
# /api/health answers 200 when the database is reachable and its schema current.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# start.mjs forwards SIGTERM to the server, which drains before it exits.
CMD ["node", "scripts/start.mjs"]
