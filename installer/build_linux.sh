#!/usr/bin/env bash
# Builds the Linux bundle of Enquête Habitat: dist/EnqueteHabitat/ (PyInstaller, one folder), then
# dist/EnqueteHabitat-<version>-linux-x86_64.tar.gz and, when dpkg-deb is present, enquete-habitat_<version>_amd64.deb.
# Prints the unpacked size and the glibc version the bundle needs (the build machine's: build on the oldest
# distribution you support).
#
# Usage: installer/build_linux.sh [--python PYTHON] [--dist DOSSIER] [--no-deb]
#   PYTHON   interpreter of a virtualenv holding the app and PyInstaller (pip install -e '.[build]'),
#            default .venv/bin/python
#   DOSSIER  output folder, default dist/ at the repository root
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python="$root/.venv/bin/python"
dist="$root/dist"
make_deb=1
while [ $# -gt 0 ]; do
  case "$1" in
    --python) python=$2; shift 2 ;;
    --dist) dist=$2; shift 2 ;;
    --no-deb) make_deb=0; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "Option inconnue : $1 (voir --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "ÉCHEC : $*" >&2; exit 1; }

[ -x "$python" ] || fail "interpréteur Python introuvable : « $python » (créez le virtualenv : python3 -m venv .venv && .venv/bin/pip install -e '.[build]')"
"$python" -c "import PyInstaller" 2>/dev/null \
  || fail "PyInstaller n'est pas installé dans « $python » : $python -m pip install -e '$root[build]'"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/survey_app/__init__.py")
[ -n "$version" ] || fail "version introuvable dans survey_app/__init__.py"
dist=$(mkdir -p "$dist" && cd "$dist" && pwd)
work="$root/build"
bundle="$dist/EnqueteHabitat"

echo "== Enquête Habitat $version : application empaquetée pour Linux"
"$python" "$root/installer/make_icons.py" "$work/icons"
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work/pyinstaller" \
  "$root/installer/survey_app.spec"
echo "PyInstaller : $(( $(date +%s) - started )) s"
[ -x "$bundle/EnqueteHabitat" ] || fail "l'exécutable « $bundle/EnqueteHabitat » n'a pas été produit"

# Archive: written under a temporary name in the destination folder, then renamed.
tarball="$dist/EnqueteHabitat-$version-linux-x86_64.tar.gz"
tar -C "$dist" -czf "$tarball.tmp" EnqueteHabitat
mv -f "$tarball.tmp" "$tarball"

# glibc: the highest GLIBC_x.y symbol version any ELF file of the bundle imports.
glibc=$(find "$bundle" -type f -print0 | while IFS= read -r -d '' file; do
          if [ "$(head -c 4 "$file" | tr -d '\0')" = $'\x7fELF' ]; then objdump -T "$file" 2>/dev/null || true; fi
        done | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)

if [ "$make_deb" = 1 ] && command -v dpkg-deb >/dev/null; then
  stage="$work/deb/enquete-habitat"
  rm -rf "$stage"
  mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
           "$stage/usr/share/icons/hicolor/scalable/apps"
  cp -a "$bundle" "$stage/opt/enquete-habitat"
  ln -s /opt/enquete-habitat/EnqueteHabitat "$stage/usr/bin/survey-app"
  cp "$root/resources/icons/app.svg" "$stage/usr/share/icons/hicolor/scalable/apps/enquete-habitat.svg"
  cat > "$stage/usr/share/applications/enquete-habitat.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Enquête Habitat
Comment=Enquêtes porte-à-porte sur l'énergie dans le logement
Exec=/opt/enquete-habitat/EnqueteHabitat
Icon=enquete-habitat
Terminal=false
Categories=Office;
EOF
  cat > "$stage/DEBIAN/control" <<EOF
Package: enquete-habitat
Version: $version
Architecture: amd64
Maintainer: Habitat et Développement
Installed-Size: $(du -sk "$stage/opt" | cut -f1)
Depends: libc6 (>= ${glibc:-2.36}), libxcb1, libgl1, libegl1, libfontconfig1
Section: misc
Priority: optional
Description: Enquête Habitat : enquêtes porte-à-porte hors ligne sur l'énergie dans le logement
 Saisie des entretiens sur ordinateur portable, fusion des enquêteurs, export Excel et fiches PDF.
 Les enquêtes sont enregistrées dans ~/.local/share/survey_app de chaque utilisateur.
EOF
  deb="$dist/enquete-habitat_${version}_amd64.deb"
  dpkg-deb --root-owner-group -Zxz -z1 --build "$stage" "$deb.tmp" >/dev/null
  mv -f "$deb.tmp" "$deb"
  rm -rf "$work/deb"
fi

size_mb=$(( $(du -sb "$bundle" | cut -f1) / 1000000 ))
echo "Dossier : $bundle ($size_mb Mo décompressé, $(find "$bundle" -type f | wc -l) fichiers)"
echo "Archive : $tarball ($(( $(stat -c %s "$tarball") / 1000000 )) Mo)"
[ -f "${deb:-}" ] && echo "Paquet  : $deb ($(( $(stat -c %s "$deb") / 1000000 )) Mo)"
echo "glibc requise : ${glibc:-inconnue} ou plus récente (celle de la machine de construction)"
