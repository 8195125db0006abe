#!/usr/bin/env bash
# Regenerates the bundled Chinese fonts in resources/fonts/ from Debian's Noto Sans CJK SC.
#
#   apt-get install -y fonttools python3-brotli fonts-noto-cjk   # once
#   scripts/subsetCjkFont.sh                                      # then commit resources/fonts/*.woff2
#
# Only a developer changing the UI text runs this; the WOFF2 files are committed, so CI and kiosks
# never need fontTools. Re-run it after adding strings with hanzi outside GB 2312 (the script keeps
# every character it finds in renderer/ and common/).
#
# Output (SIL OFL 1.1, see resources/fonts/LICENSES.md):
#   NotoSansSC-Kiosk-{Regular,Bold}.woff2  GB 2312 (all 6763 hanzi and its symbols), every non-ASCII
#                                          character in renderer/**/*.{ts,vue} and common/**, CJK and
#                                          full-width punctuation, the middle dot.
#   NotoSansSC-Latin-{Regular,Bold}.woff2  Basic Latin, Latin-1, general punctuation: the face's own
#                                          Latin letters, so English needs no system font either.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC_DIR="${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}"
OUT_DIR=resources/fonts
FACE=2 # index of "Noto Sans CJK SC" in the .ttc (0 JP, 1 KR, 2 SC, 3 TC, 4 HK)
# Debian's python3, which has python3-fonttools (a pyenv/venv python on PATH may not).
PY=/usr/bin/python3

for weight in Regular Bold; do
  [ -f "$SRC_DIR/NotoSansCJK-$weight.ttc" ] || { echo "missing $SRC_DIR/NotoSansCJK-$weight.ttc (apt-get install fonts-noto-cjk)" >&2; exit 1; }
done
"$PY" -c 'import fontTools, brotli' 2>/dev/null || { echo "needs fontTools and brotli: apt-get install -y fonttools python3-brotli" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The code points: GB 2312 decoded byte pair by byte pair, plus the app's own text.
"$PY" - "$work/cjk.txt" "$work/latin.txt" <<'PY'
import pathlib, sys

chars = set()
# GB 2312 (EUC-CN): rows 0xA1-0xF7, cells 0xA1-0xFE; unassigned pairs fail to decode.
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
hanzi = [c for c in chars if 0x4E00 <= ord(c) <= 0x9FFF]
assert len(hanzi) == 6763, len(hanzi)

# Every non-ASCII character of the UI text and the shared code (demo names, rules, messages).
files = [p for p in pathlib.Path('renderer').rglob('*') if p.suffix in ('.ts', '.vue')]
files += [p for p in pathlib.Path('common').rglob('*') if p.is_file()]
for p in sorted(files):
    chars.update(c for c in p.read_text(encoding='utf-8', errors='ignore') if ord(c) > 0x7F)

# Middle dot (names), CJK symbols and punctuation, full-width forms, and the vertical/small forms.
chars.add('\u00B7')
chars.update(chr(c) for c in range(0x3000, 0x3040))
chars.update(chr(c) for c in range(0xFF00, 0xFFF0))
chars.update(chr(c) for c in range(0xFE30, 0xFE50))

# Other scripts have their own bundled faces; keep them out of the CJK file.
def other_script(cp):
    return 0x0590 <= cp <= 0x08FF or 0x0F00 <= cp <= 0x0FFF or 0xFB1D <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF
cjk = sorted(ord(c) for c in chars if not other_script(ord(c)))
pathlib.Path(sys.argv[1]).write_text(','.join(f'U+{cp:04X}' for cp in cjk))

latin = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + list(range(0x2000, 0x2070)) + [0x20AC, 0x2122, 0x2212]
pathlib.Path(sys.argv[2]).write_text(','.join(f'U+{cp:04X}' for cp in latin))
print(f'{len(cjk)} code points for the CJK subset ({len(hanzi)} GB 2312 hanzi)')
PY

for weight in Regular Bold; do
  for part in cjk latin; do
    case "$part" in
      cjk) out="$OUT_DIR/NotoSansSC-Kiosk-$weight.woff2" ;;
      latin) out="$OUT_DIR/NotoSansSC-Latin-$weight.woff2" ;;
    esac
    # Default layout features (kern, locl, liga, ccmp, …) plus the proportional/half-width CJK
    # punctuation ones; hinting dropped (the kiosk screen is large and Chromium hints itself).
    "$PY" -m fontTools.subset "$SRC_DIR/NotoSansCJK-$weight.ttc" \
      --font-number="$FACE" \
      --unicodes-file="$work/$part.txt" \
      --layout-features+=halt,palt,vhal,vpal,fwid,hwid,pwid \
      --no-hinting --desubroutinize \
      --name-IDs='*' --name-languages='*' --notdef-outline \
      --flavor=woff2 \
      --output-file="$out"
    echo "$out $(stat -c %s "$out") bytes"
  done
done
