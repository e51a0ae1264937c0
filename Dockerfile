# One image for the gateway and the four subgraphs; docker-compose.yml picks the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
# better-sqlite3 is compiled at install time.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY packages/kit/package.json packages/kit/
COPY services/stations/package.json services/stations/
COPY services/union/package.json services/union/
COPY services/training/package.json services/training/
COPY services/governance/package.json services/governance/
COPY gateway/package.json gateway/
COPY examples/partner-client/package.json examples/partner-client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY packages packages
COPY services services
COPY gateway gateway
# The playground and dashboard bundles (esbuild, from node_modules): built now, while the image
# is writable, so the gateway loads them at start instead of building them.
RUN node --import tsx gateway/src/ui/build.ts
ENV NODE_ENV=production HOST=0.0.0.0
USER node
# Exec form: node is PID 1 and gets the stop signal itself (a shell or npm in between would not
# pass it on). On SIGTERM every process drains: no new connections, requests in flight finish
# for at most DRAIN_TIMEOUT_MS (10 s), then it exits; give `docker stop -t` more than that.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
