#!/usr/bin/env bash
# Extracts the kindness-lint training data from local git mirrors into a plain folder that
# scripts/train-lint-model.ts and scripts/lint-data/realtext.ts read. The data is NEVER copied into
# this repository (we may not commit it); only the trained model files under
# src/shared/lint/classifier/models/ are committed.
#
# Usage:
#   bash scripts/lint-data/prepare.sh [MIRROR_ROOT] [OUT_DIR]
#     MIRROR_ROOT  folder holding the bare mirrors (default: $KINDFRAME_LINT_MIRRORS or /work/.mirror),
#                  laid out as <owner>+<name>/repo (the layout the session's `fetch` tool produces):
#                    t-davidson+hate-speech-and-offensive-language/repo   (MIT)
#                    punyajoy+HateXplain/repo                              (MIT, optional, see below)
#                    JAugusto97+ToLD-Br/repo                               (CC-BY-SA 4.0)
#                  A plain `git clone --mirror` / `git clone --bare` of each GitHub repo works too;
#                  point the per-source variables DAVIDSON_GIT, HATEXPLAIN_GIT, TOLDBR_GIT at them.
#     OUT_DIR      destination (default: $KINDFRAME_LINT_DATA_DIR or /work/.lint-data)
#
# Writes into OUT_DIR:
#   davidson/labeled_data.csv  davidson/LICENSE
#   hatexplain/dataset.json    hatexplain/LICENSE      (only if the blob is present in the mirror)
#   told-br/ToLD-BR.csv        told-br/LICENSE_ToLD-Br.txt
#   SOURCES.txt                (repo, commit, path, sha1 of each extracted file)
#
# HateXplain's Data/dataset.json is ~12 MB; snapshots that omit files >= 4 MiB leave it out. The
# script then warns and goes on; training uses it automatically whenever the file is there.
set -euo pipefail

MIRRORS=${1:-${KINDFRAME_LINT_MIRRORS:-/work/.mirror}}
OUT=${2:-${KINDFRAME_LINT_DATA_DIR:-/work/.lint-data}}
DAVIDSON_GIT=${DAVIDSON_GIT:-$MIRRORS/t-davidson+hate-speech-and-offensive-language/repo}
HATEXPLAIN_GIT=${HATEXPLAIN_GIT:-$MIRRORS/punyajoy+HateXplain/repo}
TOLDBR_GIT=${TOLDBR_GIT:-$MIRRORS/JAugusto97+ToLD-Br/repo}

mkdir -p "$OUT"
: >"$OUT/SOURCES.txt.tmp"
missing_required=0

# extract GIT_DIR REPO_LABEL SRC_PATH DEST REQUIRED
extract() {
  local gitdir=$1 label=$2 src=$3 dest=$4 required=$5
  if [[ ! -d "$gitdir" ]]; then
    echo "prepare: $label: no git mirror at $gitdir" >&2
    [[ $required == 1 ]] && missing_required=1
    return 0
  fi
  if ! git --git-dir="$gitdir" cat-file -e "HEAD:$src" 2>/dev/null; then
    echo "prepare: $label: $src is not present in the mirror at $gitdir (file omitted from the snapshot?)" >&2
    [[ $required == 1 ]] && missing_required=1
    return 0
  fi
  mkdir -p "$(dirname "$OUT/$dest")"
  git --git-dir="$gitdir" show "HEAD:$src" >"$OUT/$dest.tmp" && mv "$OUT/$dest.tmp" "$OUT/$dest"
  local commit sha
  commit=$(git --git-dir="$gitdir" rev-parse HEAD)
  sha=$(sha1sum "$OUT/$dest" | cut -d' ' -f1)
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$commit" "$src" "$dest" "$sha" >>"$OUT/SOURCES.txt.tmp"
  echo "prepare: $label:$src -> $OUT/$dest ($(wc -c <"$OUT/$dest") bytes)"
}

extract "$DAVIDSON_GIT" t-davidson/hate-speech-and-offensive-language data/labeled_data.csv davidson/labeled_data.csv 1
extract "$DAVIDSON_GIT" t-davidson/hate-speech-and-offensive-language LICENSE davidson/LICENSE 1
extract "$HATEXPLAIN_GIT" punyajoy/HateXplain Data/dataset.json hatexplain/dataset.json 0
extract "$HATEXPLAIN_GIT" punyajoy/HateXplain LICENSE hatexplain/LICENSE 0
extract "$TOLDBR_GIT" JAugusto97/ToLD-Br ToLD-BR.csv told-br/ToLD-BR.csv 1
extract "$TOLDBR_GIT" JAugusto97/ToLD-Br LICENSE_ToLD-Br.txt told-br/LICENSE_ToLD-Br.txt 1

{ printf 'source\tcommit\tpath\textracted_as\tsha1\n'; cat "$OUT/SOURCES.txt.tmp"; } >"$OUT/SOURCES.txt"
rm -f "$OUT/SOURCES.txt.tmp"
if [[ $missing_required == 1 ]]; then
  echo "prepare: a required file is missing (see above); fetch the mirrors first" >&2
  exit 1
fi
echo "prepare: done; data in $OUT (set KINDFRAME_LINT_DATA_DIR=$OUT if it is not the default)"
