#!/usr/bin/env bash
# Heupfit seed media generator.
#
# Draws every seed media file from scratch with FFmpeg's own lavfi sources and filters
# (color, geq, drawbox, drawtext, rotate, overlay, xfade, scale) and the DejaVu fonts:
# no downloaded images, no copied assets. Writes beside this script and overwrites on
# every run, so it can be re-run at any time:
#
#   exercises/{key}.mp4      H.264 (main profile, yuv420p, faststart), 640x360, 25 fps, 7 s, no audio
#   exercises/{key}.webm     the same clip as VP9 (yuv420p), no audio
#   exercises/{key}.jpg      poster: the 1280x720 title card (Dutch + English name)
#   exercises/{key}.nl.vtt   Dutch captions (WebVTT)
#   exercises/{key}.en.vtt   English captions (WebVTT)
#   articles/overloaded-hip.jpg  1600x900 hero illustration
#   people/author.jpg, people/reviewer.jpg  400x400 initials placeholders
#
# Usage: ./make-media.sh                 build everything (about 1.5 minutes)
#        ./make-media.sh clamshell hero  build only some parts (exercise keys, "hero", "people")
#
# Requires: ffmpeg + ffprobe (with libx264, libvpx-vp9, libfreetype), DejaVu fonts, awk.
set -euo pipefail
export LC_ALL=C

HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
FONT_DIR=/usr/share/fonts/truetype/dejavu
SANS="$FONT_DIR/DejaVuSans.ttf"
BOLD="$FONT_DIR/DejaVuSans-Bold.ttf"

die() { echo "make-media: $*" >&2; exit 1; }
for tool in ffmpeg ffprobe awk; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -f $SANS && -f $BOLD ]] || die "DejaVu fonts not found in $FONT_DIR (apt install fonts-dejavu-core)"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$HERE/exercises" "$HERE/articles" "$HERE/people"

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)
# Strip encoder/version tags so re-runs give the same bytes.
BITEXACT=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact)

# ---------------------------------------------------------------------------------------
# Filtergraph builder. Scenes are designed in 640x360 "design" coordinates and rendered at
# K times that size (supersampled), then scaled down with the area filter.
# ---------------------------------------------------------------------------------------
K=2           # render scale
FPS=25
DUR=5.2       # seconds of animation (title card 2.2 s, cross-fade 0.4 s -> clip of 7.0 s)
G=""          # filtergraph text
CUR=""        # label of the current composited picture
NL=0          # label counter

emit() { G+="$1;"$'\n'; }
newlabel() { NL=$((NL + 1)); REPLY="v$NL"; }
rgb() { local h=${1#0x}; echo "$((16#${h:0:2})) $((16#${h:2:2})) $((16#${h:4:2}))"; }

# apply a filter chain to the current picture
chain() { newlabel; emit "[$CUR]$1[$REPLY]"; CUR=$REPLY; }

# Camera: screen = zoom * design + offset (design px). camera ZOOM CENTRE_X [ANCHOR_Y]
# centres design x CENTRE_X and keeps design y ANCHOR_Y (default: the floor) in place.
CZ=1 COX=0 COY=0
camera() {
  CZ=$1
  COX=$(awk -v z="$1" -v c="$2" 'BEGIN{printf "%.2f", 320 - z * c}')
  COY=$(awk -v z="$1" -v a="${3:-300}" 'BEGIN{printf "%.2f", a * (1 - z)}')
}
# integer size in render pixels of a design length (scaled by camera zoom and K)
px() { awk -v v="$1" -v f="${2:-1}" -v z="$CZ" -v k="$K" 'BEGIN{printf "%d", v * f * z * k + 0.5}'; }
# filled box in screen coordinates (integers, 640x360 space): x y w h color[@alpha]
sbox() { echo "drawbox=x=$(($1 * K)):y=$(($2 * K)):w=$(($3 * K)):h=$(($4 * K)):c=$5:t=fill"; }
# filled box in design coordinates (goes through the camera): x y w h color[@alpha]
box() {
  local x y w h
  read -r x y w h < <(awk -v x="$1" -v y="$2" -v w="$3" -v h="$4" -v z="$CZ" -v ox="$COX" -v oy="$COY" -v k="$K" \
    'BEGIN{printf "%d %d %d %d", (z*x+ox)*k+0.5, (z*y+oy)*k+0.5, z*w*k+0.5, z*h*k+0.5}')
  echo "drawbox=x=$x:y=$y:w=$w:h=$h:c=$5:t=fill"
}
# screen expression (render pixels) of a design x / y expression
scx() { echo "$K*($CZ*($1)+$COX)"; }
scy() { echo "$K*($CZ*($1)+$COY)"; }

# A limb from A to B: two rotated bars of 0.66 x nominal length, one anchored at each end, so
# the limb stays closed for any actual length between 0.66 and 1.3 x nominal.
# Coordinates are FFmpeg expressions of t (design units). Slots 0-4 of st()/ld() are used
# here; joint expressions may use slots 4-9 internally (they are evaluated first).
limb() { # ax ay bx by nominal_len thickness color
  local ax=$1 ay=$2 bx=$3 by=$4 len=$5 th=$6 col=$7
  local s tk
  s=$(px "$len" 0.66); tk=$(px "$th")
  local pre="st(0,$ax);st(1,$ay);st(2,$bx);st(3,$by);st(4,hypot(ld(2)-ld(0),ld(3)-ld(1))+1e-6)"
  local ang="$pre;atan2(ld(3)-ld(1),ld(2)-ld(0))"
  local cx cy sp out
  for end in a b; do
    if [[ $end == a ]]; then
      cx="$pre;$(scx "ld(0)")+$s/2*(ld(2)-ld(0))/ld(4)-overlay_w/2"
      cy="$pre;$(scy "ld(1)")+$s/2*(ld(3)-ld(1))/ld(4)-overlay_h/2"
    else
      cx="$pre;$(scx "ld(2)")-$s/2*(ld(2)-ld(0))/ld(4)-overlay_w/2"
      cy="$pre;$(scy "ld(3)")-$s/2*(ld(3)-ld(1))/ld(4)-overlay_h/2"
    fi
    newlabel; sp=$REPLY; newlabel; out=$REPLY
    emit "color=c=$col:s=${s}x${tk}:r=$FPS:d=$DUR,format=rgba,rotate=a='$ang':ow='hypot(iw,ih)':oh=ow:c=black@0[$sp]"
    emit "[$CUR][$sp]overlay=x='$cx':y='$cy':format=rgb:eval=frame[$out]"
    CUR=$out
  done
}

# anti-aliased disc: x y diameter color (x, y expressions; diameter integer design units)
dot() {
  local d r g b sp out
  d=$(px "$3")
  read -r r g b < <(rgb "$4")
  newlabel; sp=$REPLY; newlabel; out=$REPLY
  emit "color=c=black@0:s=${d}x${d}:r=$FPS:d=$DUR,format=rgba,geq=r=$r:g=$g:b=$b:a='255*clip($d/2+0.5-hypot(X+0.5-$d/2,Y+0.5-$d/2),0,1)'[$sp]"
  emit "[$CUR][$sp]overlay=x='$(scx "$1")-overlay_w/2':y='$(scy "$2")-overlay_h/2':format=rgb:eval=frame[$out]"
  CUR=$out
}

# ---------------------------------------------------------------------------------------
# A jointed figure. Joints live in J as expressions: J[name.x], J[name.y].
# HD head centre, S shoulder, H hip; near side: E1 elbow, W1 wrist, K1 knee, A1 ankle, T1 toe;
# far side: E2, W2, K2, A2, T2 (drawn first, in a lighter tint). Missing joints are skipped.
# ---------------------------------------------------------------------------------------
declare -A J
LT=72 LTH=52 LSH=50 LUA=38 LFA=36 LFT=14   # nominal segment lengths (design px)
FIG_HOOK=""                                 # optional function run after torso + head

jset() { J[$1.x]=$2; J[$1.y]=$3; }
jx() { echo "${J[$1.x]}"; }
jy() { echo "${J[$1.y]}"; }
has() { [[ -n ${J[$1.x]+set} ]]; }
# forward kinematics: name from length angle
jfk() { jset "$1" "(${J[$2.x]}+($3)*cos($4))" "(${J[$2.y]}+($3)*sin($4))"; }
# point on the way from one joint to another: name from to fraction
jlerp() { jset "$1" "(${J[$2.x]}+($4)*((${J[$3.x]})-(${J[$2.x]})))" "(${J[$2.y]}+($4)*((${J[$3.y]})-(${J[$2.y]})))"; }
# two-link inverse kinematics: name root end len1 len2 side (-1: bends to the left of
# root->end as seen on screen, i.e. "forward/up" for a figure facing right). Uses st() slots
# 4-9, so root and end must not themselves be jik results (no nesting).
jik() {
  local rx=${J[$2.x]} ry=${J[$2.y]} ex=${J[$3.x]} ey=${J[$3.y]} l1=$4 l2=$5 sg=$6
  local lo=$((l1 > l2 ? l1 - l2 : l2 - l1)) hi=$((l1 + l2))
  local pre="st(5,$rx);st(6,$ry);st(7,($ex)-ld(5));st(8,($ey)-ld(6));st(9,clip(hypot(ld(7),ld(8)),$lo+0.5,$hi-0.05));st(4,($l1*$l1-$l2*$l2+ld(9)*ld(9))/(2*ld(9)))"
  local hh="sqrt(max($l1*$l1-ld(4)*ld(4),0))"
  jset "$1" "($pre;ld(5)+ld(4)*ld(7)/ld(9)-($sg)*$hh*ld(8)/ld(9))" \
            "($pre;ld(6)+ld(4)*ld(8)/ld(9)+($sg)*$hh*ld(7)/ld(9))"
}
seg() { # from to nominal thickness color
  limb "${J[$1.x]}" "${J[$1.y]}" "${J[$2.x]}" "${J[$2.y]}" "$3" "$4" "$5"
}
jdot() { dot "${J[$1.x]}" "${J[$1.y]}" "$2" "$3"; }

arm() { # side color thickness
  local e=E$1 w=W$1
  has "$e" || return 0
  seg S "$e" "$LUA" "$3" "$2"; seg "$e" "$w" "$LFA" "$3" "$2"
  jdot "$e" "$3" "$2"; jdot "$w" "$(($3 + 1))" "$2"
}
leg() { # side color thickness
  local k=K$1 a=A$1 t=T$1
  has "$k" || return 0
  seg H "$k" "${LEGN1:-$LTH}" "$3" "$2"; seg "$k" "$a" "${LEGN2:-$LSH}" "$3" "$2"
  jdot "$k" "$3" "$2"; jdot "$a" "$3" "$2"
  if has "$t"; then seg "$a" "$t" "$LFT" "${FOOT_T:-9}" "$2"; jdot "$t" "${FOOT_T:-9}" "$2"; fi
}
figure() {
  arm 2 "$FAR" 12; leg 2 "$FAR" 12
  seg H S "$LT" 18 "$FIG"; jdot H 18 "$FIG"; jdot S 18 "$FIG"
  jdot HD 30 "$FIG"
  [[ -z $FIG_HOOK ]] || "$FIG_HOOK"
  leg 1 "$FIG" 13; arm 1 "$FIG" 13
}

# ---- time helpers (expressions of t) ----
# smooth 0..1 step of x
smooth() { echo "(st(9,clip($1,0,1));ld(9)*ld(9)*(3-2*ld(9)))"; }
# repetitions: rises, holds, lowers, rests; n reps of period p starting at t0
reps() { # p t0 n
  local end; end=$(awk -v p="$1" -v s="$2" -v n="$3" 'BEGIN{printf "%.3f", s + p * n}')
  echo "($(smooth "1.35*(0.5-0.5*cos(2*PI*max(t-$2,0)/$1))-0.175")*lt(t,$end))"
}
# which repetition is running (0-based)
repidx() { echo "floor(max(t-$2,0)/$1)"; }

# ---------------------------------------------------------------------------------------
# Exercises: key | Dutch | English | palette (figure far background card prop)
# ---------------------------------------------------------------------------------------
EXERCISES=(
  "glute-bridge|Bilbrug|Glute bridge|1F6F6A 86BDB6 EEF6F4 D9ECE8 B9D8D2"
  "single-leg-bridge|Bilbrug op één been|Single-leg glute bridge|2E6B4F 93C1A8 F0F6F2 DCECE1 BDD8C7"
  "clamshell|Schelpoefening|Clamshell|8A6235 D2B48E F8F4EC F0E5D3 E0CFB2"
  "side-plank|Zijplank|Side plank|2F5F8A 9AB8D3 EFF3F8 DAE5F0 BFD0E2"
  "copenhagen-plank|Kopenhagen-plank|Copenhagen plank|56478A ADA4CE F4F2F9 E4E0F0 CEC7E3"
  "dead-bug|Dead bug|Dead bug|8A4B5B CFA0AC F9F1F3 F0DEE2 E2C5CC"
  "step-down|Step-down van een traptrede|Step-down|3F6E2A A6C296 F2F6EF E1EBD8 C8D9BA"
  "split-squat|Split squat|Split squat|9A5B2C D9B090 FAF3ED F1E2D4 E3CAB4"
  "single-leg-hops|Hinkelen op één been|Single-leg hops|226A80 8CC0D0 EEF6F8 D8EAF0 BBD9E3"
  "aqua-jogging|Aquajoggen|Aqua jogging|1E5A8A 8DB4D6 EEF4FA D7E6F3 9CC3E2"
)

# ---- scenes: each sets J, draws props, calls figure, and sets COUNTER (drawtext text) ----
FLOOR_Y=300
floor_props() { chain "$(sbox 0 $FLOOR_Y 640 60 "0x$CARD"),$(sbox 0 $FLOOR_Y 640 2 "0x$PROP")"; }
mat() { chain "$(box 150 $FLOOR_Y 330 5 "0x$PROP")"; }

scene_glute-bridge() {
  camera 2.0 252; floor_props; mat
  local q; q=$(reps 2.4 0.3 2)
  local th="(-0.05-0.42*$q)"
  jset S 205 291; jset HD 183 285; jfk H S $LT "$th"
  jset A1 322 290; jset T1 338 294; jik K1 H A1 $LTH $LSH -1
  jset E2 241 295; jset W2 277 295
  figure
  COUNTER="%{eif:clip($(repidx 2.4 0.3)+1,1,2):d} / 2"
}

scene_single-leg-bridge() {
  camera 1.7 290; floor_props; mat
  local q; q=$(reps 2.4 0.3 2)
  local th="(-0.05-0.40*$q)"
  jset S 205 291; jset HD 183 285; jfk H S $LT "$th"
  jset E2 241 295; jset W2 277 295
  # supporting leg (far side), foot on the floor
  jset A2 322 290; jset T2 338 294; jik K2 H A2 $LTH $LSH -1
  # working leg (near side): straight, in line with the supporting thigh, toes up
  local hx hy kx ky
  hx=$(jx H); hy=$(jy H); kx=$(jx K2); ky=$(jy K2)
  jset K1 "$kx" "$ky"
  jset A1 "($hx+1.9615*(($kx)-($hx)))" "($hy+1.9615*(($ky)-($hy)))"
  jset T1 "($(jx A1)+0.2*(($ky)-($hy)))" "($(jy A1)-0.2*(($kx)-($hx)))"
  figure
  COUNTER="%{eif:clip($(repidx 2.4 0.3)+1,1,2):d} / 2"
}

scene_clamshell() {
  camera 1.8 288; floor_props; mat
  local q; q=$(reps 1.6 0.3 3)
  jset S 238 289; jset H 310 289; jset HD 212 279
  jset E2 204 296; jset W2 170 296                # lower arm under the head
  jset K2 362 296; jset A2 400 294                # lower leg on the mat (feet point at the viewer)
  jset K1 "(360-4*$q)" "(283-54*$q)"; jset A1 400 282  # upper knee opens, feet stay together
  LEGN1=62 LEGN2=60 figure
  COUNTER="%{eif:clip($(repidx 1.6 0.3)+1,1,3):d} / 3"
}

plank_common() { # sets q (hip lift: up by 1.2 s, down from 4.6 s)
  Q="($(smooth "(t-0.4)/0.8")*$(smooth "(5.15-t)/0.55"))"
}

scene_side-plank() {
  camera 1.55 330; floor_props; mat
  plank_common; local q=$Q
  jset E1 262 294; jset W1 228 296; jset S 262 256
  jset A1 430 290; jset T1 437 295
  jset H "(336-4.5*$q)" "(289-19*$q)"
  jlerp K1 A1 H 0.49
  local sx sy hx hy
  sx=$(jx S); sy=$(jy S); hx=$(jx H); hy=$(jy H)
  jset HD "($sx+24*($sx-$hx)/hypot($sx-$hx,$sy-$hy))" "($sy+24*($sy-$hy)/hypot($sx-$hx,$sy-$hy))"
  jset E2 262 219; jset W2 264 183             # top arm reaching up
  figure
  COUNTER="%{eif:clip(floor(t-1.2),0,3):d} s"
}

scene_copenhagen-plank() {
  camera 1.5 350; floor_props; mat
  # bench
  chain "$(box 396 250 84 10 "$FAR"),$(box 402 260 8 40 "$FAR"),$(box 466 260 8 40 "$FAR")"
  plank_common; local q=$Q
  local r; r=$(reps 1.7 1.2 2)
  jset E1 262 294; jset W1 228 296; jset S 262 256
  jset A1 436 244; jset T1 444 246
  jset H "(338-4*$q)" "(289-38*$q)"
  jlerp K1 A1 H 0.49
  local sx sy hx hy ax ay
  sx=$(jx S); sy=$(jy S); hx=$(jx H); hy=$(jy H); ax=$(jx A1); ay=$(jy A1)
  jset HD "($sx+24*($sx-$hx)/hypot($sx-$hx,$sy-$hy))" "($sy+24*($sy-$hy)/hypot($sx-$hx,$sy-$hy))"
  # lower leg: from resting on the floor up to the bench (adduction)
  local phi="((1-$r)*asin(clip((292-$hy)/102,-1,1))+$r*(atan2($ay-$hy,$ax-$hx)+0.09))"
  jfk K2 H $LTH "$phi"; jfk A2 H 102 "$phi"; jfk T2 A2 8 "($phi+1.3)"
  # top hand on the hip, elbow up
  jset W2 "($hx-10)" "($hy-12)"; jik E2 S W2 $LUA $LFA 1
  figure
  COUNTER="%{eif:clip(floor(t-1.2),0,3):d} s"
}

scene_dead-bug() {
  camera 1.6 285; floor_props; mat
  local Qr qa qb i
  Qr=$(reps 2.4 0.3 2); i=$(repidx 2.4 0.3)
  qa="($Qr*eq($i,0))"; qb="($Qr*eq($i,1))"
  jset S 232 291; jset H 304 291; jset HD 208 285
  local a1="(-PI/2+(-PI/2+0.32)*$qa)" a2="(-PI/2+(-PI/2+0.32)*$qb)"
  jfk E1 S $LUA "$a1"; jfk W1 S 74 "$a1"
  jfk E2 S $LUA "$a2"; jfk W2 S 74 "$a2"
  local f1="(-PI/2+(PI/2-0.2)*$qb)" g1="(-0.2*$qb)" f2="(-PI/2+(PI/2-0.2)*$qa)" g2="(-0.2*$qa)"
  jfk K1 H $LTH "$f1"; jfk A1 K1 $LSH "$g1"; jfk T1 A1 12 "($g1-1.35)"
  jfk K2 H $LTH "$f2"; jfk A2 K2 $LSH "$g2"; jfk T2 A2 12 "($g2-1.35)"
  figure
  COUNTER="%{eif:clip($i+1,1,2):d} / 2"
}

scene_step-down() {
  camera 1.1 255; floor_props
  chain "$(box 160 278 132 22 "0x$PROP"),$(box 160 278 132 3 "$FAR")"
  local q; q=$(reps 2.4 0.3 2)
  jset A1 276 272; jset T1 291 276                 # standing foot on the step
  jset H "(274-12*$q)" "(172+29*$q)"
  jik K1 H A1 $LTH $LSH -1
  local tau="(-PI/2+0.08+0.22*$q)"
  jfk S H $LT "$tau"; jfk HD H 95 "$tau"
  # free leg (far side) held straight in front of the step; its heel lowers to the floor
  local psi="(PI/2-0.42)"
  jfk K2 H $LTH "$psi"; jfk A2 H 102 "$psi"; jfk T2 A2 $LFT 0.2
  local al="(PI/2-0.45-0.5*$q)"
  jfk E1 S $LUA "$al"; jfk W1 S 74 "$al"
  jfk E2 S $LUA "($al+0.18)"; jfk W2 S 74 "($al+0.18)"
  figure
  COUNTER="%{eif:clip($(repidx 2.4 0.3)+1,1,2):d} / 2"
}

scene_split-squat() {
  camera 1.15 300; floor_props
  local q; q=$(reps 1.6 0.3 3)
  jset A1 346 288; jset T1 363 293         # front foot
  jset A2 246 278; jset T2 258 293         # back foot, heel up
  jset H 300 "(200+38*$q)"
  jik K1 H A1 $LTH $LSH -1; jik K2 H A2 $LTH $LSH -1
  local tau="(-PI/2+0.04)"
  jfk S H $LT "$tau"; jfk HD H 95 "$tau"
  local al="(PI/2-0.3-0.1*$q)"                   # arms relaxed, forearms forward
  jfk E1 S $LUA "$al"; jfk W1 E1 $LFA "($al-0.9)"
  jfk E2 S $LUA "($al+0.12)"; jfk W2 E2 $LFA "($al-0.75)"
  figure
  COUNTER="%{eif:clip($(repidx 1.6 0.3)+1,1,3):d} / 3"
}

scene_single-leg-hops() {
  floor_props
  local s="(abs(sin(PI*max(t-0.3,0)/0.6))*lt(t,5.1))"
  jset A1 318 "(289-30*$s)"; jset T1 334 "(293-30*$s)"
  jset H 312 "(200-38*$s)"
  jik K1 H A1 $LTH $LSH -1
  local tau="(-PI/2+0.14)"
  jfk S H $LT "$tau"; jfk HD H 95 "$tau"
  # free leg (far side): knee slightly forward, foot tucked behind
  jfk K2 H $LTH "(PI/2-0.45)"; jfk A2 K2 $LSH "(PI/2+1.25)"; jfk T2 A2 12 1.2
  local ph="(2*PI*max(t-0.3,0)/1.2)"
  local a1="(PI/2-0.5*sin($ph))" a2="(PI/2+0.5*sin($ph))"
  jfk E1 S $LUA "$a1"; jfk W1 E1 $LFA "($a1-1.3)"
  jfk E2 S $LUA "$a2"; jfk W2 E2 $LFA "($a2-1.3)"
  figure
  COUNTER="%{eif:clip(floor(max(t-0.3,0)/0.6)+1,1,8):d} / 8"
}

belt() { seg BL BR 26 14 0xE8A33D; }
scene_aqua-jogging() {
  camera 1.1 322 150
  local ph="(2*PI*t/1.3)"
  jset H 322 "(222+3*sin(2*$ph))"
  local tau="(-PI/2+0.12)"
  jfk S H $LT "$tau"; jfk HD H 95 "$tau"
  local th1="(PI/2-0.15-0.6*sin($ph))" th2="(PI/2-0.15+0.6*sin($ph))"
  local sh1="($th1+0.55+0.55*(0.5+0.5*sin($ph+1.4)))" sh2="($th2+0.55+0.55*(0.5-0.5*sin($ph+1.4)))"
  jfk K1 H $LTH "$th1"; jfk A1 K1 $LSH "$sh1"; jfk T1 A1 12 "($sh1-1.2)"
  jfk K2 H $LTH "$th2"; jfk A2 K2 $LSH "$sh2"; jfk T2 A2 12 "($sh2-1.2)"
  local a1="(PI/2+0.15+0.6*sin($ph))" a2="(PI/2+0.15-0.6*sin($ph))"
  jfk E1 S $LUA "$a1"; jfk W1 E1 $LFA "($a1-1.5)"
  jfk E2 S $LUA "$a2"; jfk W2 E2 $LFA "($a2-1.5)"
  jset BL "($(jx H)-12)" "($(jy H)-12)"; jset BR "($(jx H)+14)" "($(jy H)-9)"
  FIG_HOOK=belt figure; FIG_HOOK=""
  # water over the figure, and a moving wave line on the surface
  chain "$(sbox 0 150 640 210 "0x2F7DB8@0.30")"
  local sp out
  newlabel; sp=$REPLY; newlabel; out=$REPLY
  emit "color=c=black@0:s=$((680 * K))x$((12 * K)):r=$FPS:d=$DUR,format=rgba,geq=r=255:g=255:b=255:a='200*clip(1.6*$K-abs(Y-6*$K-2.5*$K*sin(2*PI*X/(40*$K))),0,1)'[$sp]"
  emit "[$CUR][$sp]overlay=x='-mod(t*$((18 * K)),$((40 * K)))':y=$((144 * K)):format=rgb:eval=frame[$out]"
  CUR=$out
  COUNTER="0:0%{eif:clip(floor(t),0,5):d}"
}

# ---------------------------------------------------------------------------------------
# Captions (cue 1 is the title card; the rest follow the animation, which starts at 1.8 s)
# ---------------------------------------------------------------------------------------
declare -A CUES_NL CUES_EN
CUES_NL[glute-bridge]="02.000|03.600|Lig op je rug met je voeten plat op de grond
03.600|05.300|Duw je heupen omhoog tot je lichaam een rechte lijn vormt
05.300|END|Houd even vast en laat je dan rustig zakken"
CUES_EN[glute-bridge]="02.000|03.600|Lie on your back with your feet flat on the floor
03.600|05.300|Lift your hips until your body forms a straight line
05.300|END|Hold briefly, then lower slowly"

CUES_NL[single-leg-bridge]="02.000|03.600|Strek één been, in lijn met je andere dij
03.600|05.300|Duw je heupen omhoog vanuit de hiel van je standbeen
05.300|END|Houd je bekken recht en zak langzaam terug"
CUES_EN[single-leg-bridge]="02.000|03.600|Straighten one leg, in line with your other thigh
03.600|05.300|Push your hips up through the heel of your standing leg
05.300|END|Keep your pelvis level and lower slowly"

CUES_NL[clamshell]="02.000|03.600|Lig op je zij, knieën gebogen en voeten tegen elkaar
03.600|05.300|Til je bovenste knie op; je voeten blijven bij elkaar
05.300|END|Laat je bekken niet naar achteren rollen en zak rustig terug"
CUES_EN[clamshell]="02.000|03.600|Lie on your side, knees bent and feet together
03.600|05.300|Lift your top knee while your feet stay together
05.300|END|Don't let your pelvis roll back, and lower with control"

CUES_NL[side-plank]="02.000|03.600|Steun op je onderarm, met je elleboog onder je schouder
03.600|05.300|Til je heupen op tot je lichaam één rechte lijn is
05.300|END|Houd vast en blijf rustig doorademen"
CUES_EN[side-plank]="02.000|03.600|Rest on your forearm, elbow under your shoulder
03.600|05.300|Lift your hips until your body forms one straight line
05.300|END|Hold the position and keep breathing calmly"

CUES_NL[copenhagen-plank]="02.000|03.200|Leg je bovenste been op de bank en til je heupen op
03.200|05.300|Breng je onderste been omhoog naar de bank
05.300|END|Houd je lichaam recht, van hoofd tot voeten"
CUES_EN[copenhagen-plank]="02.000|03.200|Rest your top leg on the bench and lift your hips
03.200|05.300|Raise your bottom leg up towards the bench
05.300|END|Keep your body straight from head to feet"

CUES_NL[dead-bug]="02.000|03.000|Lig op je rug, armen omhoog en knieën boven je heupen
03.000|04.500|Strek één arm en het andere been tegelijk uit
04.500|END|Kom terug en wissel van kant; je onderrug blijft op de grond"
CUES_EN[dead-bug]="02.000|03.000|Lie on your back, arms up and knees over your hips
03.000|04.500|Extend one arm and the opposite leg at the same time
04.500|END|Return and switch sides, keeping your lower back down"

CUES_NL[step-down]="02.000|03.300|Sta op één been op de traptrede
03.300|05.300|Buig je knie en laat je andere hiel rustig naar de grond zakken
05.300|END|Houd je knie boven je voet en kom weer omhoog"
CUES_EN[step-down]="02.000|03.300|Stand on one leg on the step
03.300|05.300|Bend your knee and slowly lower your other heel to the floor
05.300|END|Keep your knee over your foot, then rise again"

CUES_NL[split-squat]="02.000|03.300|Zet één voet voor en de andere achter, op je tenen
03.300|05.300|Zak recht naar beneden tot je achterste knie bijna de grond raakt
05.300|END|Duw je weer omhoog via je voorste voet"
CUES_EN[split-squat]="02.000|03.300|Place one foot forward and the other back, on your toes
03.300|05.300|Lower straight down until your back knee nearly touches the floor
05.300|END|Push back up through your front foot"

CUES_NL[single-leg-hops]="02.000|03.300|Sta op één been met je knie licht gebogen
03.300|05.300|Maak kleine, lichte sprongetjes op de plek
05.300|END|Land zacht op je voorvoet en houd je knie stabiel"
CUES_EN[single-leg-hops]="02.000|03.300|Stand on one leg with a slight bend in your knee
03.300|05.300|Make small, light hops on the spot
05.300|END|Land softly on the ball of your foot and keep your knee stable"

CUES_NL[aqua-jogging]="02.000|03.600|Draag een drijfgordel in diep water
03.600|05.300|Maak je gewone looppas, zonder de bodem te raken
05.300|END|Houd je romp rechtop en beweeg je armen mee"
CUES_EN[aqua-jogging]="02.000|03.600|Wear a flotation belt in deep water
03.600|05.300|Run with your normal stride without touching the bottom
05.300|END|Keep your upper body upright and swing your arms"

# seconds -> MM:SS.mmm
vtt_time() { awk -v s="$1" 'BEGIN{ms=int(s*1000+0.5); printf "%02d:%02d.%03d", int(ms/60000), int(ms/1000)%60, ms%1000}'; }

write_vtt() { # file title cues end_seconds
  local file=$1 title=$2 cues=$3 end=$4 a b text
  {
    printf 'WEBVTT\n\n'
    printf '1\n00:00.000 --> 00:02.000\n%s\n' "$title"
    local n=1
    while IFS='|' read -r a b text; do
      n=$((n + 1))
      [[ $b == END ]] && b=$end
      printf '\n%s\n00:%s --> %s\n%s\n' "$n" "$a" "$(vtt_time "$b")" "$text"
    done <<<"$cues"
  } >"$file"
}

# ---------------------------------------------------------------------------------------
# Title card (1280x720): also the poster; scaled to 640x360 for the first 2 s of the clip.
# ---------------------------------------------------------------------------------------
title_card() { # nl en fig card prop out.png
  local nl=$1 en=$2 fig=$3 card=$4 prop=$5 out=$6
  printf '%s' "$nl" >"$TMP/nl.txt"
  printf '%s' "$en" >"$TMP/en.txt"
  # font sizes from the name length so that long names still fit in ~980 px
  local fnl fen
  fnl=$(awk -v n="$(printf '%s' "$nl" | wc -m)" 'BEGIN{s=int(980/(0.66*n)); if(s>84)s=84; print s}')
  fen=$(awk -v n="$(printf '%s' "$en" | wc -m)" 'BEGIN{s=int(980/(0.60*n)); if(s>46)s=46; print s}')
  local pr pg pb
  read -r pr pg pb < <(rgb "$prop")
  local base1=$((330 + fnl)) base2
  base2=$((base1 + 40 + fen + 18))
  # soft decorative discs (geq, anti-aliased edges)
  local disc="255*clip(hypot(X-1120,Y-640)-258,0,1)*clip(hypot(X-1235,Y-150)-88,0,1)"
  "${FF[@]}" -f lavfi -i "color=c=0x$card:s=1280x720:d=0.04,format=rgb24" \
    -f lavfi -i "color=c=0x$prop:s=1280x720:d=0.04,format=rgba,geq=r=$pr:g=$pg:b=$pb:a='(255-$disc)*0.55'" \
    -filter_complex "[0][1]overlay=format=rgb,
      drawbox=x=120:y=92:w=14:h=14:c=0x$fig:t=fill,
      drawtext=fontfile='$BOLD':text='Heupfit':fontsize=30:fontcolor=0x$fig:x=146:y=112-ascent,
      drawtext=fontfile='$SANS':text='OEFENING  ·  EXERCISE':fontsize=22:fontcolor=0x$fig@0.85:x=120:y=$((base1 - fnl - 34))-ascent,
      drawbox=x=120:y=$((base1 - 30)):w=50:h=34:c=0x$fig:t=fill,
      drawtext=fontfile='$BOLD':text='NL':fontsize=19:fontcolor=white:x=145-text_w/2:y=$((base1 - 6))-ascent,
      drawtext=fontfile='$BOLD':textfile='$TMP/nl.txt':expansion=none:fontsize=$fnl:fontcolor=0x1D2A29:x=196:y=$base1-ascent,
      drawbox=x=196:y=$((base1 + 28)):w=96:h=6:c=0x$fig:t=fill,
      drawbox=x=120:y=$((base2 - 30)):w=50:h=34:c=0x$fig:t=2,
      drawtext=fontfile='$BOLD':text='EN':fontsize=19:fontcolor=0x$fig:x=145-text_w/2:y=$((base2 - 6))-ascent,
      drawtext=fontfile='$SANS':textfile='$TMP/en.txt':expansion=none:fontsize=$fen:fontcolor=0x$fig:x=196:y=$base2-ascent" \
    -frames:v 1 -update 1 "$out"
}

# ---------------------------------------------------------------------------------------
# One exercise: title card + animation -> master (lossless) -> mp4, webm, jpg, vtt
# ---------------------------------------------------------------------------------------
encode_mp4() { # in out crf
  "${FF[@]}" -i "$1" -an -c:v libx264 -profile:v main -preset slow -tune animation -crf "$3" \
    -pix_fmt yuv420p -r $FPS -g 50 -movflags +faststart "${BITEXACT[@]}" "$2"
}
encode_webm() { # in out crf
  "${FF[@]}" -i "$1" -an -c:v libvpx-vp9 -crf "$3" -b:v 0 -deadline good -cpu-used 2 -row-mt 1 \
    -pix_fmt yuv420p -r $FPS -g 50 "${BITEXACT[@]}" "$2"
}
filesize() { stat -c %s "$1"; }

make_exercise() { # spec
  local key nl en pal FIG FAR BG CARD PROP
  IFS='|' read -r key nl en pal <<<"$1"
  read -r FIG FAR BG CARD PROP <<<"$pal"
  FIG=0x$FIG FAR=0x$FAR
  local dir="$HERE/exercises"
  echo "  $key"

  # poster / title card
  title_card "$nl" "$en" "${FIG#0x}" "$CARD" "$PROP" "$TMP/card.png"
  "${FF[@]}" -i "$TMP/card.png" -vf format=yuvj420p -q:v 3 "${BITEXACT[@]}" "$dir/$key.jpg"

  # animation graph
  G=""; NL=0; J=(); COUNTER=""; camera 1 320
  newlabel; CUR=$REPLY
  emit "color=c=0x$BG:s=$((640 * K))x$((360 * K)):r=$FPS:d=$DUR,format=rgb24[$CUR]"
  "scene_$key"
  printf '%s' "$nl  ·  $en" >"$TMP/head.txt"
  printf '%s' "$COUNTER" >"$TMP/counter.txt"
  chain "drawtext=fontfile='$SANS':textfile='$TMP/head.txt':expansion=none:fontsize=$((14 * K)):fontcolor=$FIG@0.9:x=$((24 * K)):y=$((30 * K))-ascent,drawtext=fontfile='$BOLD':textfile='$TMP/counter.txt':fontsize=$((16 * K)):fontcolor=$FIG:x=w-text_w-$((24 * K)):y=$((31 * K))-ascent"
  # progress bar: a fill bar sliding into a clipped track
  local pw=$((592 * K)) ph=$((4 * K))
  emit "color=c=0x$PROP:s=${pw}x${ph}:r=$FPS:d=$DUR,format=rgb24[pt]"
  emit "color=c=$FIG:s=${pw}x${ph}:r=$FPS:d=$DUR,format=rgb24[pf]"
  emit "[pt][pf]overlay=x='-W+W*clip(t/($DUR-0.2),0,1)':y=0:eval=frame[pb]"
  newlabel; emit "[$CUR][pb]overlay=x=$((24 * K)):y=$((344 * K))[$REPLY]"; CUR=$REPLY
  emit "[$CUR]scale=640:360:flags=area,format=yuv420p,setsar=1,settb=1/$FPS[anim]"
  emit "[0:v]scale=640:360:flags=area,format=yuv420p,setsar=1,settb=1/$FPS[card]"
  G+="[card][anim]xfade=transition=fade:duration=0.4:offset=1.8,format=yuv420p[out]"
  printf '%s\n' "$G" >"$TMP/graph.txt"

  "${FF[@]}" -loop 1 -framerate $FPS -t 2.2 -i "$TMP/card.png" \
    -filter_complex_script "$TMP/graph.txt" -map '[out]' -c:v ffv1 -pix_fmt yuv420p "$TMP/master.mkv"

  # encode; raise CRF until under 400 kB (stays at the first value for these simple clips)
  local crf
  for crf in 23 26 29 32 35; do
    encode_mp4 "$TMP/master.mkv" "$dir/$key.mp4" "$crf"
    if (($(filesize "$dir/$key.mp4") < 400000)); then break; fi
  done
  for crf in 34 38 42 46 50; do
    encode_webm "$TMP/master.mkv" "$dir/$key.webm" "$crf"
    if (($(filesize "$dir/$key.webm") < 400000)); then break; fi
  done

  # captions: never beyond the shorter of the two real durations
  local d1 d2 end
  d1=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/$key.mp4")
  d2=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/$key.webm")
  end=$(awk -v a="$d1" -v b="$d2" 'BEGIN{m=a<b?a:b; printf "%.3f", (m>7?7:m)}')
  write_vtt "$dir/$key.nl.vtt" "$nl" "${CUES_NL[$key]}" "$end"
  write_vtt "$dir/$key.en.vtt" "$en" "${CUES_EN[$key]}" "$end"
}

# ---------------------------------------------------------------------------------------
# Article hero: 1600x900, a curved running track, a runner made of shapes, glowing hip
# ---------------------------------------------------------------------------------------
make_hero() {
  echo "  articles/overloaded-hip.jpg"
  local save_k=$K save_dur=$DUR
  K=1; DUR=0.04; camera 1 320
  # background: sky gradient, infield, track with lane lines (all from the distance to one centre)
  local R="hypot(X-1180,Y-1520)"
  # weights: infield (r<820), track (820..1180), lane lines every 60 px
  local inf="clip(822-$R,0,1)" out="clip($R-1178,0,1)"
  local lane="clip(2.2-abs(mod($R-820+30,60)-30),0,1)*clip($R-826,0,1)*clip(1174-$R,0,1)"
  local sky="(Y/900)"
  # colour = out*sky + inf*green + (1-out-inf)*(track + lane*white)
  ch() { # sky_top sky_bottom green track line
    echo "$out*($1+($2-$1)*$sky)+$inf*$3+(1-$out-$inf)*($4+($5-$4)*$lane)"
  }
  G=""; NL=0; J=()
  newlabel; CUR=$REPLY
  emit "color=c=black:s=1600x900:d=$DUR,format=rgb24,geq=r='$(ch 231 205 150 222 248)':g='$(ch 241 228 196 196 244)':b='$(ch 238 222 165 160 236)'[$CUR]"
  # sun
  dot 300 190 150 0xF3DDB0
  dot 300 190 110 0xF6E6C4
  # runner (design units = pixels here), mid-stride, facing right; scaled-up proportions
  local FIG=0x1E5B57 FAR=0x5F948E
  LT=200 LTH=150 LSH=145 LUA=105 LFA=100 LFT=40
  jset H 700 450
  jfk S H $LT "(-PI/2+0.2)"; jfk HD H 252 "(-PI/2+0.2)"
  # near leg pushing off behind, far leg swinging through; arms opposite
  jfk K1 H $LTH "(PI/2+0.36)"; jfk A1 K1 $LSH "(PI/2+0.8)"; jfk T1 A1 $LFT "(PI/2+0.05)"
  jfk K2 H $LTH "(PI/2-0.85)"; jfk A2 K2 $LSH "(PI/2+0.12)"; jfk T2 A2 $LFT "0.15"
  jfk E1 S $LUA "(PI/2-0.75)"; jfk W1 E1 $LFA "(-0.45)"
  jfk E2 S $LUA "(PI/2+0.8)"; jfk W2 E2 $LFA "(PI/2+0.05)"
  # hip glow behind the figure
  local sp out
  newlabel; sp=$REPLY; newlabel; out=$REPLY
  emit "color=c=black@0:s=520x520:d=$DUR,format=rgba,geq=r=244:g=178:b=96:a='235*exp(-pow(hypot(X-260,Y-260)/125,2))'[$sp]"
  emit "[$CUR][$sp]overlay=x=440:y=190:format=rgb[$out]"; CUR=$out
  local FOOT_T=26
  arm 2 "$FAR" 32; leg 2 "$FAR" 32
  seg H S "$LT" 44 "$FIG"; jdot H 44 "$FIG"; jdot S 44 "$FIG"; jdot HD 76 "$FIG"
  leg 1 "$FIG" 34; arm 1 "$FIG" 34
  # ring + warm centre on top of the hip
  newlabel; sp=$REPLY; newlabel; out=$REPLY
  emit "color=c=black@0:s=240x240:d=$DUR,format=rgba,geq=r=250:g=214:b=160:a='235*clip(3.5-abs(hypot(X-120,Y-120)-96),0,1)'[$sp]"
  emit "[$CUR][$sp]overlay=x=580:y=330:format=rgb[$out]"; CUR=$out
  G+="[$CUR]format=yuvj420p[out]"
  printf '%s\n' "$G" >"$TMP/hero.txt"
  "${FF[@]}" -filter_complex_script "$TMP/hero.txt" -map '[out]' -frames:v 1 -q:v 3 "${BITEXACT[@]}" \
    "$HERE/articles/overloaded-hip.jpg"
  K=$save_k; DUR=$save_dur
  LT=72 LTH=52 LSH=50 LUA=38 LFA=36 LFT=14
}

# ---------------------------------------------------------------------------------------
# People: initials on a coloured disc
# ---------------------------------------------------------------------------------------
make_portrait() { # file initials disc_color
  echo "  people/$1"
  local r g b
  read -r r g b < <(rgb "$3")
  "${FF[@]}" -f lavfi -i "color=c=0xEEF3F1:s=400x400:d=0.04,format=rgb24" \
    -f lavfi -i "color=c=black@0:s=400x400:d=0.04,format=rgba,geq=r=$r:g=$g:b=$b:a='255*clip(150.5-hypot(X+0.5-200,Y+0.5-200),0,1)'" \
    -filter_complex "[0][1]overlay=format=rgb,drawtext=fontfile='$BOLD':text='$2':fontsize=128:fontcolor=white:x=(w-text_w)/2:y=200+0.3645*128-ascent,format=yuvj420p" \
    -frames:v 1 -q:v 3 "${BITEXACT[@]}" "$HERE/people/$1"
}

echo "Heupfit media -> $HERE"
# Optional arguments: build only the named parts, e.g. `make-media.sh glute-bridge hero people`
# (exercise keys, "hero", "people"). Without arguments everything is built.
want() { [[ " $ARGS " == *" $1 "* ]]; }
ARGS="$*"
for spec in "${EXERCISES[@]}"; do
  if [[ -z $ARGS ]] || want "${spec%%|*}"; then make_exercise "$spec"; fi
done
if [[ -z $ARGS ]] || want hero; then make_hero; fi
if [[ -z $ARGS ]] || want people; then
  make_portrait author.jpg SV 2A7F7A
  make_portrait reviewer.jpg MJ 5E8C4E
fi
# Check the limits the site relies on (fails the run if something is off).
check() { # file max_bytes
  [[ -f $1 ]] || die "missing $1"
  (($(filesize "$1") < $2)) || die "$1 is $(filesize "$1") bytes (limit $2)"
}
for spec in "${EXERCISES[@]}"; do
  key=${spec%%|*}
  [[ -z $ARGS ]] || want "$key" || continue
  check "$HERE/exercises/$key.mp4" 400000
  check "$HERE/exercises/$key.webm" 400000
  check "$HERE/exercises/$key.jpg" 150000
  check "$HERE/exercises/$key.nl.vtt" 10000
  check "$HERE/exercises/$key.en.vtt" 10000
done
if [[ -z $ARGS ]] || want hero; then check "$HERE/articles/overloaded-hip.jpg" 250000; fi
if [[ -z $ARGS ]] || want people; then
  check "$HERE/people/author.jpg" 100000
  check "$HERE/people/reviewer.jpg" 100000
fi
echo "done"
