#!/usr/bin/env bash
# Adds one EF Core migration to both providers at once, with the dotnet-ef tool pinned in
# .config/dotnet-tools.json (docs/decisions/0014-migrations-through-dotnet-ef.md).
# Usage, from anywhere in the repository:
#   tools/add-migration.sh <Name>   adds <Name> (PascalCase) to Migrations/Sqlite and Migrations/MySql
#   tools/add-migration.sh --check  exits non-zero when the model has changes no migration covers
# Neither connects to a database: Marketplace.Data's DesignTimeContextFactory builds the context.
# To take back a migration not yet committed: delete its files in both Migrations folders and
# git checkout both snapshots (dotnet ef migrations remove would ask MariaDB whether it was applied).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: tools/add-migration.sh <MigrationName>   (PascalCase: letters and digits)" >&2
  echo "       tools/add-migration.sh --check           (fails when the model needs a migration)" >&2
  exit 2
}

[ $# -eq 1 ] || usage
mode=add
case "$1" in
  --check) mode=check ;;
  -h|--help) usage ;;
  *) [[ "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]] || usage ;;
esac

dotnet tool restore >/dev/null
dotnet build Marketplace.Data --nologo -v quiet

# The provider goes to the design-time factory, after "--". The context is the shared model type;
# the factory returns the provider's subclass, whose migrations and snapshot are its own.
ef() {
  local command=$1 provider=$2
  shift 2
  dotnet ef migrations "$command" "$@" --project Marketplace.Data --startup-project Marketplace.Data \
    --context MarketplaceDbContext --no-build -- --provider "$provider"
}

if [ "$mode" = check ]; then
  status=0
  for provider in Sqlite MySql; do
    echo "$provider:"
    ef has-pending-model-changes "$provider" || status=1
  done
  [ "$status" -eq 0 ] || echo "add a migration: tools/add-migration.sh <Name>" >&2
  exit "$status"
fi

name=$1
for provider in Sqlite MySql; do
  echo "$provider:"
  if ! ef add "$provider" "$name" --output-dir "Migrations/$provider" --namespace "Marketplace.Data.Migrations.$provider"; then
    if [ "$provider" = MySql ]; then
      echo "the Sqlite migration was added, the MySql one was not: delete Marketplace.Data/Migrations/Sqlite/*_$name.*" \
        "and restore its snapshot (git checkout Marketplace.Data/Migrations/Sqlite) before trying again" >&2
    fi
    exit 1
  fi
done
