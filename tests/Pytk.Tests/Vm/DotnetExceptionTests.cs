using Pytk.Hosting;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>.NET exceptions escaping builtins reach Python code as CPython's exception classes, with real text.</summary>
public class DotnetExceptionTests
{
    static (int Status, string Out, string Err) Run(string source)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var runtime = Python.CreateRuntime(o, e, new StringReader(""));
        int status = runtime.RunString(source);
        return (status, o.ToString(), e.ToString());
    }

    [Fact]
    public void TimeSleepRejectsBadLengthsAsCPythonDoes()
    {
        // CPython 3.13: python3 -c "import time; time.sleep(-1)" and so on.
        var r = Run("""
            import time
            for v in (-1, float('nan'), 'x'):
                try:
                    time.sleep(v)
                except Exception as e:
                    print(type(e).__name__, e)
            time.sleep(0.01)
            print('slept')
            """);
        Assert.Equal("", r.Err);
        Assert.Equal("ValueError sleep length must be non-negative\nValueError Invalid value NaN (not a number)\n" +
                     "TypeError 'str' object cannot be interpreted as an integer\nslept\n", r.Out);
    }

    [Fact]
    public void StopRequestEndsASleep()
    {
        var e = new StringWriter { NewLine = "\n" };
        var runtime = Python.CreateRuntime(new StringWriter(), e, new StringReader(""));
        int status = -1;
        var t = new Thread(() => status = runtime.RunString("import time\ntime.sleep(600)\n"));
        t.Start();
        Thread.Sleep(200);
        runtime.RequestStop();
        Assert.True(t.Join(TimeSpan.FromSeconds(30)), "the sleep did not stop");
        Assert.Equal(130, status);
        Assert.EndsWith("KeyboardInterrupt\n", e.ToString());
    }

    public static TheoryData<Exception, string, string> Kinds => new()
    {
        { new ArgumentOutOfRangeException("millisecondsTimeout", -1000, "Number must be either non-negative and less than or equal to Int32.MaxValue or -1."), "ValueError", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1." },
        { new ArgumentException("bad value", "x"), "ValueError", "bad value" },
        { new OverflowException("too big"), "OverflowError", "too big" },
        { new DivideByZeroException(), "ZeroDivisionError", "division by zero" },
        { new InsufficientExecutionStackException(), "RecursionError", "maximum recursion depth exceeded" },
        { new OutOfMemoryException(), "MemoryError", "" },
        { new FileNotFoundException("gone", "/x/y"), "FileNotFoundError", "[Errno 2] No such file or directory: '/x/y'" },
        { new UnauthorizedAccessException(), "PermissionError", "[Errno 13] Permission denied" },
        { new FormatException("bad format"), "ValueError", "bad format" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKindMapsToCPythonsClass(Exception dotnet, string type, string message)
    {
        using var bound = new PythonRuntime().Enter();
        Assert.True(Loop.IsTranslatable(dotnet));
        var e = Loop.Translate(dotnet).Value;
        Assert.Equal(type, e.Type.Name);
        Assert.Equal(message, Ops.Str(e));
    }

    [Fact]
    public void DotnetMessagesAreTextNotResourceKeys()
    {
        // With UseSystemResourceKeys a .NET message is its key (e.g. "Arg_ArgumentOutOfRangeException"): the
        // pytk command and this test host both keep the real text.
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pytk.runtimeconfig.json"));
        Assert.DoesNotContain("\"System.Resources.UseSystemResourceKeys\": true", config);
        var message = new ArgumentOutOfRangeException().Message;
        Assert.DoesNotContain("_", message);
        Assert.Contains(" ", message);
    }
}
