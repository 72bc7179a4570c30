# NovaForge local Lambda driver: loads a user's Python file and calls its Lambda-style handler for each request.
# Protocol (one JSON object per line): the runner writes {"event": ...}; the driver answers {"result": ...} or
# {"error": {"type", "message", "line", "trace"}}. The first line is {"ready": true} or {"fatal": {...}}.
# The user's prints go to stderr, so stdout carries only the protocol.
import importlib.util
import json
import os
import sys
import time
import traceback

path, handler_name, timeout_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
protocol = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
os.dup2(2, 1)
sys.stdout = sys.stderr
sys.stdin.reconfigure(encoding="utf-8")


def send(message):
    protocol.write(json.dumps(message, ensure_ascii=False, allow_nan=False) + "\n")
    protocol.flush()


def describe(error):
    frames = traceback.extract_tb(error.__traceback__)
    user = [f for f in frames if os.path.abspath(f.filename) == os.path.abspath(path)]
    line = getattr(error, "lineno", None) if isinstance(error, SyntaxError) else (user[-1].lineno if user else None)
    return {
        "type": type(error).__name__,
        "message": str(error),
        "line": line,
        "trace": "".join(traceback.format_exception(type(error), error, error.__traceback__))[-4000:],
    }


class Context:
    function_name = "novaforge-local"
    function_version = "$LATEST"
    invoked_function_arn = ""
    memory_limit_in_mb = 1024
    log_group_name = ""
    log_stream_name = ""

    def __init__(self, request):
        self.aws_request_id = "local-%d" % request
        self.deadline = time.monotonic() + timeout_seconds

    def get_remaining_time_in_millis(self):
        return max(0, int((self.deadline - time.monotonic()) * 1000))


handler = None
try:
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("novaforge_user_function", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    handler = getattr(module, handler_name, None)
except BaseException as error:  # a syntax error or a failing import is reported, not raised
    send({"fatal": describe(error)})
    sys.exit(0)
if not callable(handler):
    send({"fatal": {"type": "HandlerMissing", "message": handler_name, "line": None, "trace": ""}})
    sys.exit(0)

send({"ready": True})
request = 0
for line in sys.stdin:
    request += 1
    try:
        event = json.loads(line)["event"]
        result = handler(event, Context(request))
    except BaseException as error:
        send({"error": describe(error)})
        continue
    try:
        send({"result": result})
    except (TypeError, ValueError) as error:
        send({"error": {"type": "OutputNotJson", "message": str(error), "line": None, "trace": ""}})
