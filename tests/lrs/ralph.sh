# A real Learning Record Store for the xAPI tests: Ralph (https://github.com/openfun/ralph),
# from PyPI, with its file-system backend. Source this file, then:
#
#     lrs_start            # installs Ralph once (target/lrs-venv), starts it on 127.0.0.1,
#                          # exports CPMS_TEST_LRS_URL, CPMS_TEST_LRS_USER, CPMS_TEST_LRS_PASSWORD
#     trap lrs_stop EXIT   # stops it and removes its data
#
# The venv is kept between runs; it is rebuilt only when RALPH_SPEC below changes.

RALPH_SPEC='ralph-malph[lrs,cli]==5.1.0 requests'

lrs_install() {
  local venv="$1"
  if [ -f "$venv/.cpms-installed" ] && [ "$(cat "$venv/.cpms-installed")" = "$RALPH_SPEC" ] \
    && "$venv/bin/python" -c 'import ralph.cli, uvicorn' >/dev/null 2>&1; then
    return 0
  fi
  echo "Installing the Ralph LRS for the xAPI tests into $venv (once): $RALPH_SPEC"
  rm -rf "$venv"
  python3 -m venv "$venv"
  # shellcheck disable=SC2086  # RALPH_SPEC is a list of requirements
  if ! "$venv/bin/pip" install --quiet --disable-pip-version-check $RALPH_SPEC; then
    echo "error: Ralph could not be installed with pip ($RALPH_SPEC); the xAPI tests need it" >&2
    return 1
  fi
  echo "$RALPH_SPEC" >"$venv/.cpms-installed"
}

lrs_start() {
  local root venv port password tries
  root="$(pwd)"
  venv="${CPMS_LRS_VENV:-$root/target/lrs-venv}"
  lrs_install "$venv"
  LRS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cpms-lrs.XXXXXX")"
  mkdir -p "$LRS_DIR/statements"
  port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  password="$("$venv/bin/python" -c 'import secrets; print(secrets.token_hex(12))')"
  export RALPH_AUTH_FILE="$LRS_DIR/auth.json"
  export RALPH_HISTORY_FILE="$LRS_DIR/history.json"
  export RALPH_RUNSERVER_BACKEND=fs
  export RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$LRS_DIR/statements"
  "$venv/bin/ralph" auth -u cpms-test -p "$password" -s all -M mailto:cpms-test@example.org -N "CPMS tests" -w \
    >"$LRS_DIR/auth.log" 2>&1 || { cat "$LRS_DIR/auth.log" >&2; return 1; }
  # ralph_app.py switches the fs backend to append mode before importing ralph.api.
  "$venv/bin/uvicorn" --app-dir "$root/tests/lrs" ralph_app:app --host 127.0.0.1 --port "$port" \
    --log-level warning >"$LRS_DIR/server.log" 2>&1 &
  LRS_PID=$!
  for tries in $(seq 1 120); do
    if "$venv/bin/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/__heartbeat__', timeout=1)" \
      >/dev/null 2>&1; then
      export CPMS_TEST_LRS_URL="http://127.0.0.1:$port/xAPI"
      export CPMS_TEST_LRS_USER=cpms-test
      export CPMS_TEST_LRS_PASSWORD="$password"
      echo "Ralph LRS running at $CPMS_TEST_LRS_URL (pid $LRS_PID, ready after $tries tries)"
      return 0
    fi
    if ! kill -0 "$LRS_PID" 2>/dev/null; then
      break
    fi
    sleep 0.25
  done
  echo "error: the Ralph LRS did not start; its log:" >&2
  cat "$LRS_DIR/server.log" >&2
  lrs_stop
  return 1
}

lrs_stop() {
  if [ -n "${LRS_PID:-}" ]; then
    kill "$LRS_PID" 2>/dev/null || true
    wait "$LRS_PID" 2>/dev/null || true
    LRS_PID=""
  fi
  if [ -n "${LRS_DIR:-}" ] && [ -d "$LRS_DIR" ]; then
    rm -rf "$LRS_DIR"
    LRS_DIR=""
  fi
}
