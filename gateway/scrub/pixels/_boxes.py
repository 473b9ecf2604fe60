"""Boxes and text-line candidates found without OCR.

A *candidate* is a compact cluster of strong edges shaped like a line of text: the morphological gradient (3x3
max minus min) above ``edge_threshold``, smeared horizontally across gaps up to ``gap`` pixels (run-length
smoothing) and vertically across 2 pixels, labelled into connected components (run-based union-find), kept when
its height is text-like (6..64 px at OCR scale), it is not a thin vertical/diagonal structure (width >= 0.6 x
height), and its edge density is between 5 % and 90 %. Speckle and anatomy form large components and are dropped;
small tick marks are too short. Text drawn across a vessel merges with it into one such large component: inside
compact large components (``MIN_GLYPH_AREA_FILL``) lines are looked for as glyphs instead (``glyph_lines``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter


@dataclass(frozen=True, order=True)
class Box:
    x0: int
    y0: int
    x1: int  # exclusive
    y1: int  # exclusive

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def expanded(self, dx: int, dy: int, rows: int, cols: int) -> Box:
        return Box(max(0, self.x0 - dx), max(0, self.y0 - dy), min(cols, self.x1 + dx), min(rows, self.y1 + dy))

    def intersects(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def intersection(self, other: Box) -> int:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return max(0, w) * max(0, h)

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def scaled(self, factor: float) -> Box:
        return Box(
            int(np.floor(self.x0 / factor)),
            int(np.floor(self.y0 / factor)),
            int(np.ceil(self.x1 / factor)),
            int(np.ceil(self.y1 / factor)),
        )


def edge_map(gray: np.ndarray, edge_threshold: int) -> np.ndarray:
    img = Image.fromarray(gray, "L")
    hi = np.asarray(img.filter(ImageFilter.MaxFilter(3)), dtype=np.int16)
    lo = np.asarray(img.filter(ImageFilter.MinFilter(3)), dtype=np.int16)
    return (hi - lo) >= edge_threshold


def smear(mask: np.ndarray, gap: int, axis: int) -> np.ndarray:
    """Run-length smoothing: fill runs of False no longer than ``gap`` that lie between two True pixels."""
    m = mask if axis == 1 else mask.T
    n = m.shape[1]
    idx = np.arange(n)[None, :]
    prev_true = np.maximum.accumulate(np.where(m, idx, -(10**9)), axis=1)
    next_true = np.minimum.accumulate(np.where(m, idx, 10**9)[:, ::-1], axis=1)[:, ::-1]
    filled = m | ((next_true - prev_true) <= gap + 1)
    return filled if axis == 1 else filled.T


def _components(mask: np.ndarray) -> tuple[list[int], list[int], list[int], list[int], dict[int, list[int]]]:
    """8-connected components via horizontal runs and union-find: (run rows, run starts, run ends, run roots,
    {root: [x0, y0, x1, y1, pixels]})."""
    rows = mask.shape[0]
    padded = np.zeros((rows, mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    d = np.diff(padded, axis=1)
    starts_r, starts_c = np.nonzero(d == 1)
    _ends_r, ends_c = np.nonzero(d == -1)
    n = len(starts_r)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    row_first = np.searchsorted(starts_r, np.arange(rows + 1))
    sr = starts_r.tolist()
    sc = starts_c.tolist()
    ec = ends_c.tolist()
    for r in range(1, rows):
        a0, a1 = int(row_first[r - 1]), int(row_first[r])
        b0, b1 = a1, int(row_first[r + 1])
        i, j = a0, b0
        while i < a1 and j < b1:
            # 8-connectivity: runs [s, e) touch when s_i <= e_j and s_j <= e_i
            if sc[i] <= ec[j] and sc[j] <= ec[i]:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
            if ec[i] < ec[j]:
                i += 1
            else:
                j += 1
    roots = [find(k) for k in range(n)]
    comps: dict[int, list[int]] = {}
    for k in range(n):
        c = comps.get(roots[k])
        length = ec[k] - sc[k]
        if c is None:
            comps[roots[k]] = [sc[k], sr[k], ec[k], sr[k] + 1, length]
        else:
            c[0] = min(c[0], sc[k])
            c[1] = min(c[1], sr[k])
            c[2] = max(c[2], ec[k])
            c[3] = max(c[3], sr[k] + 1)
            c[4] += length
    return sr, sc, ec, roots, comps


def label_boxes(mask: np.ndarray) -> list[tuple[Box, int]]:
    """Bounding boxes (and pixel counts) of 8-connected components."""
    *_, comps = _components(mask)
    return [(Box(c[0], c[1], c[2], c[3]), c[4]) for c in comps.values()]


# A component too big to be text is searched for glyphs when it is a compact structure (a vessel: its smeared edges
# fill 9-18 % of its box, 14 % of the frame), not a thin outline around texture (sector edge, panel border: 2-5 % of
# its box) nor a whole panel (over a quarter of the frame, where noise makes glyphs of its own).
MIN_GLYPH_AREA_FILL = 0.05
MAX_GLYPH_AREA = 0.25


def text_candidates(
    gray: np.ndarray,
    *,
    edge_threshold: int = 40,
    gap: int = 8,
    min_height: int = 6,
    max_height: int = 64,
    glyphs: bool = True,
) -> list[Box]:
    """Line-shaped clusters of strong edges, and with ``glyphs`` lines of glyphs inside large compact structures
    (see the module docstring)."""
    edges = edge_map(gray, edge_threshold)
    rows, cols = gray.shape
    out: list[Box] = []
    smeared = smear(smear(edges, gap, axis=1), 2, axis=0)
    blind: list[Box] = []  # areas of components too big to be text: text drawn across anatomy hides there
    for box, n in label_boxes(smeared):
        h, w = box.height, box.width
        if h > max_height or box.area > 0.05 * rows * cols:
            if n >= MIN_GLYPH_AREA_FILL * box.area and box.area <= MAX_GLYPH_AREA * rows * cols:
                blind.append(box)
            continue
        if h < min_height or w < 0.6 * h:
            continue
        density = float(edges[box.y0 : box.y1, box.x0 : box.x1].mean())
        if 0.05 <= density <= 0.9:
            out.append(box)
    for area in merge_overlapping(blind) if glyphs else []:
        out.extend(glyph_lines(gray, area, min_height=min_height, max_height=max_height))
    return out


def glyph_lines(
    gray: np.ndarray, area: Box, *, min_height: int = 6, max_height: int = 64, levels: int = 6
) -> list[Box]:
    """Text lines inside ``area`` found as glyphs rather than edges: connected components of the pixels darker
    (and, separately, brighter) than each of ``levels`` grey thresholds, kept when glyph-sized (min..max height, at
    most 1.5 x as wide as high plus 4 px, 10-90 % filled), then lines of at least two glyphs of similar height."""
    patch = gray[area.y0 : area.y1, area.x0 : area.x1]
    lo, hi = int(patch.min()), int(patch.max())
    if hi - lo < 24:
        return []
    glyphs: list[Box] = []
    for k in range(1, levels):
        t = lo + (hi - lo) * k // levels
        for m in (patch < t, patch > t):
            for b, n in label_boxes(m):
                h, w = b.height, b.width
                if min_height <= h <= max_height and w <= 1.5 * h + 4 and 0.1 <= n / max(1, b.area) <= 0.9:
                    glyphs.append(Box(b.x0 + area.x0, b.y0 + area.y0, b.x1 + area.x0, b.y1 + area.y0))
    lines = []
    for line in group_lines(glyphs, gap_ratio=0.8):
        members = [g for g in glyphs if line.intersection(g) == g.area]
        heights = sorted(g.height for g in members)
        similar = [
            g for g in members if 0.6 * heights[len(heights) // 2] <= g.height <= 1.4 * heights[len(heights) // 2]
        ]
        xs = {g.x0 // 3 for g in similar}
        if len(xs) >= 2 and line.height <= max_height:
            lines.append(line)
    return lines


def merge_overlapping(boxes: list[Box]) -> list[Box]:
    """Union boxes that overlap until none do."""
    result = sorted(boxes)
    changed = True
    while changed:
        changed = False
        merged: list[Box] = []
        for b in result:
            for i, m in enumerate(merged):
                if m.intersects(b):
                    merged[i] = m.union(b)
                    changed = True
                    break
            else:
                merged.append(b)
        result = merged
    return result


def group_lines(boxes: list[Box], gap_ratio: float = 1.2, max_height: int = 64) -> list[Box]:
    """Merge boxes that sit on one text line: boxes that overlap, or of comparable heights (within 2x) with a
    vertical overlap >= half the smaller height and a horizontal gap of at most ``gap_ratio`` x the larger height;
    a merged line stays at most 1.5 x its tallest part and ``max_height`` high."""
    result = sorted(boxes)
    changed = True
    while changed:
        changed = False
        merged: list[Box] = []
        for b in result:
            for i, m in enumerate(merged):
                v_overlap = min(m.y1, b.y1) - max(m.y0, b.y0)
                h_gap = max(m.x0, b.x0) - min(m.x1, b.x1)
                u = m.union(b)
                lo, hi = sorted((m.height, b.height))
                if u.height <= min(max_height, 1.5 * hi) and (
                    m.intersects(b) or (v_overlap >= 0.5 * lo and h_gap <= gap_ratio * hi and lo >= 0.5 * hi)
                ):
                    merged[i] = u
                    changed = True
                    break
            else:
                merged.append(b)
        result = merged
    return result


def tighten(box: Box, edges: np.ndarray) -> Box:
    """Shrink ``box`` to the rows and columns holding edges (tesseract's boxes for kana and kanji are often much
    taller than the glyphs); unchanged when it holds none."""
    patch = edges[box.y0 : box.y1, box.x0 : box.x1]
    if patch.size == 0 or not patch.any():
        return box
    ys = np.nonzero(patch.any(axis=1))[0]
    xs = np.nonzero(patch.any(axis=0))[0]
    return Box(box.x0 + int(xs[0]), box.y0 + int(ys[0]), box.x0 + int(xs[-1]) + 1, box.y0 + int(ys[-1]) + 1)


def _inky_columns(edges: np.ndarray, box: Box) -> np.ndarray:
    """Per column: does a window of columns around it hold text-like ink for the line ``box``? Edges inside the
    line's rows must be clearly denser than in the half-line bands just above and below (a vertical border or a
    noisy panel has the same density everywhere). The window is a third of the line height wide."""
    rows = edges.shape[0]
    half = max(2, box.height // 2)
    inside = edges[box.y0 : box.y1].sum(axis=0).astype(np.float64)
    above = edges[max(0, box.y0 - half) : box.y0]
    below = edges[box.y1 : min(rows, box.y1 + half)]
    outside = above.sum(axis=0).astype(np.float64) + below.sum(axis=0)
    n_out = above.shape[0] + below.shape[0]
    w = max(3, box.height // 3)
    kernel = np.ones(w)
    in_w = np.convolve(inside, kernel, mode="same") / (box.height * w)
    out_w = np.convolve(outside, kernel, mode="same") / (max(1, n_out) * w)
    inky: np.ndarray = (inside > 0) & (in_w >= 2.0 * out_w + 0.05)
    return inky


def extend_lines(regions: list[Box], edges: np.ndarray, gap_ratio: float = 1.0) -> list[Box]:
    """Grow each text region left and right along its own rows while text-like ink continues (gaps up to
    ``gap_ratio`` x height), so a line OCR read only in part is masked whole."""
    cols = edges.shape[1]
    out = []
    for b in regions:
        inky = _inky_columns(edges, b).tolist()
        max_gap = max(3, int(gap_ratio * b.height))
        x1 = b.x1
        x, gap = b.x1, 0
        while x < cols and gap <= max_gap:
            if inky[x]:
                x1, gap = x + 1, 0
            else:
                gap += 1
            x += 1
        x0 = b.x0
        x, gap = b.x0 - 1, 0
        while x >= 0 and gap <= max_gap:
            if inky[x]:
                x0, gap = x, 0
            else:
                gap += 1
            x -= 1
        out.append(Box(x0, b.y0, x1, b.y1))
    return out
