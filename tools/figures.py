#!/usr/bin/env python3
"""Draw the course's diagrams as SVG, one file per language (issue 19: original figures).

Writes courses/cpms-2019/media/<name>.svg (English, the default) and <name>.<lang>.svg for
French, Spanish and Arabic. Arabic figures are mirrored where direction matters (columns and
arrows run right to left). Standard and pillar names are read from the course itself (the
lesson titles and final-q06), so a figure never disagrees with the text.
Run from the repository root: python3 tools/figures.py
"""
import re
from pathlib import Path
from xml.sax.saxutils import escape

COURSE = Path("courses/cpms-2019")
OUT = COURSE / "media"
LANGS = ["en", "fr", "es", "ar"]
FONT = "Noto Sans"

WORDS = {
    "pillar": {"en": "Pillar {n}", "fr": "Pilier {n}", "es": "Pilar {n}", "ar": "الركيزة {n}"},
    "principles": {
        "en": "10 principles guide every standard",
        "fr": "10 principes guident chaque standard",
        "es": "10 principios guían todas las normas",
        "ar": "المبادئ العشرة توجّه كل المعايير",
    },
    "levels": {
        "en": ["Child", "Family", "Community", "Society"],
        "fr": ["Enfant", "Famille", "Communauté", "Société"],
        "es": ["Niña o niño", "Familia", "Comunidad", "Sociedad"],
        "ar": ["الطفل", "الأسرة", "المجتمع المحلي", "المجتمع"],
    },
    "cycle": {
        "en": ["Assessment", "Design", "Implementation", "Monitoring", "Evaluation"],
        "fr": ["Évaluation des besoins", "Conception", "Mise en œuvre", "Suivi", "Évaluation"],
        "es": ["Evaluación", "Diseño", "Ejecución", "Monitoreo", "Evaluación final"],
        "ar": ["التقييم", "التصميم", "التنفيذ", "الرصد", "التقييم الختامي"],
    },
    "children_take_part": {
        "en": "Children take part at every stage",
        "fr": "Les enfants participent à chaque étape",
        "es": "Niñas y niños participan en cada etapa",
        "ar": "يشارك الأطفال في كل مرحلة",
    },
    "few": {"en": "few children", "fr": "peu d'enfants", "es": "pocos niños y niñas", "ar": "قلة من الأطفال"},
    "all": {"en": "almost all children", "fr": "presque tous les enfants", "es": "casi todos los niños y niñas", "ar": "جميع الأطفال تقريبًا"},
}


def text_of(lang, path):
    return (COURSE / lang / path).read_text(encoding="utf-8")


def standard_names(lang):
    """Standard number -> name, from the titles of the s01-aims … s28-aims lessons."""
    names = {}
    for f in sorted((COURSE / lang).glob("*.ron")):
        for m in re.finditer(r'id: "s(\d\d)-aims",(?:\s*\n\s*teaches: [^\n]*)?\s*\n\s*title: "([^"]+)"', f.read_text(encoding="utf-8")):
            title = m.group(2)
            name = title.split("—", 1)[1] if "—" in title else title
            name = re.split(r"\s*:\s*", name.strip())[0]
            names[int(m.group(1))] = name.strip()
    assert len(names) == 28, (lang, sorted(names))
    return names


def pillar_names(lang):
    s = text_of(lang, "final.ron")
    i = s.index('id: "final-q06"')
    rights = re.findall(r'Pair\(id: "p\d", left: "[^"]+", right: "([^"]+)"\)', s[i : i + 3000])[:4]
    assert len(rights) == 4, lang
    return rights


def case_steps(lang):
    """The six steps of the Standard 18 ordering item (the same item in every language)."""
    def orderings(l):
        return [re.findall(r'Step\(id: "s\d", text: "([^"]+)"\)', b)
                for b in re.findall(r"kind: Ordering\(steps: \[(.*?)\]\)", text_of(l, "pillar3.ron"), re.S)]
    k = next(i for i, steps in enumerate(orderings("en")) if "Case closure" in steps)
    steps = orderings(lang)[k]
    assert len(steps) == 6, (lang, steps)
    return steps


def layers(lang):
    s = text_of(lang, "pillar2.ron")
    found = re.findall(r'"\*\*([^*]+)\*\*', s)
    # The four layers are the bold starts of the list under the "layers" heading of Standard 10.
    for k in range(len(found) - 3):
        if found[k].lower().startswith(("basic", "services de base", "servicios básicos", "الخدمات الأساسية")):
            return [found[k + j].strip() for j in range(4)]
    raise SystemExit(f"no MHPSS layers in {lang}")


def width_of(text, size):
    return sum(size * (0.3 if c == " " else 0.58 if c.isupper() else 0.52) for c in text)


def wrap(text, size, width):
    lines, line = [], ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if line and width_of(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


class Svg:
    def __init__(self, w, h, rtl):
        self.w, self.h, self.rtl, self.parts = w, h, rtl, []

    def x(self, x):
        """Mirror an x coordinate in right-to-left figures."""
        return self.w - x if self.rtl else x

    def rect(self, x, y, w, h, fill, stroke="none", rx=6):
        x0 = self.w - x - w if self.rtl else x
        self.parts.append(f'<rect x="{x0:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" fill="{fill}" stroke="{stroke}"/>')

    def text(self, x, y, s, size=14, bold=False, anchor="start", fill="#1a1a1a"):
        """Text at (x, y) in the figure's reading direction: `start` is the left edge in LTR and
        the right edge in RTL."""
        ax = self.x(x)
        if self.rtl and anchor != "middle":
            anchor = "end" if anchor == "start" else "start"
        weight = ' font-weight="bold"' if bold else ""
        direction = ' direction="rtl"' if self.rtl else ""
        self.parts.append(
            f'<text x="{ax:.1f}" y="{y:.1f}" font-size="{size}"{weight} text-anchor="{anchor}"{direction} fill="{fill}">{escape(s)}</text>'
        )

    def raw(self, s):
        self.parts.append(s)

    def arrow(self, x1, y1, x2, y2, color="#555"):
        self.parts.append(
            f'<line x1="{self.x(x1):.1f}" y1="{y1:.1f}" x2="{self.x(x2):.1f}" y2="{y2:.1f}" stroke="{color}" stroke-width="3" marker-end="url(#head)"/>'
        )

    def svg(self):
        head = (
            '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">'
            '<path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>'
        )
        body = "\n".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.w} {self.h}" width="{self.w}" height="{self.h}" font-family="{FONT}">\n'
            f"<!-- Drawn for CPMS Player by tools/figures.py; original work, not taken from the CPMS. -->\n{head}\n{body}\n</svg>\n"
        )


COLORS = ["#1e63b4", "#b24a00", "#2e7d32", "#6a4c93"]
TINTS = ["#e3edf8", "#f8ebe0", "#e5f2e6", "#eeeaf4"]


def structure(lang):
    names, pillars = standard_names(lang), pillar_names(lang)
    groups = [range(1, 7), range(7, 14), range(14, 21), range(21, 29)]
    col_w, gap, size = 222, 12, 13
    svg = Svg(4 * col_w + 5 * gap, 0, lang == "ar")
    tops = []
    for p in range(4):
        head = wrap(pillars[p], size, col_w - 16)
        tops.append(head)
    head_h = 30 + 17 * max(len(h) for h in tops)
    bodies = []
    for p in range(4):
        rows = []
        for n in groups[p]:
            rows.append((n, wrap(names[n], size, col_w - 44)))
        bodies.append(rows)
    body_h = max(sum(8 + 17 * len(r[1]) for r in rows) for rows in bodies) + 12
    y0 = 14
    for p in range(4):
        x = gap + p * (col_w + gap)
        svg.rect(x, y0, col_w, head_h + body_h, TINTS[p])
        svg.rect(x, y0, col_w, head_h, COLORS[p])
        svg.text(x + 8, y0 + 22, WORDS["pillar"][lang].format(n=p + 1), 15, True, fill="#ffffff")
        for k, line in enumerate(tops[p]):
            svg.text(x + 8, y0 + 40 + 17 * k, line, size, fill="#ffffff")
        y = y0 + head_h + 20
        for n, lines in bodies[p]:
            svg.text(x + 10, y, str(n), size, True, fill=COLORS[p])
            for k, line in enumerate(lines):
                svg.text(x + 36, y + 17 * k, line, size)
            y += 8 + 17 * len(lines)
    band_y = y0 + head_h + body_h + 12
    svg.rect(gap, band_y, 4 * col_w + 3 * gap, 40, "#444444")
    svg.text(svg.w / 2 if not svg.rtl else svg.w / 2, band_y + 26, WORDS["principles"][lang], 16, True, "middle", "#ffffff")
    svg.h = band_y + 40 + 14
    return svg.svg()


def socio_ecological(lang):
    labels = WORDS["levels"][lang]
    svg = Svg(640, 420, lang == "ar")
    cx, cy = 320, 222
    radii = [(300, 195), (225, 148), (150, 100), (78, 52)]
    for k, (rx, ry) in enumerate(radii):
        color = COLORS[3 - k]
        svg.raw(f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="{TINTS[3 - k]}" stroke="{color}" stroke-width="3"/>')
    for k, (rx, ry) in enumerate(radii[:3]):
        svg.text(320, cy - ry + 28, labels[3 - k], 18, True, "middle", COLORS[3 - k])
    svg.text(320, cy + 7, labels[0], 18, True, "middle", COLORS[0])
    return svg.svg()


def flow(lang, steps, name_w=140, cols=3):
    """Steps in rows of boxes with arrows, in reading order (right to left in Arabic)."""
    box_w, box_h, gap = 170, 66, 46
    rows = (len(steps) + cols - 1) // cols
    svg = Svg(cols * box_w + (cols - 1) * gap + 40, rows * box_h + (rows - 1) * 50 + 40, lang == "ar")
    for i, step in enumerate(steps):
        r, c = divmod(i, cols)
        x, y = 20 + c * (box_w + gap), 20 + r * (box_h + 50)
        svg.rect(x, y, box_w, box_h, TINTS[i % 4], COLORS[i % 4])
        # The step's number in a disc at the box's starting corner (a number leading a
        # right-to-left label would be placed by the bidi rules, not where a reader looks first).
        cx = svg.x(x)
        svg.raw(f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="13" fill="{COLORS[i % 4]}"/>')
        svg.raw(f'<text x="{cx:.1f}" y="{y + 5:.1f}" font-size="14" font-weight="bold" text-anchor="middle" fill="#ffffff">{i + 1}</text>')
        lines = wrap(step, 15, box_w - 24)
        for k, line in enumerate(lines):
            svg.text(x + box_w / 2, y + box_h / 2 + 5 - 9 * (len(lines) - 1) + 18 * k, line, 15, False, "middle")
        if i + 1 < len(steps):
            r2, c2 = divmod(i + 1, cols)
            if r2 == r:
                svg.arrow(x + box_w + 4, y + box_h / 2, x + box_w + gap - 6, y + box_h / 2)
            else:
                svg.arrow(x + box_w / 2, y + box_h + 4, 20 + c2 * (box_w + gap) + box_w / 2, y + box_h + 44)
    return svg.svg()


def programme_cycle(lang):
    import math

    steps = WORDS["cycle"][lang]
    svg = Svg(640, 470, lang == "ar")
    cx, cy, r = 320, 225, 165
    pts = []
    for i in range(5):
        a = -math.pi / 2 + i * 2 * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    for i in range(5):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % 5]
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy)
        ux, uy = dx / d, dy / d
        svg.arrow(x1 + ux * 78, y1 + uy * 40, x2 - ux * 82, y2 - uy * 42)
    for i, (x, y) in enumerate(pts):
        svg.rect(x - 78, y - 30, 156, 60, TINTS[i % 4], COLORS[i % 4], 28)
        lines = wrap(steps[i], 15, 140)
        for k, line in enumerate(lines):
            svg.text(x, y + 5 - 9 * (len(lines) - 1) + 18 * k, line, 15, True, "middle", COLORS[i % 4])
    svg.text(320, cy + 5, WORDS["children_take_part"][lang], 13, False, "middle", "#444444")
    return svg.svg()


def mhpss(lang):
    names = layers(lang)
    svg = Svg(640, 410, lang == "ar")
    base_y, h = 374, 76
    for k in range(4):
        y = base_y - (k + 1) * h
        half_bottom = 300 - k * 62
        half_top = 300 - (k + 1) * 62
        pts = f"{320 - half_bottom},{y + h} {320 + half_bottom},{y + h} {320 + half_top},{y} {320 - half_top},{y}"
        svg.raw(f'<polygon points="{pts}" fill="{TINTS[k]}" stroke="{COLORS[k]}" stroke-width="3"/>')
        lines = wrap(names[k], 15, 2 * half_top + 40)
        for j, line in enumerate(lines):
            svg.text(320, y + h / 2 + 5 - 9 * (len(lines) - 1) + 18 * j, line, 15, True, "middle", COLORS[k])
    # Who needs each end of the pyramid: a few children at the top, almost all at the base.
    svg.text(320, base_y - 4 * h - 8, WORDS["few"][lang], 13, False, "middle", "#555555")
    svg.text(320, base_y + 24, WORDS["all"][lang], 13, False, "middle", "#555555")
    return svg.svg()


def main():
    OUT.mkdir(exist_ok=True)
    figures = {
        "cpms-structure": structure,
        "socio-ecological": socio_ecological,
        "case-management": lambda lang: flow(lang, case_steps(lang)),
        "programme-cycle": programme_cycle,
        "mhpss-layers": mhpss,
    }
    for name, draw in figures.items():
        for lang in LANGS:
            path = OUT / (f"{name}.svg" if lang == "en" else f"{name}.{lang}.svg")
            path.write_text(draw(lang), encoding="utf-8")
            print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
