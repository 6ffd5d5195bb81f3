"""Draw the application icon (resources/icons/): a rounded square in rural-bank green with the
character 绩 in white over a small rising bar chart in gold (64 px and up); 绩 alone at 32
and 48 px; below 32 px, where 绩 is unreadable, white rising bars only. Writes ruralperf-<size>.png (16-256), ruralperf.png (256) and a
multi-size ruralperf.ico for Windows. Needs Pillow (not an application dependency):

    python installer/make_icon.py
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SCALE = 4  # draw large, then downsample: smooth edges

GREEN_TOP = (31, 138, 82)
GREEN_BOTTOM = (14, 94, 56)
GOLD = (242, 190, 60)
WHITE = (255, 255, 255)


def _background(px: int) -> Image.Image:
    """Rounded square with a vertical green gradient, 1/16 margin, transparent outside."""
    margin = max(1, round(px / 16)) if px >= 32 else 0
    radius = round(px * 0.22)
    gradient = Image.new("RGBA", (px, px))
    draw = ImageDraw.Draw(gradient)
    for y in range(px):
        t = y / max(1, px - 1)
        draw.line([(0, y), (px, y)], fill=tuple(round(a + (b - a) * t)
                                                for a, b in zip(GREEN_TOP, GREEN_BOTTOM)))
    mask = Image.new("L", (px, px), 0)
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, px - 1 - margin, px - 1 - margin],
                                           radius=radius, fill=255)
    out = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    out.paste(gradient, (0, 0), mask)
    return out


def _bars(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], color) -> None:
    """Three rising bars filling `box` (left, top, right, bottom)."""
    left, top, right, bottom = box
    width = (right - left) / 3.6
    gap = width * 0.3
    for i, height in enumerate((0.45, 0.7, 1.0)):
        x = left + i * (width + gap)
        draw.rectangle([x, bottom - (bottom - top) * height, x + width, bottom], fill=color)


def draw_large(px: int) -> Image.Image:
    big = px * SCALE
    img = _background(big)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), size=round(big * 0.60), index=0)
    stroke = max(1, round(big * 0.012))  # Micro Hei has one weight: embolden a little
    cx, cy = big / 2, big * 0.43
    draw.text((cx, cy), "绩", font=font, fill=WHITE, anchor="mm",
              stroke_width=stroke, stroke_fill=WHITE)
    _bars(draw, (big * 0.30, big * 0.75, big * 0.70, big * 0.875), GOLD)
    return img.resize((px, px), Image.LANCZOS)


def draw_medium(px: int) -> Image.Image:
    """32 and 48 px: the character alone, larger (the bars would be a blur)."""
    big = px * SCALE
    img = _background(big)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), size=round(big * 0.72), index=0)
    draw.text((big / 2, big * 0.49), "绩", font=font, fill=WHITE, anchor="mm",
              stroke_width=max(1, round(big * 0.012)), stroke_fill=WHITE)
    return img.resize((px, px), Image.LANCZOS)


def draw_small(px: int) -> Image.Image:
    big = px * SCALE
    img = _background(big)
    draw = ImageDraw.Draw(img)
    _bars(draw, (big * 0.20, big * 0.22, big * 0.80, big * 0.78), WHITE)
    return img.resize((px, px), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {px: draw_large(px) if px >= 64 else draw_medium(px) if px >= 32 else draw_small(px)
              for px in SIZES}
    for px, img in images.items():
        img.save(OUT / f"ruralperf-{px}.png", optimize=True)
    images[256].save(OUT / "ruralperf.png", optimize=True)
    # Each size drawn for itself (not Pillow's downscale of the largest one).
    images[256].save(OUT / "ruralperf.ico", format="ICO", sizes=[(p, p) for p in SIZES],
                     append_images=[images[p] for p in SIZES if p != 256])
    print(f"wrote {len(SIZES) + 2} files to {OUT}")


if __name__ == "__main__":
    main()
