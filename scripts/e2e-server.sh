#!/usr/bin/env bash
# The production server the end-to-end tests (tests/e2e, `npx playwright test`) run against.
#
# It has a database and an upload folder of its own (./data/e2e.db, ./data/e2e-media), so a
# developer's content is never touched. Each start:
#   1. a fresh e2e database and upload folder (what the last run wrote is gone), then `npm run
#      seed`: migrates and fills it, always with the same content;
#   2. `next build`, unless .next already holds a build made by this script from the same
#      settings and the same sources (the build prerenders pages from the database it sees,
#      so the server must use the database and SITE_URL the build used). E2E_REBUILD=1 forces
#      a build;
#   3. `next start` on $PORT (default 3917; not with E2E_BUILD_ONLY=1), with ISR_FLUSH_TO_DISK=0: what it regenerates
#      while tests change content stays in memory, so the build's pages keep matching the
#      freshly seeded database of the next run, and a reused build stays correct.
#
# Note: .next is the project's one build folder, so after this script `npm start` serves the
# e2e build until the next `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-3917}
export PORT
export DATABASE_URI=file:./data/e2e.db
export PAYLOAD_SECRET=e2e-secret
export MEDIA_DIR=./data/e2e-media
export SITE_URL=http://127.0.0.1:$PORT
export SEED_ADMIN_EMAIL=admin@heupfit.local
export SEED_ADMIN_PASSWORD=e2e-admin-password
export NEXT_TELEMETRY_DISABLED=1
# The scheduler checks every 2 seconds instead of every minute, so that a scheduled publish is seen soon.
export JOBS_CRON='*/2 * * * * *'

started=$SECONDS
log() { echo "e2e-server: $* ($((SECONDS - started)) s)"; }

rm -rf ./data/e2e.db ./data/e2e.db-journal ./data/e2e.db-wal ./data/e2e.db-shm ./data/e2e-media
npm run seed --silent
log "seeded a fresh ./data/e2e.db"

# What the build depends on: these settings and every file that goes into it.
fingerprint() {
  {
    echo "DATABASE_URI=$DATABASE_URI PAYLOAD_SECRET=$PAYLOAD_SECRET MEDIA_DIR=$MEDIA_DIR SITE_URL=$SITE_URL"
    find src payload.config.ts next.config.mjs tsconfig.json package-lock.json -type f -print0 \
      | sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d' ' -f1
}

stamp=.next/e2e-build-stamp
wanted="$(fingerprint)"
current=""
if [[ -f .next/BUILD_ID && -f $stamp ]]; then
  # The stamp names the build it was written for: a later `npm run build` makes it stale.
  current="$(cat "$stamp")"
  [[ $current == "$(cat .next/BUILD_ID) $wanted" ]] || current=""
fi

if [[ ${E2E_REBUILD:-} == 1 || -z $current ]]; then
  log "building (next build) against the e2e database"
  rm -f "$stamp"
  # Next's data cache outlives builds: entries cached from another database (npm run bench's,
  # a developer's) would be served as this one's, e.g. media URLs on another port.
  rm -rf .next/cache/fetch-cache
  npx next build
  # Never start a server on a build that ended without one (an exit 0 having done nothing).
  [[ -f .next/BUILD_ID ]] || { echo "e2e-server: next build ended without writing .next/BUILD_ID" >&2; exit 1; }
  echo "$(cat .next/BUILD_ID) $wanted" >"$stamp"
  log "built"
else
  log "reusing the e2e build in .next (E2E_REBUILD=1 forces a new one)"
fi

# E2E_BUILD_ONLY=1: seed and build, start nothing (npm run fault and soak start their own server).
[[ ${E2E_BUILD_ONLY:-} == 1 ]] && exit 0

# No -H: bound to one host name, Next 16 hands next-intl an absolute request URL on
# "localhost", whose rewrite (e.g. /nl/oefeningen → /nl/exercises) then goes out to that other
# origin, and every localized path redirects to itself.
ISR_FLUSH_TO_DISK=0 exec npx next start -p "$PORT"
