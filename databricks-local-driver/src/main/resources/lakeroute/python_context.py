# One databricks-local python context: plain python3, no Spark (PySpark is not installable here).
# Reads one JSON request per line on stdin, answers one marked JSON line on stdout.
import ast
import contextlib
import io
import json
import os
import shutil
import signal
import sys
import traceback

MARK = "\x1eLAKEROUTE-RESULT\x1e"
NO_SPARK = ("PySpark is not available in databricks-local: python contexts run plain python3 "
            "without Spark; use a scala or sql context for Spark")
running = False


def on_sigint(signum, frame):
    # Only a running command is interrupted; an idle context ignores stray cancels.
    if running:
        raise KeyboardInterrupt()


signal.signal(signal.SIGINT, on_sigint)


class NotebookExit(BaseException):
    def __init__(self, value):
        super().__init__(value)
        self.value = value


class _NoSpark:
    def __getattr__(self, name):
        raise RuntimeError(NO_SPARK)

    def __repr__(self):
        return "<unavailable: " + NO_SPARK + ">"


class _Fs:
    def __init__(self, root):
        self._root = os.path.realpath(root)

    def _local(self, path):
        inner = path[len("dbfs:"):] if path.startswith("dbfs:") else path
        local = os.path.realpath(os.path.join(self._root, inner.lstrip("/")))
        if local != self._root and not local.startswith(self._root + os.sep):
            raise ValueError("Path " + path + " leaves the DBFS root")
        return local

    def ls(self, path):
        local = self._local(path)
        inner = local[len(self._root):] or "/"
        names = sorted(os.listdir(local)) if os.path.isdir(local) else [os.path.basename(local)]
        base = inner if os.path.isdir(local) else os.path.dirname(inner)
        result = []
        for name in names:
            full = os.path.join(local if os.path.isdir(local) else os.path.dirname(local), name)
            is_dir = os.path.isdir(full)
            suffix = "/" if is_dir else ""
            result.append({"path": "dbfs:" + os.path.join(base, name) + suffix, "name": name + suffix,
                           "size": 0 if is_dir else os.path.getsize(full)})
        return result

    def head(self, path, max_bytes=65536):
        with open(self._local(path), "rb") as f:
            return f.read(max_bytes).decode("utf-8", "replace")

    def put(self, path, contents, overwrite=False):
        local = self._local(path)
        if os.path.exists(local) and not overwrite:
            raise FileExistsError("File " + path + " already exists; pass overwrite=True to replace it")
        os.makedirs(os.path.dirname(local), exist_ok=True)
        with open(local, "w", encoding="utf-8") as f:
            f.write(contents)
        return True

    def mkdirs(self, path):
        os.makedirs(self._local(path), exist_ok=True)
        return True

    def rm(self, path, recurse=False):
        local = self._local(path)
        if os.path.isdir(local):
            if recurse:
                shutil.rmtree(local)
            else:
                os.rmdir(local)
        elif os.path.exists(local):
            os.remove(local)
        else:
            return False
        return True


class _Widgets:
    def __init__(self):
        self.given = {}
        self.defaults = {}

    def get(self, name):
        if name in self.given:
            return self.given[name]
        if name in self.defaults:
            return self.defaults[name]
        raise ValueError("InputWidgetNotDefined: No input widget named " + name + " is defined")

    def text(self, name, default_value, label=None):
        self.defaults[name] = default_value


class _Notebook:
    def exit(self, value):
        raise NotebookExit(str(value))


class _DbUtils:
    def __init__(self, root):
        self.fs = _Fs(root)
        self.widgets = _Widgets()
        self.notebook = _Notebook()


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
        else:
            result = run(request["code"])
        out.write(MARK + json.dumps(result) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
