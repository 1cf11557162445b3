# Koordinat's API (and its webhook worker: the same image, another command). Built from `npm ci` and `npm run build`;
# runs the compiled JavaScript as the unprivileged `node` user. The topology around it: compose.yaml, README "Topology".
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY sdk/package.json sdk/
COPY sandbox/package.json sandbox/
# The postinstall script builds the embedded engine's demo template, which a PostgreSQL deployment never uses.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && node scripts/console.mjs && cp -r node_modules/.cache/koordinat/console dist/console

FROM node:20-bookworm-slim AS runtime
# The operations console's static files (scripts/console.mjs), served at /console.
ENV NODE_ENV=production PORT=4000 KOORDINAT_CONSOLE_DIR=/app/dist/console
WORKDIR /app
COPY package.json package-lock.json ./
COPY sdk/package.json sdk/
COPY sandbox/package.json sandbox/
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# Migrations are applied at start (under an advisory lock, straight to PostgreSQL). The seed's data files serve
# `node dist/drizzle/cli/seed.js` (reference and demo data for a trial, README "Topology"), whose demo-clients file
# goes to KOORDINAT_DATA_DIR: a folder the `node` user may write.
COPY drizzle/migrations ./drizzle/migrations
COPY drizzle/seed/data ./drizzle/seed/data
ENV KOORDINAT_DATA_DIR=/tmp/koordinat
USER node
EXPOSE 4000
CMD ["node", "dist/api/main.js"]
