#!/usr/bin/env bash
# Regenerates the bundled Chinese fonts in renderer/fonts/ from Debian's Noto Sans CJK SC.
#
#   apt-get install -y fonttools python3-brotli fonts-noto-cjk   # once
#   scripts/subsetCjkFont.sh                                      # then commit renderer/fonts/*.woff2
#
# Only a developer changing the UI text runs this; the WOFF2 files and the CSS are committed, so CI
# and kiosks never need fontTools. Re-run it after adding UI strings with new hanzi: until then a new
# character comes from the GB 2312 slice (or, outside GB 2312, from the system's font).
#
# Output (SIL OFL 1.1, see renderer/fonts/LICENSES.md):
#   NotoSansSC-UI-{Regular,Bold}.woff2      every CJK character of the UI text (renderer/**/*.{ts,vue}
#                                           and common/**), CJK and full-width punctuation, the middle
#                                           dot: all the attract screen and the flows' own words need.
#   NotoSansSC-GB2312-{Regular,Bold}.woff2  the rest of GB 2312 (all 6763 hanzi and its symbols):
#                                           citizens' names, typed text, the input method's candidates.
#   NotoSansSC-Latin-{Regular,Bold}.woff2   Basic Latin, Latin-1, general punctuation: the face's own
#                                           Latin letters, so English needs no system font either.
#   renderer/styles/fontsCjk.css            the @font-face rules of the two CJK slices, each with the
#                                           exact unicode-range of its file: Chromium fetches the big
#                                           GB 2312 file only when a screen shows one of its characters.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC_DIR="${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}"
OUT_DIR=renderer/fonts
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
"$PY" - "$work/ui.txt" "$work/gb2312.txt" "$work/latin.txt" renderer/styles/fontsCjk.css <<'PY'
import pathlib, sys

gb2312 = set()
# GB 2312 (EUC-CN): rows 0xA1-0xF7, cells 0xA1-0xFE; unassigned pairs fail to decode.
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            gb2312.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
hanzi = [c for c in gb2312 if 0x4E00 <= ord(c) <= 0x9FFF]
assert len(hanzi) == 6763, len(hanzi)

# Every non-ASCII character of the UI text and the shared code (demo names, rules, messages).
ui = set()
files = [p for p in pathlib.Path('renderer').rglob('*') if p.suffix in ('.ts', '.vue')]
files += [p for p in pathlib.Path('common').rglob('*') if p.is_file()]
for p in sorted(files):
    ui.update(c for c in p.read_text(encoding='utf-8', errors='ignore') if ord(c) > 0x7F)

# Middle dot (names), CJK symbols and punctuation, full-width forms, and the vertical/small forms.
ui.add('\u00B7')
ui.update(chr(c) for c in range(0x3000, 0x3040))
ui.update(chr(c) for c in range(0xFF00, 0xFFF0))
ui.update(chr(c) for c in range(0xFE30, 0xFE50))

# Other scripts have their own bundled faces; Latin has its own file.
def kept(cp):
    other = 0x0590 <= cp <= 0x08FF or 0x0F00 <= cp <= 0x0FFF or 0xFB1D <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF
    return cp > 0xFF and not other
ui_cps = sorted(ord(c) for c in ui if kept(ord(c)))
rest_cps = sorted(ord(c) for c in gb2312 - ui if kept(ord(c)))

def ranges(cps):
    out, start, prev = [], None, None
    for cp in cps:
        if start is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            out.append(f'U+{start:04X}' if start == prev else f'U+{start:04X}-{prev:04X}')
        start = prev = cp
    if start is not None:
        out.append(f'U+{start:04X}' if start == prev else f'U+{start:04X}-{prev:04X}')
    return ', '.join(out)

pathlib.Path(sys.argv[1]).write_text(','.join(f'U+{cp:04X}' for cp in ui_cps))
pathlib.Path(sys.argv[2]).write_text(','.join(f'U+{cp:04X}' for cp in rest_cps))
latin = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + list(range(0x2000, 0x2070)) + [0x20AC, 0x2122, 0x2212]
pathlib.Path(sys.argv[3]).write_text(','.join(f'U+{cp:04X}' for cp in latin))

# What the GB 2312 face claims: every hanzi the UI slice lacks (the gaps between the UI's hanzi,
# which keeps the list short; hanzi outside GB 2312 are not in its file, so Chromium falls through
# to the next family) and its other characters one by one (punctuation, kana, Greek, box drawing),
# so the marks every page carries (word joiners, bidi isolates) never fetch 1.8 MB.
hanzi_blocks = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
is_hanzi = lambda cp: any(a <= cp <= b for a, b in hanzi_blocks)
ui_set = set(ui_cps)
claimed = sorted({cp for a, b in hanzi_blocks for cp in range(a, b + 1) if cp not in ui_set} | {cp for cp in rest_cps if not is_hanzi(cp)})

faces = []
for slice_name, cps in (('UI', ui_cps), ('GB2312', claimed)):
    for weight, css_weight in (('Regular', '400'), ('Bold', '600 900')):
        faces.append(
            "@font-face {\n  font-family: 'Kiosk Sans CJK';\n"
            f"  src: url('../fonts/NotoSansSC-{slice_name}-{weight}.woff2') format('woff2');\n"
            f"  font-weight: {css_weight};\n  font-display: block;\n  unicode-range: {ranges(cps)};\n}}\n"
        )
pathlib.Path(sys.argv[4]).write_text(
    '/* Generated by scripts/subsetCjkFont.sh from the UI text: do not edit. The two Chinese slices of\n'
    ' * Kiosk Sans CJK (see fonts.css), each face with the exact code points of its file. */\n' + ''.join(faces)
)
print(f'{len(ui_cps)} code points in the UI slice, {len(rest_cps)} in the rest of GB 2312 ({len(hanzi)} GB 2312 hanzi)')
PY

for weight in Regular Bold; do
  for part in ui gb2312 latin; do
    case "$part" in
      ui) out="$OUT_DIR/NotoSansSC-UI-$weight.woff2" ;;
      gb2312) out="$OUT_DIR/NotoSansSC-GB2312-$weight.woff2" ;;
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
