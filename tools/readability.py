#!/usr/bin/env python3
"""Reading level of the English course text: Flesch-Kincaid grade per module and in all.

    python3 tools/readability.py [courses/cpms-2019/en]

Reads the strings of each lesson file (Text, List items, Callout, Scenario, headings are left out:
they are not sentences), removes the markup ([[term|text]] keeps its text, ** and * go), splits
sentences at . ! ? (as Flesch-Kincaid does) and counts syllables with a simple English rule (vowel groups, a silent final
"e"). Issue 19 aims at grade 8. A rough measure: good for comparing versions, not for a verdict on
a single sentence. Quiz items (final.ron) and the glossary are reported apart from the lessons.
"""
import re
import sys
from pathlib import Path

def strings(ron):
    out = []
    for m in re.finditer(r'(Text|Callout\(kind: \w+, text:|Scenario\(title: "[^"]*", text:|List\(\[)\s*(.*?)(?=\n\s*(?:Text|Callout|Scenario|List|Heading|Local|Figure|Image|\]|\)))', ron, re.S):
        out += re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
    return out

def clean(s):
    s = re.sub(r'\[\[[^|\]]*\|([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]*)\]\]', lambda m: m.group(1).replace('-', ' '), s)
    return s.replace('**', '').replace('*', '').replace('\\"', '"')

def syllables(word):
    w = word.lower()
    if len(w) <= 3:
        return 1
    w = re.sub(r'(?:[^laeiouy]es|ed|[^laeiouy]e)$', '', w)
    w = re.sub(r'^y', '', w)
    return max(1, len(re.findall(r'[aeiouy]{1,2}', w)))

def grade(texts):
    sentences = words = syl = 0
    for t in texts:
        for sent in re.split(r'(?<=[.!?])\s+', clean(t)):
            ws = re.findall(r"[A-Za-z][A-Za-z'’-]*", sent)
            if not ws:
                continue
            sentences += 1
            words += len(ws)
            syl += sum(syllables(w) for w in ws)
    if not words:
        return None
    return 0.39 * words / sentences + 11.8 * syl / words - 15.59, words, words / sentences

root = Path(sys.argv[1] if len(sys.argv) > 1 else 'courses/cpms-2019/en')
total = []
for f in sorted(root.glob('*.ron')):
    texts = strings(f.read_text(encoding='utf-8'))
    g = grade(texts)
    if g:
        print(f'{f.stem:12} grade {g[0]:4.1f}  {g[1]:6} words  {g[2]:4.1f} words a sentence')
    if f.stem not in ('final', 'glossary'):
        total += texts
g = grade(total)
print(f'{"lessons":12} grade {g[0]:4.1f}  {g[1]:6} words  {g[2]:4.1f} words a sentence')
