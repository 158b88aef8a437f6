# The dbutils subset of databricks-local's python code: python contexts (notebooks) and spark_python_task
# scripts. fs works on the DBFS root, widgets on the task's parameters, notebook.exit ends a notebook,
# jobs.taskValues passes values between the tasks of one job run with Databricks' rules.
import json
import os
import shutil


class NotebookExit(BaseException):
    def __init__(self, value):
        super().__init__(value)
        self.value = value


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


class _TaskValues:
    """dbutils.jobs.taskValues: set() keeps JSON values of at most 48 KiB; get() reads upstream tasks' values."""
    MAX_VALUE_BYTES = 48 * 1024
    MAX_KEY_LENGTH = 128
    _ABSENT = object()

    def __init__(self, on_set=None):
        self.task_run = None  # {"task_key": ..., "upstream_values": {task: {key: value}}} inside a job run
        self.values = {}
        self._on_set = on_set

    def set(self, key, value):
        if not isinstance(key, str) or not key:
            raise TypeError("dbutils.jobs.taskValues.set: the key must be a non-empty string, got " + repr(key))
        if len(key) > self.MAX_KEY_LENGTH:
            raise ValueError("dbutils.jobs.taskValues.set: the key " + key[:20] + "... is " + str(len(key))
                             + " characters long; at most " + str(self.MAX_KEY_LENGTH) + " are allowed")
        try:
            text = json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as failure:
            raise TypeError("dbutils.jobs.taskValues.set: the value of key " + key + " cannot be represented as JSON ("
                            + str(failure) + "); task values must be str, int, float, bool, None, list or dict") from None
        size = len(text.encode("utf-8"))
        if size > self.MAX_VALUE_BYTES:
            raise ValueError("dbutils.jobs.taskValues.set: the value of key " + key + " is " + str(size)
                             + " bytes as JSON; the JSON of a task value may be at most 48 KiB ("
                             + str(self.MAX_VALUE_BYTES) + " bytes)")
        self.values.pop(key, None)
        self.values[key] = json.loads(text)
        if self._on_set is not None:
            self._on_set(self.values)

    def get(self, taskKey, key, default=None, debugValue=None):
        if self.task_run is None:
            if debugValue is None:
                raise TypeError("dbutils.jobs.taskValues.get: must pass debugValue when calling get outside of a job "
                                "context; debugValue cannot be None")
            return debugValue
        upstream = self.task_run.get("upstream_values", {})
        if taskKey not in upstream:
            raise ValueError("dbutils.jobs.taskValues.get: no task " + str(taskKey) + " upstream of task "
                             + self.task_run.get("task_key", "?") + "; task values are read from the tasks it depends "
                             "on (directly or through others): " + ", ".join(upstream))
        values = upstream[taskKey]
        if key in values:
            return values[key]
        if default is None:
            raise ValueError("dbutils.jobs.taskValues.get: task " + str(taskKey) + " set no task value with key "
                             + str(key) + " and no default was given")
        return default


class _Jobs:
    def __init__(self, on_set=None):
        self.taskValues = _TaskValues(on_set)


class _DbUtils:
    def __init__(self, root, on_set=None):
        self.fs = _Fs(root)
        self.widgets = _Widgets()
        self.notebook = _Notebook()
        self.jobs = _Jobs(on_set)

    def __repr__(self):
        return "DBUtils (databricks-local: fs, widgets, notebook.exit, jobs.taskValues)"


def for_script():
    """The dbutils of a spark_python_task: its task run read from, and the values it sets written to, files."""
    utils = _DbUtils(os.environ.get("LAKEROUTE_DBFS_ROOT", "."), _writer(os.environ.get("LAKEROUTE_TASK_VALUES_OUT")))
    task_run = os.environ.get("LAKEROUTE_TASK_RUN")
    if task_run:
        with open(task_run, encoding="utf-8") as f:
            utils.jobs.taskValues.task_run = json.load(f)
    return utils


def _writer(path):
    if not path:
        return None

    def write(values):
        # Written on every set, so values set before the script fails or calls sys.exit are kept.
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(values, f)
        os.replace(path + ".tmp", path)
    return write
