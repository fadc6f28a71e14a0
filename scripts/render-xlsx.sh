#!/usr/bin/env bash
# Renders an .xlsx as a person would see it: LibreOffice converts it to PDF, pdftoppm turns the
# first page into a PNG. With --whole, the whole first sheet goes on one page, cells outside the
# print area included. LibreOffice does not know the JX functions: it shows the values cached in the file.
# Usage: scripts/render-xlsx.sh [--whole] in.xlsx out.png
set -euo pipefail

filter="pdf"
if [ "${1:-}" = "--whole" ]; then
  filter='pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
  shift
fi
if [ "$#" -ne 2 ]; then
  echo "用法 Usage: $0 [--whole] in.xlsx out.png" >&2
  exit 2
fi
in="$1"
out="$2"
if [ ! -f "$in" ]; then
  echo "找不到文件 File not found: $in" >&2
  exit 2
fi

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "安装 LibreOffice 与 poppler-utils… Installing LibreOffice and poppler-utils…" >&2
  apt-get update -qq && apt-get install -y -qq libreoffice-calc-nogui poppler-utils fonts-noto-cjk >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile: no first-start dialogs, no clash with a LibreOffice already running.
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$filter" --outdir "$work" "$in" >/dev/null 2>&1
pdf="$work/$(basename "${in%.*}").pdf"
if [ ! -f "$pdf" ]; then
  echo "LibreOffice 未能转换 LibreOffice could not convert: $in" >&2
  exit 1
fi
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$work/page"
mkdir -p "$(dirname "$out")"
mv "$work/page.png" "$out"
echo "$out"
