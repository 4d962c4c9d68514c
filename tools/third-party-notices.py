#!/usr/bin/env python3
"""Third-party notices for the shipped program: every crate the `cpms-player` binary is built
from (normal dependencies, followed from the package through `cargo metadata`; no dev- or build-
only crates), with its licence, and the licence texts found in each crate's own source folder
(~/.cargo/registry/src/...). Each distinct text is printed once, with the crates it applies to.
The fonts compiled into the program follow (SIL Open Font License, assets/fonts/OFL.txt).

Usage: python3 tools/third-party-notices.py [--target TRIPLE] [--out FILE]
  --target TRIPLE  the platform the program is built for (default: this machine's); Windows-only
                   and macOS-only crates are listed only for their platform
  --out FILE       write there (default: the screen)

It fails (exit 1) when a crate declares no licence at all, so nothing ships unaccounted for.
A crate whose published package has no licence file gets the standard text of its licence from
this repository (LICENSE-MIT with the crate's authors as copyright holders, LICENSE-APACHE,
tools/licenses/<SPDX id>.txt), with a note saying so.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|unlicense|copyright)([-_.].*)?$", re.IGNORECASE)


def host_target():
    out = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    return next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("host: "))


def metadata(target):
    cmd = ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", target]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"error: {' '.join(cmd)} failed:\n{run.stderr}")
    return json.loads(run.stdout)


def shipped_packages(meta):
    """Packages reached from the root through normal (not dev, not build) dependencies."""
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    seen, todo = {root}, [root]
    while todo:
        for dep in nodes[todo.pop()]["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])
    packages = {p["id"]: p for p in meta["packages"]}
    return packages[root], sorted((packages[i] for i in seen if i != root), key=lambda p: (p["name"], p["version"]))


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().replace("\r\n", "\n").strip("\n")


def standard_text(package):
    """Standard texts for the licences named in a package's SPDX expression, from this repository;
    the MIT text gets the package's authors as its copyright line (from its Cargo.toml)."""
    expression = package.get("license") or ""
    texts = []
    if re.search(r"\bMIT\b", expression):
        holders = ", ".join(package.get("authors") or []) or f"the {package['name']} developers"
        mit = read(os.path.join(ROOT, "LICENSE-MIT"))
        texts.append(re.sub(r"^Copyright .*$", f"Copyright (c) {holders}", mit, count=1, flags=re.MULTILINE))
    if "Apache-2.0" in expression:
        texts.append(read(os.path.join(ROOT, "LICENSE-APACHE")))
    # Other licences met without a licence file: tools/licenses/<SPDX id>.txt.
    for spdx in sorted(set(re.findall(r"[A-Za-z0-9.+-]+", expression)) - {"MIT", "Apache-2.0", "OR", "AND", "WITH"}):
        path = os.path.join(ROOT, "tools", "licenses", f"{spdx}.txt")
        if os.path.isfile(path):
            texts.append(read(path))
    return texts


def licence_texts(package):
    folder = os.path.dirname(package["manifest_path"])
    files = []
    if package.get("license_file"):
        files.append(os.path.join(folder, package["license_file"]))
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if LICENCE_FILE.match(name) and os.path.isfile(path) and path not in files:
            files.append(path)
    return [read(f) for f in files if os.path.isfile(f)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", default=None)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    target = args.target or host_target()
    root, packages = shipped_packages(metadata(target))

    problems, groups, order = [], {}, []
    for p in packages:
        expression = p.get("license") or ""
        if not expression and not p.get("license_file"):
            problems.append(f"{p['name']} {p['version']} declares no licence")
            continue
        texts = licence_texts(p)
        note = ""
        if not texts:
            texts = standard_text(p)
            note = " (standard text: the published package holds no licence file)"
        if not texts:
            problems.append(f"{p['name']} {p['version']} ({expression}): no licence text found or known")
            continue
        for text in texts:
            # Texts that differ only in spacing and line breaks are the same text.
            key = " ".join(text.split())
            if key not in groups:
                groups[key] = (text, [])
                order.append(key)
            groups[key][1].append(f"{p['name']} {p['version']}{note}")
    if problems:
        for line in problems:
            print(f"error: {line}", file=sys.stderr)
        return 1

    out = []
    out.append(f"THIRD-PARTY NOTICES for {root['name']} {root['version']} ({target})")
    out.append("")
    out.append(f"{root['name']} itself is licensed under {root['license']} (LICENSE-MIT, LICENSE-APACHE).")
    out.append(f"It is built from the {len(packages)} Rust crates listed below, under their own licences,")
    out.append("and contains the Noto fonts under the SIL Open Font License 1.1 (at the end).")
    out.append("Generated by tools/third-party-notices.py from `cargo metadata` and each crate's licence files.")
    out.append("")
    out.append("1. Crates")
    out.append("")
    for p in packages:
        source = p.get("repository") or p.get("homepage") or ""
        out.append(f"{p['name']} {p['version']} - {p.get('license') or 'see licence file'}" + (f" - {source}" if source else ""))
    out.append("")
    out.append("2. Licence texts")
    for i, key in enumerate(order, 1):
        out.append("")
        out.append("=" * 78)
        text, users = groups[key]
        out.extend(textwrap.wrap(f"2.{i}. Used by: " + ", ".join(users), 78, break_on_hyphens=False))
        out.append("=" * 78)
        out.append("")
        out.append(text)
    out.append("")
    out.append("=" * 78)
    out.append("3. Fonts: Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, Devanagari and Bengali,")
    out.append("   Noto Sans Symbols (1 and 2). The symbol fonts are cut down to a few Unicode blocks and")
    out.append("   the Ethiopic, Devanagari and Bengali fonts carry no hinting (tools/subset-fonts.sh);")
    out.append("   these modified versions are under the same licence.")
    out.append("=" * 78)
    out.append("")
    out.append(read(os.path.join(ROOT, "assets", "fonts", "OFL.txt")))
    text = "\n".join(out) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
