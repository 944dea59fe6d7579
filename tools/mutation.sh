#!/usr/bin/env bash
# Mutation testing of the engine (Marketplace.Matching) against its own fast tests, with the
# dotnet-stryker pinned in .config/dotnet-tools.json. Scores and accepted survivors: docs/quality.md.
# Usage, from anywhere in the repository:
#   tools/mutation.sh [area] [extra dotnet-stryker arguments]
# Areas (one run each; the budget is the engine as a whole):
#   scoring       Scoring/*.cs and Taxonomy/DrivingLicences.cs (the default; the issue's scope)
#   taxonomy      the rest of Taxonomy/ (data, postcodes)
#   languages     Languages/
#   explanations  Explanations/
#   index         Index/ (the Lucene index, doc values, pruning)
#   commute       Commute/ (GTFS import, timetable, connection scan)
#   all           all of the above in one run (slow: hours on two cores)
# Reports go to StrykerOutput/<area>/ (html and json; not committed). STRYKER_CONCURRENCY overrides
# the config's 2 test runners (the machine has two cores, often shared with other builds).
set -euo pipefail
cd "$(dirname "$0")/.."

area=${1:-scoring}
[ $# -gt 0 ] && shift

case "$area" in
  scoring)      globs=("**/Scoring/*.cs" "**/Taxonomy/DrivingLicences.cs") ;;
  taxonomy)     globs=("**/Taxonomy/*.cs" "!**/Taxonomy/DrivingLicences.cs") ;;
  languages)    globs=("**/Languages/*.cs") ;;
  explanations) globs=("**/Explanations/*.cs") ;;
  index)        globs=("**/Index/*.cs") ;;
  commute)      globs=("**/Commute/**/*.cs") ;;
  all)          globs=("**/*.cs") ;;
  -h|--help)    sed -n '2,17p' "$0"; exit 0 ;;
  *)            echo "tools/mutation.sh: unknown area '$area' (scoring, taxonomy, languages, explanations, index, commute, all)" >&2; exit 2 ;;
esac

dotnet tool restore >/dev/null

args=()
for g in "${globs[@]}"; do args+=(--mutate "$g"); done
if [ -n "${STRYKER_CONCURRENCY:-}" ]; then args+=(--concurrency "$STRYKER_CONCURRENCY"); fi

out="$PWD/StrykerOutput/$area"
cd Marketplace.Matching.Tests
dotnet tool run dotnet-stryker --skip-version-check --config-file stryker-config.json --output "$out" "${args[@]}" "$@"
