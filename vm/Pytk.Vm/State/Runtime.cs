namespace Pytk.Vm.State;

/// <summary>
/// Shorthands for the state of the calling thread's <see cref="PythonRuntime"/> (the state itself lives in
/// the runtime instance): the streams, builtins, sys and the module table.
/// </summary>
public static class Runtime
{
    public static TextWriter Stdout { get => PythonRuntime.Current.Stdout; set => PythonRuntime.Current.Stdout = value; }
    public static TextWriter Stderr { get => PythonRuntime.Current.Stderr; set => PythonRuntime.Current.Stderr = value; }
    public static TextReader Stdin { get => PythonRuntime.Current.Stdin; set => PythonRuntime.Current.Stdin = value; }

    public static Dictionary<string, PyObject> Builtins => PythonRuntime.Current.Builtins;
    public static PyModule Sys => PythonRuntime.Current.Sys;
    public static Dictionary<string, PyModule> ModuleTable => PythonRuntime.Current.ModuleTable;

    /// <summary>Points sys.stdout/stderr/stdin at these streams.</summary>
    public static void SetStreams(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var rt = PythonRuntime.Current;
        _ = rt.Builtins;
        rt.SetStreams(stdout, stderr, stdin);
    }
}
