#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (Debian packages,
# once), then runs every test. `.ci/run` calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."
# A whole-suite run builds from scratch: incremental caches would only take disk (gigabytes).
export CARGO_INCREMENTAL=0

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri)
# lavapipe (Vulkan in software) paints the snapshot images (snapshots/).
dpkg -s mesa-vulkan-drivers >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || need+=(python3 python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${need[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo fmt --all --check
# Lints (the [lints] table in Cargo.toml): any warning fails the run.
cargo clippy --locked --workspace --all-targets -- -D warnings
# Licences, banned crates and sources (deny.toml); cargo-deny is built once into target/tools.
DENY_VERSION=0.20.2
deny="$(pwd)/target/tools/bin/cargo-deny"
if [ "$("$deny" --version 2>/dev/null)" != "cargo-deny $DENY_VERSION" ]; then
  echo "Building cargo-deny $DENY_VERSION for the licence check (once; a few minutes)"
  cargo install --quiet --locked cargo-deny --version "$DENY_VERSION" --root "$(pwd)/target/tools"
fi
"$deny" --log-level error check licenses bans sources

# A real LRS (Ralph, from PyPI, cached in target/lrs-venv) for the xAPI tests; stopped on exit.
source tests/lrs/ralph.sh
trap lrs_stop EXIT
lrs_start

# The independent Open Badges 3.0 verifier for tests/openbadge.rs (openbadgeslib, PyPI), in the same
# venv; the test fails under CI=true when CPMS_TEST_OB_PYTHON is missing.
OB_SPEC='openbadgeslib==4.6.3'
ob_python="${CPMS_LRS_VENV:-$(pwd)/target/lrs-venv}/bin/python"
if [ "$("$ob_python" -c 'import importlib.metadata as m; print(m.version("openbadgeslib"))' 2>/dev/null)" != "4.6.3" ]; then
  echo "Installing the Open Badges verifier for the tests: $OB_SPEC"
  if ! "$ob_python" -m pip install --quiet --disable-pip-version-check "$OB_SPEC"; then
    echo "error: $OB_SPEC could not be installed with pip; tests/openbadge.rs needs it" >&2
    exit 1
  fi
fi
export CPMS_TEST_OB_PYTHON="$ob_python"

cargo test --locked "$@"
# Snapshot images of the main screens in English and Arabic (a crate of its own: only it links wgpu).
cargo test --locked -p cpms-snapshots -- --test-threads=1
