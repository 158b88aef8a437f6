# One databricks-local python context: plain python3, no Spark (PySpark is not installable here).
# Reads one JSON request per line on stdin, answers one marked JSON line on stdout.
import ast
import contextlib
import io
import json
import os
import signal
import sys
import traceback

from lakeroute_dbutils import NotebookExit, _DbUtils

MARK = "\x1eLAKEROUTE-RESULT\x1e"
NO_SPARK = ("PySpark is not available in databricks-local: python contexts run plain python3 "
            "without Spark; use a scala or sql context for Spark")
running = False


def on_sigint(signum, frame):
    # Only a running command is interrupted; an idle context ignores stray cancels.
    if running:
        raise KeyboardInterrupt()


signal.signal(signal.SIGINT, on_sigint)


class _NoSpark:
    def __getattr__(self, name):
        raise RuntimeError(NO_SPARK)

    def __repr__(self):
        return "<unavailable: " + NO_SPARK + ">"


dbutils = _DbUtils(os.environ.get("LAKEROUTE_DBFS_ROOT", "."))
namespace = {"__name__": "__main__", "dbutils": dbutils,
             "spark": _NoSpark(), "sc": _NoSpark(), "sqlContext": _NoSpark()}


def run(code):
    global running
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            tree = ast.parse(code, "<command>", "exec")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            running = True
            try:
                exec(compile(tree, "<command>", "exec"), namespace)
                if last is not None:
                    value = eval(compile(last, "<command>", "eval"), namespace)
                    if value is not None:
                        print(repr(value))
            finally:
                running = False
        return {"resultType": "text", "data": buffer.getvalue().rstrip("\n")}
    except NotebookExit as exit_:
        return {"resultType": "text", "data": exit_.value, "notebookExitValue": exit_.value}
    except KeyboardInterrupt:
        return {"resultType": "error", "summary": "Command cancelled", "cause": buffer.getvalue(), "cancelled": True}
    except BaseException as failure:
        return {"resultType": "error", "summary": type(failure).__name__ + ": " + str(failure),
                "cause": buffer.getvalue() + traceback.format_exc()}


def main():
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        if "widgets" in request:
            dbutils.widgets.given = dict(request["widgets"])
            result = {"resultType": "text", "data": ""}
        elif "task_run" in request:
            dbutils.jobs.taskValues.task_run = request["task_run"]
            result = {"resultType": "text", "data": ""}
        else:
            result = run(request["code"])
        if dbutils.jobs.taskValues.values:
            result["taskValues"] = dbutils.jobs.taskValues.values
        out.write(MARK + json.dumps(result) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
