namespace Pytk.Vm;

/// <summary>Process-wide state: the streams, builtins and modules. Initialized once, lazily.</summary>
public static class Runtime
{
    public static TextWriter Stdout = Console.Out;
    public static TextWriter Stderr = Console.Error;
    public static TextReader Stdin = Console.In;

    static Dictionary<string, PyObject>? builtins;
    public static Dictionary<string, PyObject> Builtins => builtins ?? Init();
    public static PyModule Sys = null!;
    public static readonly Dictionary<string, PyModule> ModuleTable = new();
    static readonly object initLock = new();

    static Dictionary<string, PyObject> Init()
    {
        lock (initLock)
        {
            if (builtins is not null) return builtins;
            ObjectMethods.Register();
            NumberMethods.Register();
            StrMethods.Register();
            BytesMethods.Register();
            SeqMethods.Register();
            DictMethods.Register();
            SetMethods.Register();
            ExceptionMethods.Register();
            MiscMethods.Register();
            AsyncGens.Register();
            IntrospectionMethods.Register();
            DisCore.RegisterCode();
            PyFile.Register();
            foreach (var t in typeof(Types).GetFields().Select(f => f.GetValue(null)).OfType<PyType>()) t.Dict!.TryAdd("__module__", new PyStr("builtins"));
            var b = Vm.Builtins.Create();
            Sys = SysModule.Create();
            ModuleTable["sys"] = Sys;
            ModuleTable["builtins"] = new PyModule("builtins", b);
            PyType.Invalidate();
            builtins = b;
            return b;
        }
    }

    /// <summary>Points sys.stdout/stderr/stdin at these streams (the CLI and tests call this before each run).</summary>
    public static void SetStreams(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        _ = Builtins;
        Stdout = stdout; Stderr = stderr; Stdin = stdin;
        Sys.Dict!["stdout"] = new PyFile("<stdout>", "w", w: stdout);
        Sys.Dict["stderr"] = new PyFile("<stderr>", "w", w: stderr);
        Sys.Dict["stdin"] = new PyFile("<stdin>", "r", r: stdin);
        Sys.Dict["__stdout__"] = Sys.Dict["stdout"];
        Sys.Dict["__stderr__"] = Sys.Dict["stderr"];
    }
}
