#!/usr/bin/env bash
# Release check of Enquête Habitat (about a minute and a half; not part of .ci/run):
#   1. a clean checkout of the repository (git clone of the committed HEAD) in a temporary folder,
#      and a fresh virtualenv with the app and PyInstaller (pip install '.[build]');
#   2. the Linux bundle built from it (installer/build_linux.sh, without the .deb);
#   3. the frozen self-test without a display (it must switch to offscreen itself), then again after
#      moving the bundle to a folder whose name has spaces and accents, then `--version` through a symlink;
#   4. the Windows installer script compiled with makensis (uncompressed: this proves the script, the
#      Windows bundle itself is built on Windows, see installer/README.md);
#   5. the size budget: the unpacked Linux bundle must stay under 160 Mo (10^6 bytes).
# Exit code 0 when everything passed; the first failure stops the check with a French message.
#
# Usage: installer/check.sh [--worktree] [--python PYTHON] [--budget MO] [--keep]
#   --worktree  check the working tree as it is (uncommitted changes included) instead of a clone
#   --python    reuse this interpreter's virtualenv instead of creating a fresh one (faster, less clean)
#   --budget    size budget in Mo (default 160)
#   --keep      keep the temporary folder (its path is printed)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
budget_mb=160
source_mode=clone
python=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --worktree) source_mode=worktree; shift ;;
    --python) python=$2; shift 2 ;;
    --budget) budget_mb=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "Option inconnue : $1 (voir --help)" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/survey_app-check.XXXXXX")
cleanup() { if [ "$keep" = 1 ]; then echo "Dossier de travail conservé : $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "ÉCHEC de la vérification : $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
started=$(date +%s)

step "1. Copie propre du dépôt ($source_mode)"
src="$work/src"
if [ "$source_mode" = clone ]; then
  command -v git >/dev/null || fail "git est introuvable (ou utilisez --worktree)"
  git clone --quiet --no-hardlinks "$root" "$src" || fail "clonage du dépôt « $root » impossible"
else
  mkdir -p "$src"
  tar -C "$root" --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist --exclude=__pycache__ \
      --exclude=.pytest_cache --exclude='*.db' --exclude='*.db-wal' --exclude='*.db-shm' -cf - . | tar -C "$src" -xf -
fi
[ -f "$src/installer/survey_app.spec" ] || fail "installer/survey_app.spec absent de la copie (fichiers non validés ? essayez --worktree)"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$src/survey_app/__init__.py")
echo "Version $version, copie dans $src"

if [ -z "$python" ]; then
  step "   Environnement Python neuf (pip install '.[build]')"
  python3 -m venv "$work/venv" || fail "création du virtualenv impossible"
  "$work/venv/bin/pip" install --quiet "$src[build]" > "$work/pip.log" 2>&1 \
    || { grep -v "^WARNING: Location" "$work/pip.log" >&2; fail "pip install '.[build]'"; }
  python="$work/venv/bin/python"
fi
"$python" -c "import PyInstaller, survey_app" || fail "PyInstaller ou l'application manquent dans « $python »"

step "2. Application empaquetée pour Linux"
dist="$work/dist"
"$src/installer/build_linux.sh" --python "$python" --dist "$dist" --no-deb || fail "construction de l'application empaquetée"
bundle="$dist/EnqueteHabitat"

# The self-tests run without display and with a throw-away home: they must not touch the user's files.
headless() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
      XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" "$@"
}
mkdir -p "$work/home"

step "3. Auto-test de l'application empaquetée, sans écran"
t0=$(date +%s.%N)
headless "$bundle/EnqueteHabitat" self-test || fail "auto-test de « $bundle »"
t1=$(date +%s.%N)

moved="$work/autre dossier/Enquête Habitat (copie)"
step "   Auto-test après déplacement dans « $moved »"
mkdir -p "$(dirname "$moved")"
mv "$bundle" "$moved"
headless "$moved/EnqueteHabitat" self-test || fail "auto-test de la copie déplacée « $moved »"
ln -s "$moved/EnqueteHabitat" "$work/survey-app"
out=$(headless "$work/survey-app" --version) || fail "« survey-app --version » par un lien symbolique"
[ "$out" = "survey-app $version" ] || fail "« survey-app --version » affiche « $out » au lieu de « survey-app $version »"
echo "Lien symbolique : $out"

step "4. Script d'installation Windows (makensis)"
command -v makensis >/dev/null || fail "makensis est introuvable : apt-get install -y nsis"
setup="$work/EnqueteHabitat-$version-installation.exe"
makensis -V2 -DVERSION="$version" -DNO_COMPRESSION -DBUNDLE_DIR="$moved" -DOUT_FILE="$setup" \
  -DICON="$src/build/icons/app.ico" "$src/installer/survey_app.nsi" || fail "compilation de installer/survey_app.nsi"
[ -s "$setup" ] || fail "makensis n'a pas produit « $setup »"
echo "Compilé : $(basename "$setup") (sans compression, charge utile Linux : vérifie le script seulement)"

step "5. Taille"
size=$(du -sb "$moved" | cut -f1)
size_mb=$(( size / 1000000 ))
echo "Application empaquetée Linux : $size_mb Mo décompressé (budget $budget_mb Mo), $(find "$moved" -type f | wc -l) fichiers"
echo "Archive .tar.gz : $(( $(stat -c %s "$dist/EnqueteHabitat-$version-linux-x86_64.tar.gz") / 1000000 )) Mo"
[ "$size" -le $(( budget_mb * 1000000 )) ] || fail "l'application empaquetée dépasse le budget : $size_mb Mo > $budget_mb Mo"

echo
awk -v total=$(( $(date +%s) - started )) -v t0="$t0" -v t1="$t1" \
  'BEGIN { printf "Vérification réussie en %d s (auto-test de l'\''application empaquetée : %.1f s).\n", total, t1 - t0 }'
